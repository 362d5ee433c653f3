// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cspHashes } from './scripts/csp-hashes.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownInert } from './src/lib/markdown-inert.ts';
import { sveltiaSelfHosted } from './scripts/sveltia-self-hosted.ts';
import { sitemapAlternates } from './src/lib/i18n/sitemap.ts';

/**
 * SITE_URL: the public origin (canonical URLs, feeds, embeds, oEmbed). BASE_PATH: serve under a
 * sub-path such as /ctai/. Both default to local preview values.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Overridable so parallel builds (benchmarks, sub-path tests) do not share one folder.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Separate caches let fixture builds (tests, benchmarks) run without disturbing the main one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  trailingSlash: 'always',
  // Embeds (iframe views), the search page (noindex) and the editing interface stay out of the sitemap.
  // Pages with an English twin list both editions (hreflang alternates, src/lib/i18n/sitemap.ts).
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/(embed|recherche|admin)\//.test(new URL(page).pathname),
      serialize: (item) => {
        const links = sitemapAlternates(item.url, base);
        return links.length ? { ...item, links } : item;
      },
    }),
    cspHashes(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  build: { inlineStylesheets: 'always' },
  // Content Markdown is data: raw HTML shows as text, `javascript:` links are dropped.
  markdown: { processor: satteri({ mdastPlugins: [markdownInert] }) },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The editing interface's CMS is bundled from npm without its CDN font rules (see the plugin);
    // not pre-bundled in dev so the plugin sees it there too.
    plugins: [sveltiaSelfHosted()],
    optimizeDeps: { exclude: ['@sveltia/cms'] },
  },
});
