/** /articles/rss.xml: the French edition's feed of articles. */
import type { APIRoute } from 'astro';
import { articlesFeed } from '../../lib/articles-feed.ts';

export const GET: APIRoute = ({ site }) => articlesFeed('fr', site!);
