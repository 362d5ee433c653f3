/** Standalone SVG of each chart view (title, notes and source included), for download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { standaloneSvg } from '../../../lib/charts/export.ts';
import { viewOfFile, viewPaths, type ViewFileProps } from '../../../lib/charts/files.ts';
import { absolute, chartUrls } from '../../../lib/charts/urls.ts';
import { liveEdition } from '../../../lib/releases/load.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset())) satisfies GetStaticPaths;

export const GET: APIRoute<ViewFileProps> = async ({ props, site }) => {
  const view = viewOfFile(await getDataset(), props);
  return new Response(standaloneSvg(view, absolute(chartUrls.embed(view.id, view.variant), site), liveEdition()), {
    headers: { 'content-type': 'image/svg+xml' },
  });
};
