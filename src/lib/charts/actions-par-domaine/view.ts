/** View of « Actions documentées par domaine »: state → layouts (two widths) → drawings, table and text. */
import { drawBars } from '../shared/hbars.ts';
import { scopePhrase } from '../shared/scope.ts';
import { actionsSource, coverageNote, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { domainBarsLayout } from './layout.ts';
import { domainBarsState } from './state.ts';
import { DOMAIN_BARS_WORDS } from './words.ts';

export function domainBarsView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const { lang } = base;
  const w = DOMAIN_BARS_WORDS[lang];
  const s = domainBarsState(data, params, lang);
  const where = scopePhrase(s.scope, lang);
  const notes = [
    w.multiNote,
    s.without.length && s.bars.length
      ? w.without(
          where,
          s.without.map((d) => d.label),
        )
      : '',
    coverageNote(data, lang),
  ].filter(Boolean);
  const table = {
    columns: [
      { label: w.column.domain, numeric: false },
      { label: w.column.actions, numeric: true },
    ],
    rows: s.bars.map((d) => ({ key: d.id, cells: [d.label, String(d.count)] })),
  };
  const view = {
    ...base,
    table,
    notes: notes.map((n) => sentences([n], lang)),
    source: actionsSource(s.scope.actions, lang),
  };
  if (s.total === 0) {
    return { ...view, message: w.none(where), svg: null, description: sentences([w.none(where)], lang) };
  }
  const top = s.bars.filter((d) => d.count === s.bars[0]!.count);
  const focus = s.highlight ? [...s.bars, ...s.without].find((d) => d.id === s.highlight) : undefined;
  const next = s.bars.slice(top.length, top.length + 2);
  const description = sentences(
    [
      w.top(top, where, s.total),
      next.length ? w.next(next) : '',
      w.represented(s.bars.length, data.domains.length),
      focus ? w.focus(focus) : '',
      s.multiDomain ? w.multi(s.multiDomain) : '',
    ],
    lang,
  );
  return {
    ...view,
    message: null,
    description,
    svg: { wide: drawBars(domainBarsLayout(s, WIDE, lang)), narrow: drawBars(domainBarsLayout(s, NARROW, lang)) },
  };
}
