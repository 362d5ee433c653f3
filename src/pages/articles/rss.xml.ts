import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { articleItem } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getDataset();
  return rss({
    title: 'Atlas CTAI · articles',
    description:
      'Fabriques du Lab’R, actualités, études et publications sur les contrats territoriaux d’accueil et d’intégration.',
    site: site!,
    items: data.articles.map(articleItem),
    customData: '<language>fr</language>',
    // Our links already end with a slash (or a #fragment, which must stay last).
    trailingSlash: false,
  });
};
