/**
 * Every chart of the site, by id: title, subtitle, the filters it accepts and how to build its view.
 * Pages (`ChartFigure`), embeds, downloads (CSV, SVG, PNG) and oEmbed all go through here.
 */
import { domainBarsView } from './actions-par-domaine/view.ts';
import { yearColumnsView } from './actions-par-annee/view.ts';
import { territoryBarsView } from './actions-par-territoire/view.ts';
import { domainYearView } from './domaines-par-annee/view.ts';
import { envelopeView } from './enveloppe-2019-2020/view.ts';
import { signaturesView } from './signatures/view.ts';
import { countsView } from './territoires-engages/view.ts';
import { frenchTypography } from '../format.ts';
import { sentences } from './shared/text.ts';
import { variantOf } from './variants.ts';
import { hasTerritoryDomain, memoized, territoryOf } from '../dataset-index.ts';
import {
  CHART_IDS,
  type ChartData,
  type ChartId,
  type ChartParams,
  type ChartView,
  type ParamKey,
  type ChartViewBase,
} from './types.ts';

export { CHART_IDS, type ChartId, type ChartParams, type ChartView } from './types.ts';
export { variantOf, paramsOf } from './variants.ts';

export interface ChartDefinition {
  id: ChartId;
  title: string;
  subtitle: string;
  /**
   * Filters the chart accepts (others are ignored). Where a filter cannot narrow the chart, it
   * highlights instead: `domaine` on actions-par-domaine, `territoire` on actions-par-territoire and signatures.
   */
  params: readonly ParamKey[];
  /** Set when `territoire` highlights one row of a chart that draws every territory. */
  highlightsTerritory?: true;
  build(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView;
}

/**
 * Territories beyond which highlight views are no longer pre-rendered: each one draws every
 * territory, so their number times their size grows with the square of the content (40 GB of
 * files for 3,200 territories, docs/passage-a-l-echelle.md), and such a chart is past reading anyway.
 */
export const HIGHLIGHT_VIEWS_MAX_TERRITORIES = 100;

export const CHARTS: Record<ChartId, ChartDefinition> = {
  'actions-par-domaine': {
    id: 'actions-par-domaine',
    title: 'Actions documentées par domaine',
    subtitle: 'Nombre d’actions documentées relevant de chaque domaine ; une action peut en couvrir plusieurs',
    params: ['territoire', 'domaine'],
    build: domainBarsView,
  },
  'actions-par-annee': {
    id: 'actions-par-annee',
    title: 'Actions documentées, année par année',
    subtitle: 'Nombre d’actions documentées actives chaque année',
    params: ['territoire', 'domaine'],
    build: yearColumnsView,
  },
  'domaines-par-annee': {
    id: 'domaines-par-annee',
    title: 'Les domaines d’action au fil des années',
    subtitle: 'Actions documentées actives chaque année, domaine par domaine (même échelle pour tous)',
    params: ['territoire'],
    build: domainYearView,
  },
  'actions-par-territoire': {
    id: 'actions-par-territoire',
    title: 'Actions documentées par territoire',
    subtitle: 'Territoires classés par nombre d’actions documentées',
    params: ['domaine', 'territoire'],
    highlightsTerritory: true,
    build: territoryBarsView,
  },
  signatures: {
    id: 'signatures',
    title: 'Les contrats signés au fil du temps',
    subtitle: 'Première signature de chaque territoire, avec la précision de la date, et avenants ou renouvellements',
    params: ['territoire'],
    highlightsTerritory: true,
    build: signaturesView,
  },
  'enveloppe-2019-2020': {
    id: 'enveloppe-2019-2020',
    title: 'L’enveloppe des contrats 2019-2020 par axe',
    subtitle: 'Part de l’enveloppe consacrée à chaque axe d’intervention, en %',
    params: [],
    build: (data, _params, base) => envelopeView(data, base),
  },
  'territoires-engages': {
    id: 'territoires-engages',
    title: 'Combien de territoires engagés ? Des compteurs aux périmètres différents',
    subtitle: 'Nombres de territoires publiés par la DIAIR, le ministère et la presse, à leur date',
    params: [],
    build: (data, _params, base) => countsView(data, base),
  },
};

export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}

export interface ResolvedParams {
  params: ChartParams;
  /** In-place message for a reader: unknown territory or domain. */
  error: string | null;
}

/** Keeps only the filters the chart accepts and checks each names a known territory or domain. */
export function resolveParams(id: ChartId, data: ChartData, raw: ChartParams | undefined): ResolvedParams {
  const def = CHARTS[id];
  const params: ChartParams = {};
  const errors: string[] = [];
  if (raw?.territoire && def.params.includes('territoire')) {
    if (territoryOf(data, raw.territoire)) params.territoire = raw.territoire;
    else errors.push(`Territoire inconnu : « ${raw.territoire} ». Ce graphique n’existe pas pour ce filtre.`);
  }
  if (raw?.domaine && def.params.includes('domaine')) {
    if (data.domains.some((d) => d.id === raw.domaine)) params.domaine = raw.domaine;
    else errors.push(`Domaine inconnu : « ${raw.domaine} ». Ce graphique n’existe pas pour ce filtre.`);
  }
  return { params, error: errors.length ? sentences(errors) : null };
}

/** Title with the filters: « Actions documentées par domaine — Grenoble ». */
function titleFor(def: ChartDefinition, data: ChartData, params: ChartParams): string {
  const parts = [
    params.territoire && territoryOf(data, params.territoire)?.name,
    params.domaine && data.domains.find((d) => d.id === params.domaine)?.label,
  ].filter(Boolean);
  return parts.length ? `${def.title} — ${parts.join(' · ')}` : def.title;
}

/** Builds the view of a chart for some filters; an invalid filter yields a view with a message and no drawing. */
export function buildChart(id: ChartId, data: ChartData, raw?: ChartParams): ChartView {
  const def = CHARTS[id];
  const { params, error } = resolveParams(id, data, raw);
  const base: ChartViewBase = {
    id,
    params,
    variant: variantOf(params),
    title: frenchTypography(titleFor(def, data, params)),
    subtitle: frenchTypography(def.subtitle),
  };
  const view = def.build(data, params, base);
  if (!error) return view;
  return { ...view, message: error, svg: null, description: error, table: { columns: view.table.columns, rows: [] } };
}

/** True when `view` has a static embed page and files (see `chartVariants`). */
export function isPublished(view: ChartView, data: ChartData): boolean {
  return memoized(data, `published:${view.id}`, (d) => new Set(chartVariants(view.id, d).map(variantOf))).has(view.variant);
}

/**
 * Every filtered view worth a static page: the default, each accepted territory or domain alone,
 * and territory × domain pairs that have at least one action (territory highlights only up to
 * HIGHLIGHT_VIEWS_MAX_TERRITORIES). Filters matching no action are still built (they say
 * « Aucune action documentée … »).
 */
export function chartVariants(id: ChartId, data: ChartData): ChartParams[] {
  const def = CHARTS[id];
  const out: ChartParams[] = [{}];
  const byTerritory =
    def.params.includes('territoire') && !(def.highlightsTerritory && data.territories.length > HIGHLIGHT_VIEWS_MAX_TERRITORIES);
  if (byTerritory) for (const t of data.territories) out.push({ territoire: t.id });
  if (def.params.includes('domaine')) for (const d of data.domains) out.push({ domaine: d.id });
  if (byTerritory && def.params.includes('domaine')) {
    for (const t of data.territories)
      for (const d of data.domains) if (hasTerritoryDomain(data, t.id, d.id)) out.push({ territoire: t.id, domaine: d.id });
  }
  return out;
}
