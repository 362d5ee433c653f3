/** View of « Actions documentées actives chaque année ». */
import { drawColumns } from '../shared/columns.ts';
import { scopePhrase } from '../shared/scope.ts';
import { actionsSource, coverageNote, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { yearColumnsLayout } from './layout.ts';
import { yearColumnsState } from './state.ts';
import { YEAR_COLUMNS_WORDS } from './words.ts';

export function yearColumnsView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const { lang } = base;
  const w = YEAR_COLUMNS_WORDS[lang];
  const s = yearColumnsState(data, params);
  const where = scopePhrase(s.scope, lang);
  const undatedSentence = s.undated ? w.undated(s.undated) : w.allDated;
  const notes = [w.spreadNote, undatedSentence, coverageNote(data, lang)];
  const table = {
    columns: [
      { label: w.column.year, numeric: false },
      { label: w.column.active, numeric: true },
    ],
    rows: [
      ...s.years.map((y) => ({ key: String(y.year), cells: [String(y.year), String(y.count)] })),
      { key: 'sans-annee', cells: [w.column.undatedRow, String(s.undated)] },
    ],
  };
  const view = {
    ...base,
    table,
    notes: notes.map((n) => sentences([n], lang)),
    source: actionsSource(s.scope.actions, lang),
  };
  if (s.total === 0) {
    const msg = w.none(where);
    return { ...view, message: msg, svg: null, description: sentences([msg], lang) };
  }
  const max = Math.max(...s.years.map((y) => y.count));
  const peaks = s.years.filter((y) => y.count === max).map((y) => String(y.year));
  const active = s.years.filter((y) => y.count > 0);
  const description = sentences(
    [
      w.total(s.total, where),
      max > 0 ? w.peak(peaks, max) : '',
      active.length ? w.range(active[0]!.year, active.at(-1)!.year) : '',
      undatedSentence,
    ],
    lang,
  );
  return {
    ...view,
    message: null,
    description,
    svg: { wide: drawColumns(yearColumnsLayout(s, WIDE, lang)), narrow: drawColumns(yearColumnsLayout(s, NARROW, lang)) },
  };
}
