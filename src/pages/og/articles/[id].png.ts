import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { formatIsoDate, frenchTypography } from '../../../lib/format.ts';
import { pngResponse, renderOgImage } from '../../../lib/og-image.ts';

export const getStaticPaths = (async () => {
  const data = await getDataset();
  return data.articles.map((a) => ({ params: { id: a.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getDataset();
  const a = data.articles.find((x) => x.id === params['id'])!;
  const summary = a.data.summary.length > 140 ? `${a.data.summary.slice(0, 137).trimEnd()}…` : a.data.summary;
  return pngResponse(
    await renderOgImage({
      kicker: `${a.data.kindLabel}${a.data.date ? ` · ${formatIsoDate(a.data.date)}` : ''}`,
      title: frenchTypography(a.data.title),
      subtitle: frenchTypography(summary),
    }),
  );
};
