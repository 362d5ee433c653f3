import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { jsonEnvelope, jsonResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getDataset();
  const items = [...data.figures].sort((a, b) => a.id.localeCompare(b.id));
  return jsonResponse(jsonEnvelope('Chiffres clés des CTAI', items, site));
};
