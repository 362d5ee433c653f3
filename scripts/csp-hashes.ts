/**
 * After `astro build`: allows the site's own inline scripts under the strict Content-Security-Policy.
 *
 * Astro 7 inlines a processed `<script>` smaller than Vite's `assetsInlineLimit` (4 kB by default;
 * astro.config.mjs sets 0 so bundles stay external), and `is:inline` / `define:vars` scripts are
 * always inline. Rather than weaken the policy with 'unsafe-inline', this computes the SHA-256 of
 * every executable inline script in the built HTML and adds it to each `script-src` of
 * `<dist>/_headers`. Run by the Astro integration below on every build, or by hand:
 * `node scripts/csp-hashes.ts [dist]`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Script types the browser executes (CSP applies); JSON-LD and other data blocks are not. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

/**
 * Markup as the browser's tokenizer reads it: comments, tags with their attributes (a quoted value
 * may hold `<script>`: it is text, not a tag), end tags, text. Group 1 is a start tag's name,
 * group 2 its attributes.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?|\s*\/)*)\s*>|<\/[^>]*>|<!?[^<]*|[^<]+/g;
/** Elements whose content is raw text up to their end tag (no tag inside counts). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/**
 * `'sha256-…'` sources for the inline scripts of one HTML document, in order of appearance. Only
 * real `<script>` elements count: an editor's text such as a source URL holding `"><script>…` sits
 * in an attribute value, and hashing it would allow that text to run.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  // End tags are looked up in a copy lower-cased once (a chart's SVG holds hundreds of <title>),
  // ASCII only so that every index stays the same as in `html` (« İ » lower-cases to two units).
  const lower = html.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[1]?.toLowerCase();
    if (!name || !RAW_TEXT.has(name)) continue;
    const end = lower.indexOf(`</${name}`, TOKEN.lastIndex);
    const body = html.slice(TOKEN.lastIndex, end === -1 ? html.length : end);
    TOKEN.lastIndex = end === -1 ? html.length : end;
    if (name !== 'script') continue;
    const attrs = m[2] ?? '';
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** Adds the hashes to every `script-src` directive of a `_headers` file. */
export function withScriptHashes(headers: string, hashes: readonly string[]): string {
  if (hashes.length === 0) return headers;
  // Directives only: the file's comments mention `script-src` too.
  return headers.replace(
    /^(\s*(?:! )?Content-Security-Policy:.*?)script-src ([^;\n]*)/gm,
    (_all, before: string, sources: string) => {
      const kept = sources.split(/\s+/).filter((s) => s && !s.startsWith("'sha256-"));
      return `${before}script-src ${[...kept, ...hashes].join(' ')}`;
    },
  );
}

/** Hashes every inline script under `dist` into `dist/_headers`; returns the distinct hashes. */
export function applyCspHashes(dist: string): string[] {
  const headersFile = join(dist, '_headers');
  if (!existsSync(headersFile)) throw new Error(`${headersFile} absent : public/_headers n’a pas été copié`);
  const hashes = [...new Set(htmlFiles(dist).flatMap((f) => inlineScriptHashes(readFileSync(f, 'utf8'))))].sort();
  writeFileSync(headersFile, withScriptHashes(readFileSync(headersFile, 'utf8'), hashes));
  return hashes;
}

/** Astro integration: runs after every build, whatever the output directory. */
export function cspHashes() {
  return {
    name: 'ctai-csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }: { dir: URL; logger: { info: (m: string) => void } }) => {
        const hashes = applyCspHashes(fileURLToPath(dir));
        logger.info(
          hashes.length ? `${hashes.length} script(s) en ligne autorisé(s) par empreinte dans _headers` : 'aucun script en ligne',
        );
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const hashes = applyCspHashes(process.argv[2] ?? 'dist');
  process.stderr.write(`CSP : ${hashes.length} empreinte(s) de script en ligne ajoutée(s).\n`);
}
