/** English edition: PNG of each chart's default view, rendered at build time with resvg and Noto Sans. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../../lib/dataset.ts';
import { viewOfFile, viewPaths, type ViewFileProps } from '../../../../lib/charts/files.ts';
import { pngResponse } from '../../../../lib/charts/responses.ts';
import { absolute, chartUrlsFor } from '../../../../lib/charts/urls.ts';
import { liveEdition } from '../../../../lib/releases/load.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset(), true, 'en')) satisfies GetStaticPaths;

export const GET: APIRoute<ViewFileProps> = async ({ props, site }) => {
  const view = viewOfFile(await getDataset(), props);
  return pngResponse(view, absolute(chartUrlsFor('en').embed(view.id, view.variant), site), liveEdition());
};
