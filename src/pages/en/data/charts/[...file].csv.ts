/** English edition: CSV of each chart view: exactly the rows of the table under the chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../../lib/dataset.ts';
import { viewOfFile, viewPaths, type ViewFileProps } from '../../../../lib/charts/files.ts';
import { csvResponse } from '../../../../lib/charts/responses.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset(), false, 'en')) satisfies GetStaticPaths;

export const GET: APIRoute<ViewFileProps> = async ({ props }) => csvResponse(viewOfFile(await getDataset(), props));
