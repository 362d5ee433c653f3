/**
 * Shared types of the chart pipeline: data in (`ChartData`), a view out (`ChartView`) that pages,
 * embeds, downloads and tests all read. Nothing here touches Astro or the DOM.
 */
import type { Action } from '../../schemas/action.ts';
import type { Domain } from '../../schemas/domain.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Territory } from '../../schemas/territory.ts';
import type { Lang } from '../i18n/lang.ts';

/** The part of `Dataset` charts need; tests build it by hand. */
export interface ChartData {
  territories: readonly Territory[];
  actions: readonly Action[];
  domains: readonly Domain[];
  figures: readonly Figure[];
  /** Year the research was compiled: open-ended actions run up to it. */
  lastYear: number;
}

export const CHART_IDS = [
  'actions-par-domaine',
  'actions-par-annee',
  'domaines-par-annee',
  'actions-par-territoire',
  'signatures',
  'enveloppe-2019-2020',
  'territoires-engages',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export type ParamKey = 'territoire' | 'domaine';
/** Filters a chart accepts: ids of a territory and/or a domain. */
export interface ChartParams {
  territoire?: string;
  domaine?: string;
}

/** A table cell: text as shown; the CSV carries exactly the same strings. */
export type Cell = string;
export interface TableData {
  /** `lang`: the language of the column's cells when it differs from the view's (French research text in an English view). */
  columns: { label: string; numeric: boolean; lang?: Lang }[];
  rows: { key: string; cells: Cell[] }[];
}

/** SVG content drawn for one width: inner markup plus its viewBox size. */
export interface Drawn {
  body: string;
  width: number;
  height: number;
}

export interface SourceLine {
  /** « Atlas CTAI, d’après … » */
  text: string;
  /** `lang`: a source's own title, French, in an English view. */
  links: { label: string; url: string; lang?: Lang }[];
}

/** Everything a page, an embed or a download shows for one chart and one set of filters. */
export interface ChartView {
  id: ChartId;
  /** Language of the interface text (titles, axes, sentences); facts quoted from the research stay French. */
  lang: Lang;
  params: ChartParams;
  /** Path segment naming the filters (`territoire-grenoble`), '' for the default view. */
  variant: string;
  title: string;
  subtitle: string;
  /** Shown in place of the chart when the filter is unknown or matches nothing. */
  message: string | null;
  /** The drawing at a wide and a narrow width (null with a message). */
  svg: { wide: Drawn; narrow: Drawn } | null;
  table: TableData;
  /** Deterministic sentences, in the view's language, describing what the chart shows. */
  description: string;
  /** Coverage, method and caveats, one sentence each. */
  notes: string[];
  source: SourceLine;
}

/** What the registry fixes for a view before the chart's own code fills in the rest. */
export type ChartViewBase = Pick<ChartView, 'id' | 'lang' | 'params' | 'variant' | 'title' | 'subtitle'>;
