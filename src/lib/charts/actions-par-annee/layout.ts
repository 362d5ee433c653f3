import { plural } from '../../format.ts';
import { columnsLayout, type ColumnsLayout } from '../shared/columns.ts';
import { INK } from '../svg.ts';
import type { YearColumnsState } from './state.ts';

export function yearColumnsLayout(state: YearColumnsState, width: number): ColumnsLayout {
  return columnsLayout(
    state.years.map((y) => ({
      key: String(y.year),
      label: String(y.year),
      value: y.count,
      tip: `${y.year} : ${plural(y.count, 'action active', 'actions actives')}`,
    })),
    width,
    width < 420 ? 200 : 240,
    state.scope.domain?.color ?? INK.accent,
  );
}
