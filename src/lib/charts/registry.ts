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
import { domainLabel } from '../i18n/labels.ts';
import type { Lang } from '../i18n/lang.ts';
import { frName, sentences } from './shared/text.ts';
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
  /** The English edition's title and subtitle (written by us, British English). */
  en: { title: string; subtitle: string };
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
    en: {
      title: 'Documented actions by domain',
      subtitle: 'Number of documented actions in each domain; an action may cover several',
    },
    params: ['territoire', 'domaine'],
    build: domainBarsView,
  },
  'actions-par-annee': {
    id: 'actions-par-annee',
    title: 'Actions documentées, année par année',
    subtitle: 'Nombre d’actions documentées actives chaque année',
    en: {
      title: 'Documented actions, year by year',
      subtitle: 'Number of documented actions active each year',
    },
    params: ['territoire', 'domaine'],
    build: yearColumnsView,
  },
  'domaines-par-annee': {
    id: 'domaines-par-annee',
    title: 'Les domaines d’action au fil des années',
    subtitle: 'Actions documentées actives chaque année, domaine par domaine (même échelle pour tous)',
    en: {
      title: 'Domains of action over the years',
      subtitle: 'Documented actions active each year, domain by domain (same scale for all)',
    },
    params: ['territoire'],
    build: domainYearView,
  },
  'actions-par-territoire': {
    id: 'actions-par-territoire',
    title: 'Actions documentées par territoire',
    subtitle: 'Territoires classés par nombre d’actions documentées',
    en: {
      title: 'Documented actions by territory',
      subtitle: 'Territories ranked by number of documented actions',
    },
    params: ['domaine', 'territoire'],
    highlightsTerritory: true,
    build: territoryBarsView,
  },
  signatures: {
    id: 'signatures',
    title: 'Les contrats signés au fil du temps',
    subtitle: 'Première signature de chaque territoire, avec la précision de la date, et avenants ou renouvellements',
    en: {
      title: 'Contracts signed over time',
      subtitle: 'Each territory’s first signature, with the precision of its date, and amendments or renewals',
    },
    params: ['territoire'],
    highlightsTerritory: true,
    build: signaturesView,
  },
  'enveloppe-2019-2020': {
    id: 'enveloppe-2019-2020',
    title: 'L’enveloppe des contrats 2019-2020 par axe',
    subtitle: 'Part de l’enveloppe consacrée à chaque axe d’intervention, en %',
    en: {
      title: 'The 2019–2020 contracts’ funding by axis',
      subtitle: 'Share of the funding given to each axis of intervention, in %',
    },
    params: [],
    build: (data, _params, base) => envelopeView(data, base),
  },
  'territoires-engages': {
    id: 'territoires-engages',
    title: 'Combien de territoires engagés ? Des compteurs aux périmètres différents',
    subtitle: 'Nombres de territoires publiés par la DIAIR, le ministère et la presse, à leur date',
    en: {
      title: 'How many territories are engaged? Counts with different perimeters',
      subtitle: 'Numbers of territories published by the DIAIR, the ministry and the press, at their date',
    },
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
export function resolveParams(id: ChartId, data: ChartData, raw: ChartParams | undefined, lang: Lang = 'fr'): ResolvedParams {
  const def = CHARTS[id];
  const params: ChartParams = {};
  const errors: string[] = [];
  if (raw?.territoire && def.params.includes('territoire')) {
    if (territoryOf(data, raw.territoire)) params.territoire = raw.territoire;
    else errors.push(unknownFilter('territoire', raw.territoire, lang));
  }
  if (raw?.domaine && def.params.includes('domaine')) {
    if (data.domains.some((d) => d.id === raw.domaine)) params.domaine = raw.domaine;
    else errors.push(unknownFilter('domaine', raw.domaine, lang));
  }
  return { params, error: errors.length ? sentences(errors, lang) : null };
}

function unknownFilter(key: ParamKey, value: string, lang: Lang): string {
  if (lang === 'en')
    return `Unknown ${key === 'territoire' ? 'territory' : 'domain'}: “${value}”. This chart does not exist for this filter.`;
  return `${key === 'territoire' ? 'Territoire' : 'Domaine'} inconnu : « ${value} ». Ce graphique n’existe pas pour ce filtre.`;
}

/** Title with the filters: « Actions documentées par domaine — Grenoble »; names stay as the research spells them. */
function titleFor(def: ChartDefinition, data: ChartData, params: ChartParams, lang: Lang): string {
  const domain = params.domaine ? data.domains.find((d) => d.id === params.domaine) : undefined;
  const name = params.territoire ? territoryOf(data, params.territoire)?.name : undefined;
  const label = domain ? domainLabel(domain, lang) : undefined;
  // Names stay French: marked so inside an English title (a domain only when it has no English label).
  const parts = [name && frName(name, lang), label && (label.lang === lang ? label.text : frName(label.text, lang))].filter(
    Boolean,
  );
  const title = lang === 'en' ? def.en.title : def.title;
  return parts.length ? `${title} — ${parts.join(' · ')}` : title;
}

/** The title a view has in `lang`'s edition, without drawing it (for the other edition's iframe code). */
export function chartTitle(id: ChartId, data: ChartData, raw: ChartParams | undefined, lang: Lang): string {
  const title = titleFor(CHARTS[id], data, resolveParams(id, data, raw, lang).params, lang);
  return lang === 'fr' ? frenchTypography(title) : title;
}

/** Builds the view of a chart for some filters; an invalid filter yields a view with a message and no drawing. */
export function buildChart(id: ChartId, data: ChartData, raw?: ChartParams, lang: Lang = 'fr'): ChartView {
  const def = CHARTS[id];
  const { params, error } = resolveParams(id, data, raw, lang);
  const base: ChartViewBase = {
    id,
    lang,
    params,
    variant: variantOf(params),
    title: chartTitle(id, data, params, lang),
    subtitle: lang === 'fr' ? frenchTypography(def.subtitle) : def.en.subtitle,
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
