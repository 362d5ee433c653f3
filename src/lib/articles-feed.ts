/**
 * The articles feed of an edition. Articles and our summaries of them are French in both: the
 * English feed has an English channel (title, description, link to /en/articles/) and says the
 * items are in French rather than translating them.
 */
import rss from '@astrojs/rss';
import { getDataset } from './dataset.ts';
import { articleItem } from './feeds.ts';
import { t } from './i18n/index.ts';
import type { Lang } from './i18n/lang.ts';
import { routesFor } from './paths.ts';

export async function articlesFeed(lang: Lang, site: URL): Promise<Response> {
  const data = await getDataset();
  const d = t(lang);
  return rss({
    title: d.layout.feedTitle,
    description: d.articlesPage.feedDescription,
    // The channel's link: the edition's home.
    site: new URL(routesFor(lang).home(), site).href,
    items: data.articles.map(articleItem),
    // The items' language: French in both editions (the channel's own text aside).
    customData: '<language>fr</language>',
    // Our links already end with a slash (or a #fragment, which must stay last).
    trailingSlash: false,
  });
}
