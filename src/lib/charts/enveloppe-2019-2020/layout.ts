import { barsLayout, type BarsLayout } from '../shared/hbars.ts';
import { decimal } from '../svg.ts';
import type { EnvelopeState } from './state.ts';

export function envelopeLayout(state: EnvelopeState, width: number): BarsLayout {
  return barsLayout(
    state.axes.map((a, i) => ({
      key: `axe-${i + 1}`,
      label: a.label,
      value: a.share,
      valueLabel: `${decimal(a.share)} %`,
      tip: `${a.label} : ${decimal(a.share)} % de l’enveloppe`,
    })),
    width,
    (n) => `${n} %`,
  );
}
