/**
 * The actions catalogue: a compact row per action (embedded in the page as JSON for instant
 * client-side filtering), the catalogue's view state (the shared URL state plus the carrier kind
 * facet, `porteurs`), and facet counts. Pure, shared by the build and the browser.
 */
import { CARRIER_KINDS, type CarrierKind } from '../schemas/action-values.ts';
import type { Action } from '../schemas/action.ts';
import { matchesFilter, type ActionLike } from './aggregate.ts';
import { decodeState, encodeState, toFilter, URL_STATE_VERSION, type DecodeOptions, type ViewState } from './url-state.ts';

export type { CarrierKind };

/** One action as the catalogue script needs it (short keys keep the embedded JSON small). */
export interface CatalogueItem extends ActionLike {
  carrierKind: CarrierKind;
}

export function toCatalogueItem(a: Action): CatalogueItem {
  return {
    id: a.id,
    territory: a.territory,
    domains: a.domains,
    startYear: a.startYear,
    endYear: a.endYear,
    recurring: a.recurring,
    status: a.status,
    carrierKind: a.carrierKind,
  };
}

export interface CatalogueState extends ViewState {
  carrierKinds: CarrierKind[];
}

/** URL-safe names for carrier kinds (`?porteurs=association,ccas`). */
const CARRIER_KEYS: Record<CarrierKind, string> = {
  collectivité: 'collectivite',
  'État et collectivités': 'etat-collectivites',
  association: 'association',
  consortium: 'consortium',
  CCAS: 'ccas',
  autre: 'autre',
};

export function carrierKey(kind: CarrierKind): string {
  return CARRIER_KEYS[kind];
}

/** Decodes the shared view state and adds `porteurs`; unknown values are dropped, never thrown. */
export function decodeCatalogueState(search: string, opts: DecodeOptions = {}): CatalogueState {
  const params = new URLSearchParams(search);
  const keys = (params.get('porteurs') ?? '').split(',').map((s) => s.trim());
  const carrierKinds = CARRIER_KINDS.filter((k) => keys.includes(CARRIER_KEYS[k]));
  return { ...decodeState(params, opts), carrierKinds };
}

/** Encodes a catalogue state; the empty state gives '' (clean canonical URL). */
export function encodeCatalogueState(state: CatalogueState): string {
  const p = new URLSearchParams(encodeState(state));
  if (state.carrierKinds.length) {
    // Keep the version last, as the shared codec writes it.
    p.delete('v');
    p.set('porteurs', state.carrierKinds.map((k) => CARRIER_KEYS[k]).join(','));
    p.set('v', String(URL_STATE_VERSION));
  }
  return p.toString().replace(/%2C/g, ',');
}

export function matchesCatalogue(item: CatalogueItem, state: CatalogueState): boolean {
  if (state.territory && item.territory !== state.territory) return false;
  if (state.carrierKinds.length && !state.carrierKinds.includes(item.carrierKind)) return false;
  return matchesFilter(item, toFilter(state));
}

export type Facet = 'domains' | 'territory' | 'statuses' | 'carrierKinds';

/**
 * How many actions each option of `facet` would show, given the other facets as set (the usual
 * faceted-search count: an option's own facet is ignored so alternatives stay visible).
 */
export function facetCounts(
  items: readonly CatalogueItem[],
  state: CatalogueState,
  facet: Facet,
  keyOf: (item: CatalogueItem) => readonly string[],
): Map<string, number> {
  const cleared: CatalogueState = { ...state, [facet]: facet === 'territory' ? null : [] };
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matchesCatalogue(item, cleared)) continue;
    for (const k of keyOf(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
