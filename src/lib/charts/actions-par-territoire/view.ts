/** View of « Actions documentées par territoire ». */
import { territoryOf } from '../../dataset-index.ts';
import { drawBars } from '../shared/hbars.ts';
import { scopePhrase } from '../shared/scope.ts';
import { actionsSource, coverageNote, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { territoryBarsLayout } from './layout.ts';
import { territoryBarsState } from './state.ts';
import { TERRITORY_BARS_WORDS } from './words.ts';

/** The French table cell of a territory without a documented action. */
export const NO_ACTION = TERRITORY_BARS_WORDS.fr.noAction;

export function territoryBarsView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const { lang } = base;
  const w = TERRITORY_BARS_WORDS[lang];
  const s = territoryBarsState(data, params);
  const where = scopePhrase(s.scope, lang);
  const notes = [
    s.without.length
      ? w.without(
          s.bars.length > 0,
          where,
          s.without.map((t) => t.name),
        )
      : '',
    coverageNote(data, lang),
  ].filter(Boolean);
  const table = {
    columns: [
      // Names stay French: marked so in an English table.
      { label: w.column.territory, numeric: false, ...(lang === 'fr' ? {} : { lang: 'fr' as const }) },
      { label: w.column.actions, numeric: true },
    ],
    rows: [
      ...s.bars.map((t) => ({ key: t.id, cells: [t.name, String(t.count)] })),
      ...s.without.map((t) => ({ key: t.id, cells: [t.name, w.noAction] })),
    ],
  };
  const view = {
    ...base,
    table,
    notes: notes.map((n) => sentences([n], lang)),
    source: actionsSource(s.scope.actions, lang),
  };
  if (s.bars.length === 0) {
    const msg = w.none(where);
    return { ...view, message: msg, svg: null, description: sentences([msg], lang) };
  }
  const top = s.bars[0]!;
  const rank = s.bars.findIndex((t) => t.id === s.highlight);
  const focus = s.highlight ? territoryOf(data, s.highlight) : undefined;
  const description = sentences(
    [
      w.withAction(s.bars.length, where, data.territories.length),
      w.top(top, s.total),
      s.bars.length > 1 ? w.next(s.bars.slice(1, 3)) : '',
      focus
        ? rank >= 0
          ? w.focusRank(focus.name, s.bars[rank]!.count, rank + 1, s.bars.length)
          : w.focusNone(focus.name, where)
        : '',
      s.without.length ? w.withoutCount(s.without.length) : '',
    ],
    lang,
  );
  return {
    ...view,
    message: null,
    description,
    svg: { wide: drawBars(territoryBarsLayout(s, WIDE, lang)), narrow: drawBars(territoryBarsLayout(s, NARROW, lang)) },
  };
}
