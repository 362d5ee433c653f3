import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { articleItem, byDateDesc, contractEventItems } from '../../../lib/feeds.ts';

export const getStaticPaths = (async () => {
  const data = await getDataset();
  return data.territories.map((t) => ({ params: { id: t.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getDataset();
  const t = data.territoryById.get(params['id']!)!;
  const items = [
    ...contractEventItems(t),
    ...data.articles.filter((a) => a.data.territories.includes(t.id)).map(articleItem),
  ].sort(byDateDesc);
  return rss({
    title: `Atlas CTAI · ${t.name}`,
    description: `Le contrat territorial d’accueil et d’intégration de ${t.name} : étapes du contrat et articles.`,
    site: site!,
    items,
    customData: '<language>fr</language>',
    // Our links already end with a slash (or a #fragment, which must stay last).
    trailingSlash: false,
  });
};
