/** PNG of each frozen default view (filtered ones are drawn in the browser from their SVG). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../../lib/charts/registry.ts';
import { standaloneSvg } from '../../../../../lib/charts/export.ts';
import { svgToPng } from '../../../../../lib/charts/png.ts';
import { absolute } from '../../../../../lib/charts/urls.ts';
import { getArchive } from '../../../../../lib/releases/load.ts';
import { frozenFilePaths, frozenUrl, type FrozenPage } from '../../../../../lib/releases/frozen.ts';

export const getStaticPaths = (() => frozenFilePaths(getArchive(), true)) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: FrozenPage }> = ({ props: { page }, site }) => {
  const { snapshot } = page.release;
  const view = buildChart(page.id, snapshot.data, page.params);
  const png = svgToPng(standaloneSvg(view, absolute(frozenUrl(page.id, page.variant, snapshot.version), site), snapshot));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
