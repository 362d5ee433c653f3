/** oEmbed of each frozen view: the iframe of its page under /embed/versions/<version>/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../lib/charts/registry.ts';
import { estimatedHeight, iframeCode, oembedJson } from '../../../../lib/charts/export.ts';
import { absolute, chartUrls } from '../../../../lib/charts/urls.ts';
import { routes } from '../../../../lib/paths.ts';
import { getArchive } from '../../../../lib/releases/load.ts';
import { frozenFilePaths, frozenUrl, type FrozenPage } from '../../../../lib/releases/frozen.ts';

export const getStaticPaths = (() => frozenFilePaths(getArchive())) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: FrozenPage }> = ({ props: { page }, site }) => {
  const { snapshot } = page.release;
  const view = buildChart(page.id, snapshot.data, page.params);
  const src = absolute(frozenUrl(page.id, page.variant, snapshot.version), site);
  const height = estimatedHeight(view);
  const title = `${view.title} (version ${snapshot.version})`;
  const html = iframeCode({
    src,
    title: `${title} — Atlas CTAI`,
    height,
    scriptSrc: absolute(chartUrls.parentScript(), site),
    link: src,
  });
  const body = oembedJson({ title, html, height, providerUrl: absolute(routes.home(), site) });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
