/**
 * The geometry MapLibre draws, fetched with MapLibre (never before the reader asks for the map):
 * two quantized TopoJSON files written by `npm run geo` (`basemap.topojson`: départements,
 * régions, rivers, places; `territories.topojson`), decoded here with topojson-client into the
 * GeoJSON MapLibre's sources take. About a third of the bytes of the same layers as GeoJSON.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface BasemapLayers {
  departements: FeatureCollection;
  regions: FeatureCollection;
  rivers: FeatureCollection | null;
  places: FeatureCollection | null;
  territories: FeatureCollection;
}

async function getTopology(url: string): Promise<Topology> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} : HTTP ${r.status}`);
  return (await r.json()) as Topology;
}

function layer(topo: Topology, name: string): FeatureCollection | null {
  const o = topo.objects[name];
  return o ? (feature(topo, o as GeometryCollection) as FeatureCollection) : null;
}

export async function loadBasemap(geoBase: string): Promise<BasemapLayers> {
  const [base, areas] = await Promise.all([
    getTopology(`${geoBase}basemap.topojson`),
    getTopology(`${geoBase}territories.topojson`),
  ]);
  const required = (topo: Topology, name: string) => {
    const fc = layer(topo, name);
    if (!fc) throw new Error(`couche « ${name} » absente du fond de carte (relancez npm run geo)`);
    return fc;
  };
  return {
    departements: required(base, 'departements'),
    regions: required(base, 'regions'),
    rivers: layer(base, 'rivers'),
    places: layer(base, 'places'),
    territories: required(areas, 'territories'),
  };
}
