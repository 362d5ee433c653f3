import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { absolute, jsonEnvelope, jsonResponse } from '../../lib/open-data.ts';
import { routes } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getDataset();
  const items = data.articles.map((a) => ({ id: a.id, ...a.data, page: absolute(routes.article(a.id), site) }));
  return jsonResponse(jsonEnvelope('Articles sur les CTAI', items, site));
};
