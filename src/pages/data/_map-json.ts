/**
 * The body of the map island's data file in one edition (`/data/map.json`, `/data/map-en.json`).
 * Prefixed `_`: a helper of the two routes, not a route itself.
 */
import { getDataset } from '../../lib/dataset.ts';
import { coverage } from '../../lib/coverage.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { buildMapData } from '../../lib/map/build-map-data.ts';
import { loadGeo } from '../../lib/map/load-geo.ts';

export async function mapJson(lang: Lang): Promise<Response> {
  const data = await getDataset();
  const body = buildMapData({
    territories: data.territories,
    actions: data.actions,
    domains: data.domains,
    lastYear: data.lastYear,
    coverage: coverage(data.actions, data.territories, data.figures, lang).sentence,
    geo: loadGeo(),
    lang,
  });
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
