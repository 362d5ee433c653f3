/** View of « Actions documentées actives chaque année ». */
import { plural } from '../../format.ts';
import { drawColumns } from '../shared/columns.ts';
import { scopePhrase } from '../shared/scope.ts';
import { actionsSource, coverageNote, listFr, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { yearColumnsLayout } from './layout.ts';
import { yearColumnsState } from './state.ts';

export function yearColumnsView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const s = yearColumnsState(data, params);
  const where = scopePhrase(s.scope);
  const undatedSentence = s.undated
    ? `${plural(s.undated, 'action documentée n’a', 'actions documentées n’ont')} pas d’année connue et ne ${s.undated > 1 ? 'figurent' : 'figure'} pas dans les colonnes.`
    : 'Toutes les actions documentées ont une année connue.';
  const notes = [
    'Une action menée sur plusieurs années est comptée chaque année où elle est active ; une action sans date de fin court jusqu’à l’année de la recherche.',
    undatedSentence,
    coverageNote(data),
  ];
  const table = {
    columns: [
      { label: 'Année', numeric: false },
      { label: 'Actions actives', numeric: true },
    ],
    rows: [
      ...s.years.map((y) => ({ key: String(y.year), cells: [String(y.year), String(y.count)] })),
      { key: 'sans-annee', cells: ['Sans année connue', String(s.undated)] },
    ],
  };
  const view = { ...base, table, notes: notes.map((n) => sentences([n])), source: actionsSource(s.scope.actions) };
  if (s.total === 0) {
    const msg = `Aucune action documentée ${where}.`;
    return { ...view, message: msg, svg: null, description: sentences([msg]) };
  }
  const max = Math.max(...s.years.map((y) => y.count));
  const peaks = s.years.filter((y) => y.count === max).map((y) => String(y.year));
  const active = s.years.filter((y) => y.count > 0);
  const description = sentences([
    `${plural(s.total, 'action documentée', 'actions documentées')}${where ? ` ${where}` : ''}.`,
    max > 0
      ? `${peaks.length > 1 ? `Les années ${listFr(peaks)} comptent` : `L’année ${peaks[0]} compte`} le plus d’actions actives : ${max}.`
      : '',
    active.length ? `Des actions sont documentées de ${active[0]!.year} à ${active.at(-1)!.year}.` : '',
    undatedSentence,
  ]);
  return {
    ...view,
    message: null,
    description,
    svg: { wide: drawColumns(yearColumnsLayout(s, WIDE)), narrow: drawColumns(yearColumnsLayout(s, NARROW)) },
  };
}
