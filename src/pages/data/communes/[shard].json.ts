/**
 * `/data/communes/<shard>.json`: one shard of the commune lookup (src/lib/commune/lookup-index.ts):
 * the communes whose name starts with a letter (`n-a`), or those of a département (`d-69`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { communeIndex } from '../../../lib/commune/build-index.ts';

export const getStaticPaths = (async () => {
  const { shards } = communeIndex(await getDataset());
  return [...shards.keys()].map((shard) => ({ params: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const rows = communeIndex(await getDataset()).shards.get(params.shard!) ?? [];
  return new Response(JSON.stringify({ rows }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
