/** PNG of each chart's default view, rendered at build time with resvg and Noto Sans. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { viewOfFile, viewPaths, type ViewFileProps } from '../../../lib/charts/files.ts';
import { pngResponse } from '../../../lib/charts/responses.ts';
import { absolute, chartUrls } from '../../../lib/charts/urls.ts';
import { liveEdition } from '../../../lib/releases/load.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset(), true)) satisfies GetStaticPaths;

export const GET: APIRoute<ViewFileProps> = async ({ props, site }) => {
  const view = viewOfFile(await getDataset(), props);
  return pngResponse(view, absolute(chartUrls.embed(view.id, view.variant), site), liveEdition());
};
