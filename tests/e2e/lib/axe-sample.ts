/**
 * Which pages the crawl checks with axe. Axe is the slow part of the crawl (seconds a page), and
 * pages built from one template produce the same markup up to their text and the parts they show.
 * So every page is read from its HTML (links, foreign resources, CSP hashes: site.ts,
 * headers.spec.ts), and axe runs in the browser on:
 * - a cover of every template's parts: a page's parts are its class names, data attributes and
 *   structural elements (a territory with actions, a chart, a funding line, a department area…),
 *   its template is its path with the slugs as `*` (`/territoires/*`). Pages are chosen until each
 *   part of each template is on at least one checked page — every state of every template, without
 *   checking each combination of states (which took 99 pages for 58 here);
 *   among pages that cover as much, the seed decides, so the cover rotates too;
 * - plus a sample of the other pages drawn with the same seed.
 * The seed changes every day (or AXE_SEED), so over days every page gets its turn; AXE_ALL=1
 * checks them all. The crawl prints the seed and the pages it checked: nothing is skipped silently.
 */

/** The parts a page's HTML shows: class names, data attributes, structural elements. */
export function pageParts(html: string): string[] {
  const tokens = new Set<string>();
  for (const m of html.matchAll(/\sclass="([^"]*)"/g))
    for (const c of m[1]!.split(/\s+/)) if (c && !c.startsWith('astro-')) tokens.add(`.${c}`);
  for (const m of html.matchAll(/\s(data-[a-z][a-z0-9-]*)=/g)) if (!m[1]!.startsWith('data-astro')) tokens.add(m[1]!);
  for (const m of html.matchAll(/<(table|details|dialog|form|iframe|video|audio|select|svg|canvas|figure|nav|aside|math)\b/g))
    tokens.add(`<${m[1]}`);
  return [...tokens].sort();
}

/**
 * A page's template, from its path under `base`: the section (with the edition, `/en/…`) and one
 * `*` per deeper level (`/territoires/grenoble/` → `/territoires/*`).
 */
export function pageTemplate(path: string, base = '/'): string {
  const segments = path.slice(base.length).split('/').filter(Boolean);
  const head = segments[0] === 'en' ? 2 : 1;
  return `/${segments.slice(0, head).join('/')}${'/*'.repeat(Math.max(0, segments.length - head))}`;
}

/** What the cover must reach for one page: each of its parts, within its template. */
export function pageFeatures(path: string, html: string, base = '/'): string[] {
  const template = pageTemplate(path, base);
  return pageParts(html).map((part) => `${template} ${part}`);
}

/** Mulberry32: a small seeded generator, so a seed always draws the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface AxePlan {
  /** Pages axe checks, in the order given. */
  pages: string[];
  /** Those of them that cover every feature (the rest is the sample), in the same order. */
  cover: string[];
  /** Template parts the checked pages cover (all of the site's). */
  features: number;
  /** Pages chosen to cover them. */
  covering: number;
  sampled: number;
  seed: number;
}

/**
 * A cover of every feature (`pages` maps each path to its features, pageFeatures) plus `extra`
 * other pages, drawn with `seed`; every page when `extra` is Infinity.
 */
export function planAxe(pages: ReadonlyMap<string, readonly string[]>, seed: number, extra: number): AxePlan {
  const rand = random(seed);
  // Greedy set cover, the page reaching most uncovered features first; ties go to the earlier
  // page of a seeded order, so which of equivalent pages is checked changes with the seed.
  const order = shuffled([...pages.keys()], rand);
  const uncovered = new Set([...pages.values()].flat());
  const features = uncovered.size;
  const chosen = new Set<string>();
  while (uncovered.size > 0) {
    let best = order[0]!;
    let gain = 0;
    for (const path of order) {
      let g = 0;
      for (const f of pages.get(path)!) if (uncovered.has(f)) g++;
      if (g > gain) [best, gain] = [path, g];
    }
    chosen.add(best);
    for (const f of pages.get(best)!) uncovered.delete(f);
  }
  const cover = [...pages.keys()].filter((p) => chosen.has(p));
  const rest = order.filter((p) => !chosen.has(p));
  const drawn = Math.min(extra, rest.length);
  for (const path of rest.slice(0, drawn)) chosen.add(path);
  return { pages: [...pages.keys()].filter((p) => chosen.has(p)), cover, features, covering: cover.length, sampled: drawn, seed };
}

/** Today's seed (days since 1970, UTC) unless AXE_SEED says otherwise. */
export function axeSeed(env = process.env, now = Date.now()): number {
  const fixed = Number(env['AXE_SEED']);
  return Number.isInteger(fixed) && env['AXE_SEED'] !== '' && env['AXE_SEED'] !== undefined
    ? fixed
    : Math.floor(now / 86_400_000);
}

/**
 * How many pages beyond the cover (AXE_EXTRA, default 12; AXE_ALL=1: all). The cover rotates with
 * the seed too, so twelve more a day still bring every page its turn within a few months.
 */
export function axeExtra(env = process.env): number {
  if (env['AXE_ALL'] === '1') return Infinity;
  const n = Number(env['AXE_EXTRA'] ?? 12);
  return Number.isFinite(n) && n >= 0 ? n : 12;
}
