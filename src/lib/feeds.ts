/**
 * RSS items for articles and for a territory's feed (its articles and the dated steps of its
 * contract). Partial dates are placed on their first day, the earliest date they can mean.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Article } from './dataset.ts';
import type { Territory } from '../schemas/territory.ts';
import { formatPartialDate, frenchTypography } from './format.ts';
import { routes } from './paths.ts';

/** `2019`, `2019-06` or `2019-06-12` → a Date at UTC midnight of the first day; undefined when unknown. */
export function partialToDate(value: string): Date | undefined {
  if (!value) return undefined;
  const [y, m = '01', d = '01'] = value.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

export function articleItem(a: Article): RSSFeedItem {
  const item: RSSFeedItem = {
    title: frenchTypography(a.data.title),
    link: routes.article(a.id),
    description: frenchTypography(a.data.summary),
    categories: [a.data.kindLabel, ...(a.data.theme ? [a.data.theme] : [])],
  };
  const date = partialToDate(a.data.date);
  if (date) item.pubDate = date;
  return item;
}

export function contractEventItems(t: Territory): RSSFeedItem[] {
  return t.contract.events.map((e, i) => {
    const item: RSSFeedItem = {
      title: frenchTypography(
        `${t.name} : ${e.kindOriginal || e.kind}, ${e.date.value ? formatPartialDate(e.date) : 'date inconnue'}`,
      ),
      link: `${routes.territory(t.id)}#chronologie`,
      description: frenchTypography(e.text),
      customData: `<guid isPermaLink="false">${t.id}-evenement-${i + 1}-${e.date.value || 'sans-date'}</guid>`,
    };
    const date = partialToDate(e.date.value);
    if (date) item.pubDate = date;
    return item;
  });
}

/** Newest first; undated items last. */
export function byDateDesc(a: RSSFeedItem, b: RSSFeedItem): number {
  return (b.pubDate ? new Date(b.pubDate).getTime() : -Infinity) - (a.pubDate ? new Date(a.pubDate).getTime() : -Infinity) || 0;
}
