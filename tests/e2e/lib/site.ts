/**
 * What the built site contains, read from disk so the checks cover whatever pages exist: the pages
 * of the sitemap, the embed pages (kept out of the sitemap), the 404 page, and an internal link
 * checker. Paths include the base path (BASE_PATH, e.g. /ctai/).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = process.env.ASTRO_OUT_DIR ?? 'dist';
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every HTML file of the build. */
export function htmlFiles(dist = DIST): string[] {
  return walk(dist).filter((f) => f.endsWith('.html'));
}

/** Path of every page listed by the sitemap(s), e.g. `/ctai/territoires/grenoble/`. */
export function sitemapPages(dist = DIST, base = BASE): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} absent : construisez le site (npm run build)`);
  const locs = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  return locs(index)
    .flatMap((sitemap) => locs(join(dist, new URL(sitemap).pathname.slice(base.length))))
    .map((loc) => new URL(loc).pathname)
    .sort();
}

/**
 * Embed pages, not in the sitemap since they are meant for iframes: every chart and map under
 * `/embed/` — its default view (`/embed/<chart>/`), its views of a territory or domain
 * (`/embed/<chart>/<view>/`) and each release's frozen views (`/embed/versions/<version>/…`), in
 * both editions (`/en/embed/…`).
 */
export function embedPages(dist = DIST, base = BASE): string[] {
  const pagesIn = (rel: string): string[] => {
    const dir = join(dist, rel);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => [
        ...(existsSync(join(dir, d.name, 'index.html')) ? [`${base}${rel}/${d.name}/`] : []),
        ...pagesIn(`${rel}/${d.name}`),
      ]);
  };
  return [...pagesIn('embed'), ...pagesIn('en/embed')].sort();
}

/** A URL that exists nowhere, served with the 404 page when the build has one. */
export function notFoundPage(dist = DIST, base = BASE): string | null {
  return existsSync(join(dist, '404.html')) ? `${base}page-absente-pour-les-tests/` : null;
}

/** Pages kept out of search engines (`noindex`, e.g. the search page), other than embeds, 404 and /admin/. */
export function noindexPages(dist = DIST, base = BASE): string[] {
  return (
    htmlFiles(dist)
      .map((f) => f.slice(dist.length).replace(/\\/g, '/').replace(/^\//, ''))
      // The editing interface (/admin/) is no reader's page: it has its own spec (admin.spec.ts).
      .filter((rel) => rel.endsWith('/index.html') && !/^(en\/)?embed\//.test(rel) && !rel.startsWith('admin/'))
      .filter((rel) => /<meta name="robots" content="noindex/.test(readFileSync(join(dist, rel), 'utf8')))
      .map((rel) => base + rel.slice(0, -'index.html'.length))
      .sort()
  );
}

/** Every page a reader can reach: sitemap, noindex pages, embeds, and the 404 page. */
export function allPages(dist = DIST, base = BASE): string[] {
  const notFound = notFoundPage(dist, base);
  // Once each: a noindex page may be in the sitemap too (the English 404 and search pages are).
  return [
    ...new Set([
      ...sitemapPages(dist, base),
      ...noindexPages(dist, base),
      ...embedPages(dist, base),
      ...(notFound ? [notFound] : []),
    ]),
  ];
}

/** The built HTML a page path is served from (the 404 page for the missing-page path). */
export function pageHtml(path: string, dist = DIST, base = BASE): string {
  if (path === notFoundPage(dist, base)) return readFileSync(join(dist, '404.html'), 'utf8');
  const file = fileFor(dist, base, path);
  if (!file) throw new Error(`${path} : aucun fichier dans ${dist}`);
  return readFileSync(file, 'utf8');
}

/** Elements that make the browser fetch something as the page loads (links to follow excluded). */
const FETCHING = [
  /<(?:script|img|iframe|frame|embed|video|audio|source|track|input)\b[^>]*?\s(?:src|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi,
  /<(?:img|source)\b[^>]*?\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi,
  /<object\b[^>]*?\sdata\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi,
  /<link\b(?=[^>]*\srel\s*=\s*["']?(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|apple-touch-icon|manifest))[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi,
  /url\(\s*["']?([^"')]+)/gi,
  /<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*content\s*=\s*["'][^"']*url=([^"']+)/gi,
];

/**
 * Resources another origin would serve to this page as it loads, read from its HTML: scripts,
 * styles, fonts, images, frames, media, preloads, CSS `url()`. The crawl visits one page of each
 * template and state in the browser (requests made by scripts); this covers what differs from
 * one page to the next, the content, on every page.
 */
export function foreignResources(html: string): string[] {
  const found: string[] = [];
  for (const re of FETCHING)
    for (const m of html.matchAll(re)) {
      const value = decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
      for (const candidate of re.source.includes('srcset')
        ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
        : [value])
        if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(candidate.trim()) && !/^(?:data|blob):/i.test(candidate.trim()))
          found.push(candidate.trim());
    }
  return found;
}

export interface BrokenLink {
  page: string;
  target: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src|poster|action|data-src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const SRCSET = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The file a site path is served from, or null. */
/** The file of `dist` a URL path under `base` is served from, or null. */
export function fileFor(dist: string, base: string, path: string): string | null {
  const rel = decodeURIComponent(path.slice(base.length));
  const file = join(dist, rel);
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
}

/**
 * Internal links and assets of every built page that do not resolve to a file of the build, or
 * that leave the base path (a site under /ctai/ must never link to /carte/).
 */
export function brokenLinks(dist = DIST, base = BASE): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dist)) {
    const page =
      base +
      file
        .slice(dist.length + 1)
        .replace(/index\.html$/, '')
        .replace(/\\/g, '/');
    const html = readFileSync(file, 'utf8');
    const values = [
      ...[...html.matchAll(ATTRIBUTE)].map((m) => m[1] ?? m[2] ?? ''),
      ...[...html.matchAll(SRCSET)].flatMap((m) => (m[1] ?? m[2] ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')),
    ];
    for (const raw of new Set(values.map(decodeEntities))) {
      if (!raw || raw.startsWith('#') || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
      const url = new URL(raw, `http://site.invalid${page}`);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, target: raw, reason: `hors du chemin de base ${base}` });
      } else if (!fileFor(dist, base, url.pathname)) {
        broken.push({ page, target: raw, reason: 'aucun fichier dans le build' });
      }
    }
  }
  return broken;
}
