/** PNG of each frozen default view (filtered ones are drawn in the browser from their SVG). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../../lib/charts/registry.ts';
import { pngResponse } from '../../../../../lib/charts/responses.ts';
import { absolute } from '../../../../../lib/charts/urls.ts';
import { getArchive } from '../../../../../lib/releases/load.ts';
import { frozenFilePaths, frozenUrl, type FrozenPage } from '../../../../../lib/releases/frozen.ts';

const LANG = 'fr';

export const getStaticPaths = (() => frozenFilePaths(getArchive(), true, LANG)) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: FrozenPage }> = ({ props: { page }, site }) => {
  const { snapshot } = page.release;
  const view = buildChart(page.id, snapshot.data, page.params, LANG);
  return pngResponse(view, absolute(frozenUrl(page.id, page.variant, snapshot.version, LANG), site), snapshot);
};
