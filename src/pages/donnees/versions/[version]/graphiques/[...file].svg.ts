/** Standalone SVG of each frozen view, its source line dated with the release. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../../lib/charts/registry.ts';
import { svgResponse } from '../../../../../lib/charts/responses.ts';
import { absolute } from '../../../../../lib/charts/urls.ts';
import { getArchive } from '../../../../../lib/releases/load.ts';
import { frozenFilePaths, frozenUrl, type FrozenPage } from '../../../../../lib/releases/frozen.ts';

const LANG = 'fr';

export const getStaticPaths = (() => frozenFilePaths(getArchive(), false, LANG)) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: FrozenPage }> = ({ props: { page }, site }) => {
  const { snapshot } = page.release;
  const view = buildChart(page.id, snapshot.data, page.params, LANG);
  return svgResponse(view, absolute(frozenUrl(page.id, page.variant, snapshot.version, LANG), site), snapshot);
};
