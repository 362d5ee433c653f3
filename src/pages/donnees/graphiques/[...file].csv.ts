/** CSV of each chart view: exactly the rows of the table under the chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { toCsv } from '../../../lib/charts/export.ts';
import { viewPaths } from '../../../lib/charts/files.ts';
import type { ChartView } from '../../../lib/charts/types.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset())) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ChartView }> = ({ props }) =>
  new Response(toCsv(props.view.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
