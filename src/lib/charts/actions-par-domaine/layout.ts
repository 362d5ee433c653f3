import { plural } from '../../format.ts';
import { barsLayout, type BarsLayout } from '../shared/hbars.ts';
import type { DomainBarsState } from './state.ts';

export function domainBarsLayout(state: DomainBarsState, width: number): BarsLayout {
  return barsLayout(
    state.bars.map((d) => ({
      key: d.id,
      label: d.label,
      value: d.count,
      valueLabel: String(d.count),
      color: d.color,
      highlight: d.id === state.highlight,
      tip: `${d.label} : ${plural(d.count, 'action')}`,
    })),
    width,
  );
}
