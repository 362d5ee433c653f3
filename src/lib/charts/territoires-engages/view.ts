/** View of « Combien de territoires engagés ? » — published counts with different perimeters. */
import { drawBars } from '../shared/hbars.ts';
import { NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartView, ChartViewBase } from '../types.ts';
import { countsLayout } from './layout.ts';
import { countsState } from './state.ts';
import { COUNTS_WORDS } from './words.ts';

export function countsView(data: ChartData, base: ChartViewBase): ChartView {
  const { lang } = base;
  const w = COUNTS_WORDS[lang];
  const points = countsState(data, lang);
  // In English, the count's label and unit are French research text (marked so in HTML).
  const french = lang === 'fr' ? {} : { lang: 'fr' as const };
  const [date, label, number, unit, confidence] = w.columns;
  const table = {
    columns: [
      { label: date, numeric: false },
      { label, numeric: false, ...french },
      { label: number, numeric: true },
      { label: unit, numeric: false, ...french },
      { label: confidence, numeric: false },
    ],
    rows: points.map((p) => ({ key: p.id, cells: [p.when, p.label, String(p.value), p.unit, w.confidence(p)] })),
  };
  const links = [
    ...new Map(points.flatMap((p) => p.figure.sources).map((s) => [s.url, { label: s.title, url: s.url, ...french }])).values(),
  ];
  const source = { text: sentences([w.source], lang), links };
  if (points.length === 0) {
    return { ...base, table, source, notes: [], message: w.none, svg: null, description: w.none };
  }
  const dated = points.filter((p) => p.date);
  const description = sentences([w.range(dated[0]!, dated.at(-1)!), w.shown(points.length, points.length - dated.length)], lang);
  return {
    ...base,
    table,
    source,
    notes: w.notes.map((n) => sentences([n], lang)),
    message: null,
    description,
    svg: { wide: drawBars(countsLayout(points, WIDE, lang)), narrow: drawBars(countsLayout(points, NARROW, lang)) },
  };
}
