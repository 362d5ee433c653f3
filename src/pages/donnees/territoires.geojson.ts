/**
 * Territories as GeoJSON points (label points made by `npm run geo`, read through `loadGeo`),
 * with the main fields of territoires.csv. Polygons stay in the map's own files (their licence
 * and size make points the practical open-data format).
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { loadGeo } from '../../lib/map/load-geo.ts';
import { absolute, DATA_VERSION, jsonResponse, LICENCE, territoryFeatureProperties } from '../../lib/open-data.ts';
import { routes } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getDataset();
  const { labels } = loadGeo();
  const pointOf = new Map(labels.features.map((f) => [f.properties.id, f]));
  const missing = data.territories.filter((t) => !pointOf.has(t.id)).map((t) => t.id);
  if (missing.length) throw new Error(`territoires.geojson : pas de point pour ${missing.join(', ')} (relancez \`npm run geo\`)`);
  const collection = {
    type: 'FeatureCollection',
    name: 'territoires',
    version: DATA_VERSION,
    licence: LICENCE,
    features: data.territories.map((t) => {
      const f = pointOf.get(t.id)!;
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          ...territoryFeatureProperties(t, data.actions.filter((a) => a.territory === t.id).length),
          point_exact: f.properties.exact,
          page: absolute(routes.territory(t.id), site),
        },
      };
    }),
  };
  return jsonResponse(collection, 'application/geo+json');
};
