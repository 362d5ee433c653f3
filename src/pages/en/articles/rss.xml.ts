/** /en/articles/rss.xml: the English edition's feed (English channel, articles in French). */
import type { APIRoute } from 'astro';
import { articlesFeed } from '../../../lib/articles-feed.ts';

export const GET: APIRoute = ({ site }) => articlesFeed('en', site!);
