/**
 * The content as the tests see it, read straight from content/ (not through the site's code),
 * so a test compares the built pages with the files editors wrote.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ActionFile {
  id: string;
  title: string;
  territory: string;
  domains: string[];
}
export interface TerritoryFile {
  id: string;
  name: string;
}

const readJsonDir = <T>(dir: string): T[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);

export const actions = readJsonDir<ActionFile>('content/actions');
export const territories = readJsonDir<TerritoryFile>('content/territories');
export const figures = readJsonDir<{ id: string }>('content/figures');
export const domains = JSON.parse(readFileSync('content/domains.json', 'utf8')) as { id: string; label: string }[];

/** Articles with their draft flag, read from the frontmatter. */
export const articles = readdirSync('content/articles')
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => {
    const text = readFileSync(join('content/articles', f), 'utf8');
    const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    return { id: f.replace(/\.mdx?$/, ''), draft: /^draft:\s*true\s*$/m.test(fm) };
  });
export const publishedArticles = articles.filter((a) => !a.draft);

export const DIST = process.env.ASTRO_OUT_DIR ?? 'dist';

/** Every built HTML file, as site paths (`/territoires/grenoble/`). */
export function builtPages(dir = DIST, prefix = '/'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...builtPages(full, `${prefix}${name}/`));
    else if (name === 'index.html') out.push(prefix);
  }
  return out;
}

/** Does a site path resolve to a built file? */
export function resolves(path: string): boolean {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const file = join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
  return existsSync(file);
}

/** Internal links (`href="/…"`) of a built page. */
export function internalLinks(sitePath: string): string[] {
  const html = readFileSync(join(DIST, sitePath, 'index.html'), 'utf8');
  return [...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
