/** View of « L’enveloppe 2019-2020 par axe ». */
import { drawBars } from '../shared/hbars.ts';
import { NARROW, sentences, WIDE } from '../shared/text.ts';
import { decimal } from '../svg.ts';
import type { ChartData, ChartView, ChartViewBase } from '../types.ts';
import { envelopeLayout } from './layout.ts';
import { envelopeState } from './state.ts';
import { ENVELOPE_WORDS } from './words.ts';

export function envelopeView(data: ChartData, base: ChartViewBase): ChartView {
  const { lang } = base;
  const w = ENVELOPE_WORDS[lang];
  const s = envelopeState(data);
  const table = {
    columns: [
      // English view: the headings are the source's French words (marked so in HTML).
      lang === 'fr' ? { label: w.column.axis, numeric: false } : { label: w.column.axis, numeric: false, lang: 'fr' as const },
      { label: w.column.share, numeric: true },
    ],
    rows: s.axes.map((a, i) => ({ key: `axe-${i + 1}`, cells: [a.label, lang === 'fr' ? decimal(a.share) : String(a.share)] })),
  };
  const source = {
    text: sentences([w.source], lang),
    links: (s.figure?.sources ?? []).map((x) => ({
      label: x.title,
      url: x.url,
      ...(lang === 'fr' ? {} : { lang: 'fr' as const }),
    })),
  };
  if (!s.figure || s.axes.length === 0) {
    return { ...base, table, source, notes: [], message: w.unavailable, svg: null, description: w.unavailable };
  }
  const first = s.axes[0]!;
  const last = s.axes.at(-1)!;
  const notes = [w.publishedNote(s.figure.period), w.totalNote(s.axes.length, s.total)];
  const description = sentences(
    [
      w.largest(s.figure.period, first.label, first.share),
      s.axes.length > 3 ? w.next(s.axes[1]!, s.axes[2]!) : '',
      w.smallest(last.label, last.share),
    ],
    lang,
  );
  return {
    ...base,
    table,
    source,
    notes: notes.map((n) => sentences([n], lang)),
    message: null,
    description,
    svg: { wide: drawBars(envelopeLayout(s, WIDE, lang)), narrow: drawBars(envelopeLayout(s, NARROW, lang)) },
  };
}
