import type { APIRoute } from 'astro';
import { href } from '../lib/paths.ts';

/** Everything may be crawled except the embeds (made for other sites' iframes) and the editing interface; points to the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('/sitemap-index.xml'), site).href;
  return new Response(
    `User-agent: *\nDisallow: ${href('/embed/')}\nDisallow: ${href('/en/embed/')}\nDisallow: ${href('/admin/')}\n\nSitemap: ${sitemap}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
