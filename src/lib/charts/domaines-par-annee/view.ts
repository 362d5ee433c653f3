/** View of « Domaines d’action année par année » (small multiples). */
import { plural } from '../../format.ts';
import { scopePhrase } from '../shared/scope.ts';
import { actionsSource, coverageNote, listFr, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { drawDomainYear } from './draw.ts';
import { domainYearLayout } from './layout.ts';
import { domainYearState } from './state.ts';

export function domainYearView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const s = domainYearState(data, params);
  const where = scopePhrase(s.scope);
  const notes = [
    'Chaque petit graphique compte les actions actives chaque année dans un domaine, sur la même échelle verticale ; une action de plusieurs domaines figure dans chacun.',
    s.undated
      ? `${plural(s.undated, 'action sans année connue n’apparaît', 'actions sans année connue n’apparaissent')} pas.`
      : '',
    s.without.length && s.series.length ? `Aucune action documentée dans : ${listFr(s.without)}.` : '',
    coverageNote(data),
  ].filter(Boolean);
  const table = {
    columns: [{ label: 'Domaine', numeric: false }, ...s.years.map((y) => ({ label: String(y), numeric: true }))],
    rows: s.series.map((d) => ({ key: d.id, cells: [d.label, ...d.values.map((v) => String(v.count))] })),
  };
  const view = { ...base, table, notes: notes.map((n) => sentences([n])), source: actionsSource(s.scope.actions) };
  if (s.series.length === 0) {
    const msg = `Aucune action documentée ${where}.`;
    return { ...view, message: msg, svg: null, description: sentences([msg]) };
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
  const description = sentences([
    `${plural(s.series.length, 'domaine a', 'domaines ont')} au moins une action documentée${where ? ` ${where}` : ''}.`,
    bestYear.count > 0
      ? `Le pic le plus haut est celui du domaine « ${best.label} » en ${bestYear.year} : ${plural(bestYear.count, 'action active', 'actions actives')}.`
      : '',
    s.undated ? `${plural(s.undated, 'action n’a', 'actions n’ont')} pas d’année connue.` : '',
  ]);
  return {
    ...view,
    message: null,
    description,
    svg: { wide: drawDomainYear(domainYearLayout(s, WIDE)), narrow: drawDomainYear(domainYearLayout(s, NARROW)) },
  };
}
