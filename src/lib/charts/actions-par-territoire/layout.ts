import { plural } from '../../format.ts';
import { barsLayout, type BarsLayout } from '../shared/hbars.ts';
import type { TerritoryBarsState } from './state.ts';

export function territoryBarsLayout(state: TerritoryBarsState, width: number): BarsLayout {
  return barsLayout(
    state.bars.map((t) => ({
      key: t.id,
      label: t.name,
      value: t.count,
      valueLabel: String(t.count),
      color: state.scope.domain?.color,
      highlight: t.id === state.highlight,
      tip: `${t.name} : ${plural(t.count, 'action documentée', 'actions documentées')}`,
    })),
    width,
  );
}
