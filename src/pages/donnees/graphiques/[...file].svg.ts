/** Standalone SVG of each chart view (title, notes and source included), for download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { standaloneSvg } from '../../../lib/charts/export.ts';
import { viewPaths } from '../../../lib/charts/files.ts';
import type { ChartView } from '../../../lib/charts/types.ts';
import { absolute, chartUrls } from '../../../lib/charts/urls.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset())) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ChartView }> = ({ props, site }) => {
  const { view } = props;
  return new Response(standaloneSvg(view, absolute(chartUrls.embed(view.id, view.variant), site)), {
    headers: { 'content-type': 'image/svg+xml' },
  });
};
