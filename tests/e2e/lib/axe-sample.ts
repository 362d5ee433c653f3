/**
 * Which pages the crawl checks with axe. Axe is the slow part of the crawl (seconds a page), and
 * pages built from one template with the same parts shown produce the same markup up to their
 * text. So every page is visited (foreign requests, CSP, status), and axe runs on:
 * - one page per « shape »: template and state, read from the built HTML as the set of its class
 *   names, data attributes and structural elements (a territory with actions and one without, an
 *   action with sources and one without… differ; two territories with the same parts do not);
 *   which page of a shape is drawn rotates with the seed;
 * - plus a sample of the other pages drawn with the same seed.
 * The seed changes every day (or AXE_SEED), so over days every page gets its turn; AXE_ALL=1
 * checks them all. The crawl prints the seed and the pages it checked: nothing is skipped silently.
 */

/** The template-and-state signature of a page's HTML. */
export function pageShape(html: string): string {
  const tokens = new Set<string>();
  for (const m of html.matchAll(/\sclass="([^"]*)"/g))
    for (const c of m[1]!.split(/\s+/)) if (c && !c.startsWith('astro-')) tokens.add(`.${c}`);
  for (const m of html.matchAll(/\s(data-[a-z][a-z0-9-]*)=/g)) if (!m[1]!.startsWith('data-astro')) tokens.add(m[1]!);
  for (const m of html.matchAll(/<(table|details|dialog|form|iframe|video|audio|select|svg|canvas|figure|nav|aside|math)\b/g))
    tokens.add(`<${m[1]}`);
  return [...tokens].sort().join(' ');
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

export interface AxePlan {
  /** Pages axe checks, in the order given. */
  pages: string[];
  shapes: number;
  sampled: number;
  seed: number;
}

/**
 * One page per shape plus `extra` others, drawn with `seed`; every page when `extra` is Infinity.
 * `pages` maps each path to its shape.
 */
export function planAxe(pages: ReadonlyMap<string, string>, seed: number, extra: number): AxePlan {
  const rand = random(seed);
  const byShape = new Map<string, string[]>();
  for (const [path, shape] of pages) byShape.set(shape, [...(byShape.get(shape) ?? []), path]);
  const chosen = new Set<string>();
  for (const group of byShape.values()) chosen.add(group[Math.floor(rand() * group.length)]!);
  const rest = [...pages.keys()].filter((p) => !chosen.has(p));
  const drawn = Math.min(extra, rest.length);
  // Partial Fisher–Yates: the first `drawn` places get a uniform sample.
  for (let i = 0; i < drawn; i++) {
    const j = i + Math.floor(rand() * (rest.length - i));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    chosen.add(rest[i]!);
  }
  return { pages: [...pages.keys()].filter((p) => chosen.has(p)), shapes: byShape.size, sampled: drawn, seed };
}

/** Today's seed (days since 1970, UTC) unless AXE_SEED says otherwise. */
export function axeSeed(env = process.env, now = Date.now()): number {
  const fixed = Number(env['AXE_SEED']);
  return Number.isInteger(fixed) && env['AXE_SEED'] !== '' && env['AXE_SEED'] !== undefined
    ? fixed
    : Math.floor(now / 86_400_000);
}

/** How many pages beyond one per shape (AXE_EXTRA, default 24; AXE_ALL=1: all). */
export function axeExtra(env = process.env): number {
  if (env['AXE_ALL'] === '1') return Infinity;
  const n = Number(env['AXE_EXTRA'] ?? 24);
  return Number.isFinite(n) && n >= 0 ? n : 24;
}
