/** The 2019–2020 envelope split by axis of intervention, as published (figure `axes-2019-2020`). */
import { frenchTypography } from '../../format.ts';
import type { Figure } from '../../../schemas/figure.ts';
import type { ChartData } from '../types.ts';

export const ENVELOPE_FIGURE = 'axes-2019-2020';

export interface EnvelopeState {
  figure: Figure | null;
  /** Largest share first, as published. */
  axes: { label: string; share: number }[];
  total: number;
}

export function envelopeState(data: ChartData): EnvelopeState {
  const figure = data.figures.find((f) => f.id === ENVELOPE_FIGURE) ?? null;
  const value = figure?.value;
  const axes =
    value && typeof value === 'object'
      ? Object.entries(value)
          .filter((e): e is [string, number] => typeof e[1] === 'number')
          .map(([label, share]) => ({ label: frenchTypography(label), share }))
          .sort((a, b) => b.share - a.share)
      : [];
  // Sum in tenths to avoid float noise (21 + 18.5 + … = 100).
  return { figure, axes, total: axes.reduce((n, a) => n + Math.round(a.share * 10), 0) / 10 };
}
