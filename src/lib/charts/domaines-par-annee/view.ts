/** View of « Domaines d’action année par année » (small multiples). */
import { scopePhrase } from '../shared/scope.ts';
import { actionsSource, coverageNote, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { drawDomainYear } from './draw.ts';
import { domainYearLayout } from './layout.ts';
import { domainYearState } from './state.ts';
import { DOMAIN_YEAR_WORDS } from './words.ts';

export function domainYearView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const { lang } = base;
  const w = DOMAIN_YEAR_WORDS[lang];
  const s = domainYearState(data, params, lang);
  const where = scopePhrase(s.scope, lang);
  const notes = [
    w.scaleNote,
    s.undated ? w.undatedNote(s.undated) : '',
    s.without.length && s.series.length ? w.without(s.without) : '',
    coverageNote(data, lang),
  ].filter(Boolean);
  const table = {
    columns: [{ label: w.column.domain, numeric: false }, ...s.years.map((y) => ({ label: String(y), numeric: true }))],
    rows: s.series.map((d) => ({ key: d.id, cells: [d.label, ...d.values.map((v) => String(v.count))] })),
  };
  const view = {
    ...base,
    table,
    notes: notes.map((n) => sentences([n], lang)),
    source: actionsSource(s.scope.actions, lang),
  };
  if (s.series.length === 0) {
    const msg = w.none(where);
    return { ...view, message: msg, svg: null, description: sentences([msg], lang) };
  }
  // The domain with the largest single-year count, then when it peaks.
  let best = s.series[0]!;
  let bestYear = best.values[0]!;
  for (const d of s.series)
    for (const v of d.values)
      if (v.count > bestYear.count) {
        best = d;
        bestYear = v;
      }
  const description = sentences(
    [
      w.withAction(s.series.length, where),
      bestYear.count > 0 ? w.peak(best.label, bestYear.year, bestYear.count) : '',
      s.undated ? w.undated(s.undated) : '',
    ],
    lang,
  );
  return {
    ...view,
    message: null,
    description,
    svg: {
      wide: drawDomainYear(domainYearLayout(s, WIDE, lang)),
      narrow: drawDomainYear(domainYearLayout(s, NARROW, lang)),
    },
  };
}
