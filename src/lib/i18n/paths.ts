/**
 * Routes of each edition and the twin of a page in the other language. French paths are the
 * site's historical addresses; English pages live under /en/ with English slugs. Only the pages
 * that exist in English have a twin (TWINS); the others return null and the switch leads to the
 * other edition's home. Pure and browser-safe: paths here are without the `base` prefix.
 */
import { CHART_IDS } from '../charts/types.ts';
import type { Lang } from './lang.ts';

/**
 * [French path pattern, English path pattern]; `*` is one path segment (an id or a key), `:chart`
 * a chart id (so the map's and figures' embeds, which have no English twin, never match).
 */
const TWINS: ReadonlyArray<readonly [string, string]> = [
  ['/', '/en/'],
  ['/territoires/', '/en/territories/'],
  ['/territoires/signataire/*/', '/en/territories/kind/*/'],
  ['/territoires/*/', '/en/territories/*/'],
  ['/actions/', '/en/actions/'],
  ['/actions/*/', '/en/actions/*/'],
  ['/a-propos/', '/en/about/'],
  ['/donnees/', '/en/data/'],
  ['/recherche/', '/en/search/'],
  ['/articles/', '/en/articles/'],
  ['/carte/', '/en/map/'],
  ['/embed/carte/*/', '/en/embed/map/*/'],
  ['/graphiques/', '/en/charts/'],
  ['/embed/:chart/', '/en/embed/:chart/'],
  ['/embed/:chart/*/', '/en/embed/:chart/*/'],
  // Frozen views exist in English for each chart's default view only (lib/releases/frozen.ts).
  ['/embed/versions/*/:chart/', '/en/embed/versions/*/:chart/'],
];

const CHARTS: ReadonlySet<string> = new Set(CHART_IDS);

/** The segments `pattern`'s wildcards capture in `path`, in order, or undefined when it does not match. */
function match(pattern: string, path: string): string[] | undefined {
  const p = pattern.split('/');
  const s = path.split('/');
  if (p.length !== s.length) return undefined;
  const captured: string[] = [];
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '*') {
      if (!s[i] || s[i] === 'signataire' || s[i] === 'kind' || s[i] === 'domaine' || s[i] === 'territoire') return undefined;
      captured.push(s[i]!);
    } else if (p[i] === ':chart') {
      if (!CHARTS.has(s[i]!)) return undefined;
      captured.push(s[i]!);
    } else if (p[i] !== s[i]) return undefined;
  }
  return captured;
}

/** `pattern` with its wildcards replaced by `captured`, in order. */
function fill(pattern: string, captured: readonly string[]): string {
  let i = 0;
  return pattern
    .split('/')
    .map((part) => (part === '*' || part === ':chart' ? captured[i++]! : part))
    .join('/');
}

/** The language of a (base-less) path. */
export function langOfPath(path: string): Lang {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'fr';
}

/** The same page in `to`'s edition, or null when it has no twin there. */
export function twinPath(path: string, to: Lang): string | null {
  const from = langOfPath(path);
  if (from === to) return path;
  for (const [frPattern, enPattern] of TWINS) {
    const [src, dst] = from === 'fr' ? [frPattern, enPattern] : [enPattern, frPattern];
    const captured = match(src, path);
    if (captured !== undefined) return fill(dst, captured);
  }
  return null;
}

/**
 * A site link (`base` prefix included, e.g. from a data file built for the French edition) as
 * its twin in `to`'s edition, or unchanged when the page has no twin there. Lets the English
 * edition reuse indexes built once, with French links (the commune lookup's).
 */
export function twinHref(url: string, to: Lang, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!url.startsWith(`${prefix}/`)) return url;
  const twin = twinPath(url.slice(prefix.length), to);
  return twin === null ? url : prefix + twin;
}

/**
 * The language switch's link once the reader has moved: the twin page (`href`, built at build
 * time) with the current query string and hash, which hold the filters and the selection, and
 * carry over because both editions read the same parameters.
 */
export function withPlace(href: string, search: string, hash: string): string {
  const cut = href.search(/[?#]/);
  return (cut === -1 ? href : href.slice(0, cut)) + search + hash;
}
