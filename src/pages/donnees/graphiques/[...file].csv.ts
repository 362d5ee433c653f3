/** CSV of each chart view: exactly the rows of the table under the chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { toCsv } from '../../../lib/charts/export.ts';
import { viewOfFile, viewPaths, type ViewFileProps } from '../../../lib/charts/files.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset())) satisfies GetStaticPaths;

export const GET: APIRoute<ViewFileProps> = async ({ props }) =>
  new Response(toCsv(viewOfFile(await getDataset(), props).table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
