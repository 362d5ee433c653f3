/** View of « Les contrats signés au fil du temps ». */
import { plural } from '../../format.ts';
import { routes } from '../../paths.ts';
import { coverage } from '../../coverage.ts';
import { memoized } from '../../dataset-index.ts';
import { listFr, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { drawSignatures } from './draw.ts';
import { signaturesLayout } from './layout.ts';
import { signaturesState } from './state.ts';

export function signaturesView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const s = signaturesState(data, params);
  const cov = memoized(data, 'coverage', (d) => coverage(d.actions, d.territories, d.figures));
  const dated = s.rows.filter((r) => r.placement === 'jour' || r.placement === 'mois');
  const uncertain = s.rows.filter((r) => r.uncertain && r.span && r.placement !== 'borne');
  const unknown = s.rows.filter((r) => r.placement === 'inconnue');
  const bounded = s.rows.filter((r) => r.placement === 'borne');
  const notes = [
    `${plural(cov.territories, 'territoire recensé', 'territoires recensés')}, dont ${cov.territoriesNamedByDiair} nommés par la DIAIR ; ce n’est pas la liste officielle complète des signataires (le programme en annonce davantage).`,
    'Une date n’est jamais affichée plus précise que sa source : jour, mois ou année seule. Sans date, l’année de la cohorte DIAIR est indiquée en tirets.',
    uncertain.length
      ? `Dates annoncées ou déduites, à confirmer : ${listFr(uncertain.map((r) => `${r.name}, ${r.label}`))}.`
      : '',
    bounded.length
      ? `Date inconnue mais bornée (une flèche part de la borne) : ${listFr(bounded.map((r) => `${r.name}, ${r.label}`))}.`
      : '',
    unknown.length ? `Date de première signature inconnue : ${listFr(unknown.map((r) => r.name))}.` : '',
  ].filter(Boolean);
  const table = {
    columns: [
      { label: 'Territoire', numeric: false },
      { label: 'Première signature', numeric: false },
      { label: 'Précision', numeric: false },
      { label: 'Avenants et renouvellements', numeric: false },
    ],
    rows: s.rows.map((r) => ({
      key: r.id,
      cells: [r.name, r.label, r.precisionLabel, r.events.map((e) => e.label).join(' ; ') || '—'],
    })),
  };
  const sources = memoized(
    data,
    'contractSources',
    (d) => new Set(d.territories.flatMap((t) => t.contract.sources.map((x) => x.url))),
  );
  const first = dated[0];
  const last = dated.at(-1);
  const description = sentences([
    `${plural(s.rows.length, 'territoire', 'territoires')} : première signature connue au jour près pour ${s.counts.jour}, au mois pour ${s.counts.mois}, à l’année seulement pour ${s.counts.année}.`,
    s.counts.borne
      ? `Sans date, ${plural(s.counts.borne, 'territoire n’a', 'territoires n’ont')} qu’une borne (${listFr(bounded.map((r) => `${r.name}, ${r.label}`))}).`
      : '',
    `Sans date, ${plural(s.counts.cohorte, 'territoire n’est placé', 'territoires ne sont placés')} que par une année de cohorte ; ${plural(s.counts.inconnue, 'reste', 'restent')} sans aucune date.`,
    first && last
      ? `La plus ancienne date précise : ${first.name}, ${first.label} ; la plus récente : ${last.name}, ${last.label}.`
      : '',
    `${plural(s.events, 'avenant ou renouvellement est documenté', 'avenants ou renouvellements sont documentés')}.`,
  ]);
  return {
    ...base,
    message: null,
    table,
    notes: notes.map((n) => sentences([n])),
    description,
    source: {
      text: sentences([
        `Atlas CTAI, d’après ${plural(sources.size, 'source publique', 'sources publiques')} sur les contrats (DIAIR, préfectures, collectivités, presse)`,
      ]),
      links: [
        { label: 'Les territoires et leurs sources', url: routes.territories() },
        { label: 'Données et licences', url: routes.data() },
      ],
    },
    svg: { wide: drawSignatures(signaturesLayout(s, WIDE)), narrow: drawSignatures(signaturesLayout(s, NARROW)) },
  };
}
