/** English edition: Standalone SVG of each chart view (title, notes and source included), for download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../../lib/dataset.ts';
import { viewOfFile, viewPaths, type ViewFileProps } from '../../../../lib/charts/files.ts';
import { svgResponse } from '../../../../lib/charts/responses.ts';
import { absolute, chartUrlsFor } from '../../../../lib/charts/urls.ts';
import { liveEdition } from '../../../../lib/releases/load.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset(), false, 'en')) satisfies GetStaticPaths;

export const GET: APIRoute<ViewFileProps> = async ({ props, site }) => {
  const view = viewOfFile(await getDataset(), props);
  return svgResponse(view, absolute(chartUrlsFor('en').embed(view.id, view.variant), site), liveEdition());
};
