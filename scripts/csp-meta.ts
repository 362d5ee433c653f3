/**
 * For hosts that cannot send headers (GitHub Pages, GitLab Pages): writes the Content-Security-Policy
 * of `<dist>/_headers` into every page as `<meta http-equiv="Content-Security-Policy">`, right after
 * `<meta charset>` so it governs every script and style of the page, plus `<meta name="referrer">`.
 * Run after the build: `npm run build && node scripts/csp-meta.ts dist`. Not part of the default
 * build: where headers are sent, the header is the stronger form.
 *
 * A `<meta>` policy cannot carry `frame-ancestors`, `report-uri` nor `sandbox` (browsers ignore
 * them there and warn): they are left out, and framing protection stays lost on such hosts.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeaders, type HeaderRule } from './lib/headers.ts';

/** Directives a `<meta>` policy ignores (CSP Level 3, §3.3 "The <meta> element"). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy without the directives a `<meta>` element cannot carry. */
export function metaPolicy(csp: string): string {
  return csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY.has(d.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const MARK = 'data-ctai-csp';

/**
 * The page with the policy (and referrer policy) as `<meta>` elements after `<meta charset>`;
 * elements written by an earlier run are replaced, so running twice changes nothing.
 */
export function withMetaPolicy(html: string, headers: Map<string, string>): string {
  const cleaned = html.replace(new RegExp(`<meta ${MARK}[^>]*>`, 'g'), '');
  const csp = headers.get('content-security-policy');
  const referrer = headers.get('referrer-policy');
  const metas = [
    csp ? `<meta ${MARK} http-equiv="Content-Security-Policy" content="${attribute(metaPolicy(csp))}">` : '',
    referrer && !/<meta name="referrer"/i.test(cleaned) ? `<meta ${MARK} name="referrer" content="${attribute(referrer)}">` : '',
  ].join('');
  if (!metas) return cleaned;
  const charset = /<meta charset=[^>]*>/i.exec(cleaned);
  if (charset)
    return cleaned.slice(0, charset.index + charset[0].length) + metas + cleaned.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('page sans <head> : la politique ne peut pas y être placée');
  return cleaned.slice(0, head.index + head[0].length) + metas + cleaned.slice(head.index + head[0].length);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

/** The site path `_headers` sees for a built file: `dist/carte/index.html` → `/carte/`. */
export function sitePathOf(dist: string, file: string): string {
  return ('/' + file.slice(dist.length + 1).replace(/\\/g, '/')).replace(/(^|\/)index\.html$/, '$1');
}

/** Writes the policies into every page of `dist`; returns how many pages were written. */
export function applyMetaPolicies(
  dist: string,
  rules: HeaderRule[] = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8')),
) {
  const files = htmlFiles(dist);
  for (const file of files)
    writeFileSync(file, withMetaPolicy(readFileSync(file, 'utf8'), headersFor(rules, sitePathOf(dist, file))));
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const count = applyMetaPolicies(dist);
  process.stderr.write(
    `CSP en <meta> écrite dans ${count} page(s) de ${dist} (sans frame-ancestors, que <meta> ne porte pas).\n`,
  );
}
