/** English edition: static oEmbed response per chart view (`type: rich`, html = our iframe code). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { viewOfFile, viewPaths, type ViewFileProps } from '../../../lib/charts/files.ts';
import { oembedResponse } from '../../../lib/charts/responses.ts';
import { absolute, chartUrlsFor } from '../../../lib/charts/urls.ts';

export const getStaticPaths = (async () => viewPaths(await getDataset(), false, 'en')) satisfies GetStaticPaths;

export const GET: APIRoute<ViewFileProps> = async ({ props, site }) => {
  const view = viewOfFile(await getDataset(), props);
  return oembedResponse(view, absolute(chartUrlsFor('en').embed(view.id, view.variant), site), view.title, site);
};
