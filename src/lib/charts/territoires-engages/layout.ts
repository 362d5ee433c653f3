import { barsLayout, type BarsLayout } from '../shared/hbars.ts';
import type { CountPoint } from './state.ts';

const MUTED = '#8a867c';

/** Each count is its own bar, labelled with its date and perimeter; lower-confidence counts are greyed. */
export function countsLayout(points: readonly CountPoint[], width: number): BarsLayout {
  return barsLayout(
    points.map((p) => ({
      key: p.id,
      label: `${p.when} — ${p.label}`,
      value: p.value,
      valueLabel: `${p.value} ${p.unit}`,
      color: p.confidence === 'haute' ? undefined : MUTED,
      tip: `${p.when} : ${p.value} ${p.unit} (${p.label}) — confiance ${p.confidence}`,
    })),
    width,
  );
}
