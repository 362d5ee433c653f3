import type { Lang } from '../../i18n/lang.ts';
import { columnsLayout, type ColumnsLayout } from '../shared/columns.ts';
import { INK } from '../svg.ts';
import type { YearColumnsState } from './state.ts';
import { YEAR_COLUMNS_WORDS } from './words.ts';

export function yearColumnsLayout(state: YearColumnsState, width: number, lang: Lang = 'fr'): ColumnsLayout {
  return columnsLayout(
    state.years.map((y) => ({
      key: String(y.year),
      label: String(y.year),
      value: y.count,
      tip: YEAR_COLUMNS_WORDS[lang].tip(y.year, y.count),
    })),
    width,
    width < 420 ? 200 : 240,
    state.scope.domain?.color ?? INK.accent,
  );
}
