/** View of « Les contrats signés au fil du temps ». */
import { routesFor } from '../../paths.ts';
import { coverage } from '../../coverage.ts';
import { memoized } from '../../dataset-index.ts';
import { NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { drawSignatures } from './draw.ts';
import { signaturesLayout } from './layout.ts';
import { signaturesState } from './state.ts';
import { SIGNATURES_WORDS } from './words.ts';

export function signaturesView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const { lang } = base;
  const w = SIGNATURES_WORDS[lang];
  const s = signaturesState(data, params, lang);
  const cov = memoized(data, 'coverage', (d) => coverage(d.actions, d.territories, d.figures));
  const dated = s.rows.filter((r) => r.placement === 'jour' || r.placement === 'mois');
  const uncertain = s.rows.filter((r) => r.uncertain && r.span && r.placement !== 'borne');
  const unknown = s.rows.filter((r) => r.placement === 'inconnue');
  const bounded = s.rows.filter((r) => r.placement === 'borne');
  const notes = [
    w.listedNote(cov.territories, cov.territoriesNamedByDiair),
    w.precisionNote,
    uncertain.length ? w.uncertainNote(uncertain) : '',
    bounded.length ? w.boundNote(bounded) : '',
    unknown.length ? w.unknownNote(unknown.map((r) => r.name)) : '',
  ].filter(Boolean);
  const table = {
    columns: [
      // Names stay French: marked so in an English table.
      { label: w.column.territory, numeric: false, ...(lang === 'fr' ? {} : { lang: 'fr' as const }) },
      { label: w.column.first, numeric: false },
      { label: w.column.precision, numeric: false },
      { label: w.column.events, numeric: false },
    ],
    rows: s.rows.map((r) => ({
      key: r.id,
      cells: [r.name, r.label, r.precisionLabel, r.events.map((e) => e.label).join(lang === 'fr' ? ' ; ' : '; ') || '—'],
    })),
  };
  const sources = memoized(
    data,
    'contractSources',
    (d) => new Set(d.territories.flatMap((t) => t.contract.sources.map((x) => x.url))),
  );
  const first = dated[0];
  const last = dated.at(-1);
  const description = sentences(
    [
      w.summary(s.rows.length, s.counts),
      s.counts.borne ? w.bounded(s.counts.borne, bounded) : '',
      w.cohortOnly(s.counts),
      first && last ? w.extremes(first, last) : '',
      w.events(s.events),
    ],
    lang,
  );
  const routes = routesFor(lang);
  return {
    ...base,
    message: null,
    table,
    notes: notes.map((n) => sentences([n], lang)),
    description,
    source: {
      text: sentences([w.source(sources.size)], lang),
      links: [
        { label: w.links.territories, url: routes.territories() },
        { label: w.links.data, url: routes.data() },
      ],
    },
    svg: {
      wide: drawSignatures(signaturesLayout(s, WIDE, lang)),
      narrow: drawSignatures(signaturesLayout(s, NARROW, lang)),
    },
  };
}
