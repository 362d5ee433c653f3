import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { absolute, jsonEnvelope, jsonResponse } from '../../lib/open-data.ts';
import { routes } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getDataset();
  const items = data.actions.map((a) => ({ ...a, page: absolute(routes.action(a.id), site) }));
  return jsonResponse(jsonEnvelope('Actions documentées des CTAI', items, site));
};
