/** oEmbed of each frozen view: the iframe of its page under /embed/versions/<version>/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../lib/charts/registry.ts';
import { oembedResponse } from '../../../../lib/charts/responses.ts';
import { absolute } from '../../../../lib/charts/urls.ts';
import { getArchive } from '../../../../lib/releases/load.ts';
import { frozenFilePaths, frozenUrl, type FrozenPage } from '../../../../lib/releases/frozen.ts';

const LANG = 'fr';

export const getStaticPaths = (() => frozenFilePaths(getArchive(), false, LANG)) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: FrozenPage }> = ({ props: { page }, site }) => {
  const { snapshot } = page.release;
  const view = buildChart(page.id, snapshot.data, page.params, LANG);
  const src = absolute(frozenUrl(page.id, page.variant, snapshot.version, LANG), site);
  return oembedResponse(view, src, `${view.title} (version ${snapshot.version})`, site);
};
