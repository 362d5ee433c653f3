/** Static oEmbed response per chart view (`type: rich`, html = our iframe code). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { estimatedHeight, iframeCode, oembedJson } from '../../lib/charts/export.ts';
import { viewOfFile, viewPaths, type ViewFileProps } from '../../lib/charts/files.ts';
import { absolute, chartUrls } from '../../lib/charts/urls.ts';
import { routes } from '../../lib/paths.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset())) satisfies GetStaticPaths;

export const GET: APIRoute<ViewFileProps> = async ({ props, site }) => {
  const view = viewOfFile(await getDataset(), props);
  const src = absolute(chartUrls.embed(view.id, view.variant), site);
  const height = estimatedHeight(view);
  const html = iframeCode({
    src,
    title: `${view.title} — Atlas CTAI`,
    height,
    scriptSrc: absolute(chartUrls.parentScript(), site),
    link: src,
  });
  const body = oembedJson({ title: view.title, html, height, providerUrl: absolute(routes.home(), site) });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
