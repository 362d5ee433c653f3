/**
 * The reader's view as URL query parameters, so a filtered map, catalogue or chart can be
 * shared or embedded. Pure and versioned: `decode(encode(s))` returns `s`, and links written by
 * earlier versions are migrated, never broken (learned from owid-grapher's GrapherUrlMigrations).
 *
 *   ?v=1&domaines=logement,sante&annees=2019-2022&statuts=realisee&territoire=grenoble
 */
import { ACTION_STATUSES, type ActionStatus } from '../schemas/action-values.ts';
import type { ActionFilter } from './aggregate.ts';

export const URL_STATE_VERSION = 1;

export interface ViewState {
  domains: string[];
  statuses: ActionStatus[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Selected territory (map panel open, catalogue facet). */
  territory: string | null;
}

export const EMPTY_STATE: ViewState = { domains: [], statuses: [], yearFrom: null, yearTo: null, territory: null };

/** URL-safe names for statuses (no spaces or accents in links). */
const STATUS_KEYS: Record<ActionStatus, string> = {
  réalisée: 'realisee',
  'en cours': 'en-cours',
  'bilan agrégé': 'bilan',
  annoncée: 'annoncee',
  'engagement du contrat': 'engagement',
};
const STATUS_BY_KEY = new Map(Object.entries(STATUS_KEYS).map(([s, k]) => [k, s as ActionStatus]));

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const uniqSorted = <T>(xs: T[], order: (x: T) => number) => [...new Set(xs)].sort((a, b) => order(a) - order(b));

/**
 * Upgrades parameters written by older versions to the current names. Version 0 (unversioned
 * links) used singular `domaine` and separate `debut`/`fin`; keep these mappings forever.
 */
function migrate(params: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams(params);
  const version = Number(p.get('v') ?? (p.has('domaine') || p.has('debut') || p.has('fin') ? 0 : URL_STATE_VERSION));
  if (version < 1) {
    if (p.has('domaine')) p.set('domaines', p.getAll('domaine').join(','));
    if (p.has('debut') || p.has('fin')) p.set('annees', `${p.get('debut') ?? ''}-${p.get('fin') ?? ''}`);
    p.delete('domaine');
    p.delete('debut');
    p.delete('fin');
  }
  p.set('v', String(URL_STATE_VERSION));
  return p;
}

export interface DecodeOptions {
  /** Known domain ids, in display order; unknown ones are dropped. */
  domainIds?: readonly string[];
  territoryIds?: readonly string[];
}

/** Parses a query string (with or without `?`). Unknown or malformed values are ignored, never thrown. */
export function decodeState(search: string | URLSearchParams, opts: DecodeOptions = {}): ViewState {
  const p = migrate(typeof search === 'string' ? new URLSearchParams(search) : search);
  const domainOrder = (d: string) => opts.domainIds?.indexOf(d) ?? 0;
  const domains = uniqSorted(
    list(p.get('domaines')).filter((d) => !opts.domainIds || opts.domainIds.includes(d)),
    domainOrder,
  );
  const statuses = uniqSorted(
    list(p.get('statuts'))
      .map((k) => STATUS_BY_KEY.get(k))
      .filter((s): s is ActionStatus => !!s),
    (s) => ACTION_STATUSES.indexOf(s),
  );
  const [from, to] = (p.get('annees') ?? '').split('-');
  const year = (s: string | undefined) => (s && /^\d{4}$/.test(s) ? Number(s) : null);
  let yearFrom = year(from);
  let yearTo = year(to);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const t = p.get('territoire');
  const territory = t && (!opts.territoryIds || opts.territoryIds.includes(t)) ? t : null;
  return { domains, statuses, yearFrom, yearTo, territory };
}

/** Serialises a state; the empty state gives an empty string (clean canonical URLs). */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.domains.length) p.set('domaines', state.domains.join(','));
  if (state.yearFrom !== null || state.yearTo !== null) p.set('annees', `${state.yearFrom ?? ''}-${state.yearTo ?? ''}`);
  if (state.statuses.length) p.set('statuts', state.statuses.map((s) => STATUS_KEYS[s]).join(','));
  if (state.territory) p.set('territoire', state.territory);
  if ([...p.keys()].length === 0) return '';
  p.set('v', String(URL_STATE_VERSION));
  // Commas are safe in query strings and keep links readable.
  return p.toString().replace(/%2C/g, ',');
}

export function statusKey(status: ActionStatus): string {
  return STATUS_KEYS[status];
}

/** The filter part of a view, for `filterActions`. */
export function toFilter(state: ViewState): ActionFilter {
  return { domains: state.domains, statuses: state.statuses, yearFrom: state.yearFrom, yearTo: state.yearTo };
}
