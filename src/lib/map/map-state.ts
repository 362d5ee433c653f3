/**
 * The map's view in the URL: the shared view state (domains, years, statuses, territory) plus the
 * kinds of signatory shown (`?signataires=communaute-de-communes,commune`), so « the rural
 * contracts » is a link like any other view. Unknown kinds are dropped, never thrown.
 */
import { decodeState, encodeState, URL_STATE_VERSION, type DecodeOptions, type ViewState } from '../url-state.ts';
import { SIGNATORY_KIND_ORDER, signatoryKindFromKey, signatoryKindKey, type SignatoryKind } from '../signatory-kinds.ts';

export interface MapViewState extends ViewState {
  /** Kinds of signatory shown; empty means all. */
  signatoryKinds: SignatoryKind[];
}

export const EMPTY_MAP_STATE: MapViewState = {
  domains: [],
  statuses: [],
  yearFrom: null,
  yearTo: null,
  territory: null,
  signatoryKinds: [],
};

const PARAM = 'signataires';

export function decodeMapState(search: string | URLSearchParams, opts: DecodeOptions = {}): MapViewState {
  const params = new URLSearchParams(search);
  // Repeated parameters (a form submitted without JavaScript) and comma lists read the same.
  const keys = params.getAll(PARAM).flatMap((v) => v.split(',').map((s) => s.trim()));
  const kinds = new Set(keys.map(signatoryKindFromKey).filter((k): k is SignatoryKind => k !== null));
  return { ...decodeState(params, opts), signatoryKinds: SIGNATORY_KIND_ORDER.filter((k) => kinds.has(k)) };
}

/** Encodes a map state; the empty state gives '' (clean canonical URL). */
export function encodeMapState(state: MapViewState): string {
  const p = new URLSearchParams(encodeState(state));
  if (state.signatoryKinds.length) {
    // Keep the version last, as the shared codec writes it.
    p.delete('v');
    p.set(PARAM, state.signatoryKinds.map(signatoryKindKey).join(','));
    p.set('v', String(URL_STATE_VERSION));
  }
  return p.toString().replace(/%2C/g, ',');
}

/** Whether a territory of this kind is shown under the state (all are when no kind is chosen). */
export function kindShown(state: Pick<MapViewState, 'signatoryKinds'>, kind: SignatoryKind): boolean {
  return state.signatoryKinds.length === 0 || state.signatoryKinds.includes(kind);
}
