/**
 * `/data/map.json`: the map island's data (territories, filterable action records, domains,
 * zones), built once at build time. See src/lib/map/map-data.ts for the shape.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { coverage } from '../../lib/coverage.ts';
import { buildMapData } from '../../lib/map/build-map-data.ts';
import { loadGeo } from '../../lib/map/load-geo.ts';

export const GET: APIRoute = async () => {
  const data = await getDataset();
  const body = buildMapData({
    territories: data.territories,
    actions: data.actions,
    domains: data.domains,
    lastYear: data.lastYear,
    coverage: coverage(data.actions, data.territories, data.figures).sentence,
    geo: loadGeo(),
  });
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
