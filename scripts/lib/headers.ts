/**
 * The `_headers` file (Netlify / Cloudflare Pages format), read once for every consumer: the local
 * server (scripts/serve.ts), the hosting recipes generator (scripts/hosting-recipes.ts) and the
 * tests that compare what a real server sends with it. One parser, so they cannot disagree.
 */

export interface HeaderRule {
  /** Path pattern as written, e.g. `/*` or `/embed/*`. */
  pattern: string;
  /** In order; a null value drops the header set by an earlier rule (Cloudflare's `! Name`). */
  headers: [string, string | null][];
}

/** Parses `_headers`: a path pattern line, then indented `Name: value` lines or `! Name` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers : « ${trimmed} » avant tout chemin`);
    if (trimmed.startsWith('!')) {
      rule.headers.push([trimmed.slice(1).trim(), null]);
    } else {
      const i = trimmed.indexOf(':');
      if (i < 1) throw new Error(`_headers : ligne illisible « ${trimmed} »`);
      rule.headers.push([trimmed.slice(0, i).trim(), trimmed.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Does a `_headers` pattern (with `*` wildcards) match a site path? */
export function patternMatches(pattern: string, path: string): boolean {
  const re = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${re}$`).test(path);
}

/**
 * Headers a site path receives: every matching rule in file order, later values replacing earlier
 * ones and `! Name` removing them (what Cloudflare does; Netlify's "most specific rule wins" gives
 * the same result for our file). Keys are lower-cased.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      if (value === null) out.delete(name.toLowerCase());
      else out.set(name.toLowerCase(), value);
    }
  }
  return out;
}

/** Every header name the file sets or removes anywhere, lower-cased. */
export function headerNames(rules: readonly HeaderRule[]): string[] {
  return [...new Set(rules.flatMap((r) => r.headers.map(([name]) => name.toLowerCase())))].sort();
}

/** Header names as written in the file (for recipes), keyed by lower-cased name. */
function spelling(rules: readonly HeaderRule[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const rule of rules)
    for (const [name] of rule.headers) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  return names;
}

/** A part of the site with one set of headers: the whole site (`/`) or a folder (`/embed/`). */
export interface HeaderScope {
  /** `/` or a folder such as `/embed/`, relative to the site's root. */
  prefix: string;
  /** Every header this part receives, in file order, with the file's spelling. */
  headers: [string, string][];
  /** Relative to the whole site: headers set to another value, and headers removed. */
  set: [string, string][];
  unset: string[];
}

/**
 * The file as server configuration needs it: the whole site, then each folder with its own headers.
 * Only `/*` and non-nested `/folder/*` patterns can be written as nginx locations, Apache
 * `<Location>`/`<If>` sections and Caddy path matchers alike: anything else throws, so a new rule
 * in `_headers` cannot be silently left out of the recipes.
 */
export function headerScopes(rules: readonly HeaderRule[]): HeaderScope[] {
  const names = spelling(rules);
  const prefixes = rules.map((r) => {
    if (r.pattern === '/*') return '/';
    if (/^\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/\*$/.test(r.pattern)) return r.pattern.slice(0, -1);
    throw new Error(`_headers : le motif « ${r.pattern} » ne se traduit pas en configuration de serveur (/* ou /dossier/*)`);
  });
  if (prefixes[0] !== '/') throw new Error('_headers : la première règle doit être /*');
  const folders = [...new Set(prefixes.slice(1))];
  for (const a of folders)
    for (const b of folders)
      if (a !== b && b.startsWith(a)) throw new Error(`_headers : dossiers imbriqués ${a} et ${b} non pris en charge`);
  const named = (m: Map<string, string>): [string, string][] => [...m].map(([k, v]) => [names.get(k)!, v]);
  const root = headersFor(rules, '/');
  return [
    { prefix: '/', headers: named(root), set: named(root), unset: [] },
    ...folders.map((prefix) => {
      const own = headersFor(rules, prefix);
      return {
        prefix,
        headers: named(own),
        set: named(new Map([...own].filter(([k, v]) => root.get(k) !== v))),
        unset: [...root.keys()].filter((k) => !own.has(k)).map((k) => names.get(k)!),
      };
    }),
  ];
}
