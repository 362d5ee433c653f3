/**
 * The shape of `/data/map.json`: everything the map island needs, prepared at build time
 * (src/pages/data/map.json.ts) so the browser never parses raw content. Actions are kept as
 * small filterable records because the filters combine domain, years and status: a
 * pre-aggregated cube would be larger than the records themselves.
 */
import type { ActionLike } from '../aggregate.ts';

export type TerritoryRole = 'signataire' | 'rattachement' | 'département' | 'région';

export interface MapAction extends ActionLike {
  title: string;
  /** Page of the action on this site (already prefixed with the base path). */
  url: string;
  /** Set when the title is not in the file's language (a French title in the English edition). */
  titleLang?: 'fr' | 'en';
}

export interface MapTerritory {
  id: string;
  name: string;
  /** The name printed on the map: the main city's (« Auch »), else the territory's. */
  labelName: string;
  /** Normalised signatory kind (« métropole », « ville »…). */
  kind: string;
  /** URL key of the kind, for the « Type de signataire » filter (src/lib/signatory-kinds.ts). */
  kindKey: string;
  /** What the drawn polygon is: the signatory's own area, or only the context of a signing city. */
  role: TerritoryRole;
  /** Name of the drawn area (the EPCI, the département or the région). */
  areaName: string;
  /** Set when the sources do not name the signatory: what they do say (« département probable, non vérifié »). */
  signatoryCaveat: string | null;
  /** First signature, formatted with its precision (« 12 juin 2019 », « 2021 », « date inconnue »). */
  firstSignature: string;
  /** Contract label as the sources name it (CTAIR, CTAI). */
  contract: string;
  namedByDiair: boolean;
  /** Page of the territory (base path included). */
  url: string;
  /** Where the symbol is drawn, [lon, lat]: the main city, nudged apart when two coincide. */
  point: [number, number];
  /** Bounds of the polygon, [west, south, east, north]. */
  bbox: [number, number, number, number];
}

export interface MapDomain {
  id: string;
  label: string;
  shortLabel: string;
  color: string;
}

/** A part of France the map can jump to (metropolitan France and each overseas région). */
export interface MapZone {
  id: string;
  name: string;
  bbox: [number, number, number, number];
}

export interface MapData {
  territories: MapTerritory[];
  actions: MapAction[];
  domains: MapDomain[];
  statuses: { id: string; key: string; label: string }[];
  /** Years offered by the year filter. */
  years: number[];
  lastYear: number;
  zones: MapZone[];
  /** Largest number of documented actions of a territory, unfiltered: fixes the symbol scale. */
  maxCount: number;
  /** « 46 actions documentées sur plus de 400 annoncées par le programme » */
  coverage: string;
}
