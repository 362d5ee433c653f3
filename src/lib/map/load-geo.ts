/**
 * Build-time only (node:fs): reads the web-ready geometry written by `npm run geo` into
 * public/geo/. Never imported by browser code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { TerritoryRole } from './map-data.ts';
import { nudgeCoincident } from './nudge.ts';

export type AreaFeature<P> = Feature<Polygon | MultiPolygon, P>;

export interface GeoBundle {
  regions: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; zone?: string }>;
  departements: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; region?: string; zone?: string }>;
  territories: FeatureCollection<
    Polygon | MultiPolygon,
    { id: string; name: string; role: TerritoryRole; siren: string | null; kind: string }
  >;
  labels: FeatureCollection<Point, { id: string; name: string; exact: boolean }>;
  credits: { note: string; sources: { name: string; licence: string; url?: string }[] };
  /** Symbol position per territory id, [lon, lat], coincident points spread apart. */
  points: Map<string, [number, number]>;
}

const GEO_DIR = process.env.GEO_OUT_DIR ?? 'public/geo';
let cached: GeoBundle | undefined;

/** Overseas régions are coded 01–06; the local data also marks them `zone: 'drom'`. */
export const isOverseas = (props: { code: string; zone?: string | undefined }) =>
  props.zone === 'drom' || /^0\d$/.test(props.code);

/** Distance, in degrees, between symbols that would otherwise sit on the same point. */
const NUDGE = 0.12;

export function loadGeo(dir = GEO_DIR): GeoBundle {
  if (cached) return cached;
  const read = <T>(name: string): T => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`${path} manquant : lancez \`npm run geo\` avant la construction du site`);
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  };
  const labels = read<GeoBundle['labels']>('labels.geojson');
  const nudged = nudgeCoincident(labels.features, (f) => f.geometry.coordinates as [number, number], NUDGE);
  cached = {
    regions: read('regions.geojson'),
    departements: read('departements.geojson'),
    territories: read('territories.geojson'),
    labels,
    credits: read('credits.json'),
    points: new Map(labels.features.map((f, i) => [f.properties.id, nudged[i]!])),
  };
  return cached;
}
