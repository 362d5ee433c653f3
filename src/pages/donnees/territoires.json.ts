import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { absolute, jsonEnvelope, jsonResponse } from '../../lib/open-data.ts';
import { routes } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getDataset();
  const items = data.territories.map((t) => ({
    ...t,
    actionCount: data.actions.filter((a) => a.territory === t.id).length,
    page: absolute(routes.territory(t.id), site),
  }));
  return jsonResponse(jsonEnvelope('Territoires engagés dans un CTAI', items, site));
};
