/** View of « Actions documentées par domaine »: state → layouts (two widths) → drawings, table and text. */
import { plural } from '../../format.ts';
import { drawBars } from '../shared/hbars.ts';
import { scopePhrase } from '../shared/scope.ts';
import { actionsSource, coverageNote, listFr, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { domainBarsLayout } from './layout.ts';
import { domainBarsState } from './state.ts';

export function domainBarsView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const s = domainBarsState(data, params);
  const where = scopePhrase(s.scope);
  const notes = [
    'Une action peut relever de plusieurs domaines : elle est comptée dans chacun, si bien que la somme des barres dépasse le nombre d’actions.',
    s.without.length && s.bars.length
      ? `Aucune action documentée ${where ? `${where} ` : ''}dans : ${listFr(s.without.map((d) => d.label))}.`
      : '',
    coverageNote(data),
  ].filter(Boolean);
  const table = {
    columns: [
      { label: 'Domaine', numeric: false },
      { label: 'Actions documentées', numeric: true },
    ],
    rows: s.bars.map((d) => ({ key: d.id, cells: [d.label, String(d.count)] })),
  };
  const view = { ...base, table, notes: notes.map((n) => sentences([n])), source: actionsSource(s.scope.actions) };
  if (s.total === 0) {
    return {
      ...view,
      message: `Aucune action documentée ${where}.`,
      svg: null,
      description: sentences([`Aucune action documentée ${where}.`]),
    };
  }
  const top = s.bars.filter((d) => d.count === s.bars[0]!.count);
  const focus = s.highlight ? [...s.bars, ...s.without].find((d) => d.id === s.highlight) : undefined;
  const next = s.bars.slice(top.length, top.length + 2);
  const description = sentences([
    top.length === 1
      ? `Le domaine « ${top[0]!.label} » est le plus fréquent${where ? ` ${where}` : ''} : ${plural(top[0]!.count, 'action documentée', 'actions documentées')} sur ${s.total}.`
      : `Les domaines ${listFr(top.map((d) => `« ${d.label} »`))} sont les plus fréquents${where ? ` ${where}` : ''} : ${plural(top[0]!.count, 'action documentée', 'actions documentées')} chacun sur ${s.total}.`,
    next.length ? `Suivent ${listFr(next.map((d) => `« ${d.label} » (${d.count})`))}.` : '',
    s.bars.length === data.domains.length
      ? `Les ${data.domains.length} domaines sont représentés.`
      : `${plural(s.bars.length, 'domaine est représenté', 'domaines sont représentés')} sur ${data.domains.length}.`,
    focus
      ? `En évidence, « ${focus.label} » : ${focus.count ? plural(focus.count, 'action documentée', 'actions documentées') : 'aucune action documentée'}.`
      : '',
    s.multiDomain
      ? `${plural(s.multiDomain, 'action relève', 'actions relèvent')} de plusieurs domaines et ${s.multiDomain > 1 ? 'sont comptées' : 'est comptée'} dans chacun.`
      : '',
  ]);
  return {
    ...view,
    message: null,
    description,
    svg: { wide: drawBars(domainBarsLayout(s, WIDE)), narrow: drawBars(domainBarsLayout(s, NARROW)) },
  };
}
