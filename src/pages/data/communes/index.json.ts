/**
 * `/data/communes/index.json`: the commune lookup's entry point (territories, sources, shard
 * list). Fetched only when a reader uses « Ma commune est-elle concernée ? ».
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { communeIndex } from '../../../lib/commune/build-index.ts';

export const GET: APIRoute = async () => {
  const { meta } = communeIndex(await getDataset());
  return new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
