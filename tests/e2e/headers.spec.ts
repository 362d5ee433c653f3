/**
 * Security headers as served (scripts/serve.ts applies dist/_headers like Netlify/Cloudflare):
 * strict CSP on every page, embeds frameable by any site and other pages by none. (That no page
 * reports a CSP violation is checked by crawl.spec.ts, on its visit of every page.)
 */
import { test, expect, type Page } from '@playwright/test';
import { inlineScriptHashes } from '../../scripts/csp-hashes.ts';
import { createServer } from 'node:http';
import { allPages, embedPages, notFoundPage, sitemapPages } from './lib/site.ts';
import { pageTemplate } from './lib/axe-sample.ts';

const pages = allPages();
const embeds = new Set(embedPages());

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** A page as the server sent it. */
interface ServedPage {
  status: number;
  headers: Headers;
  body: string;
}

/** What is wrong with the status and security headers of one served page. */
function headerProblems(path: string, res: ServedPage, missing: boolean): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  const h = Object.fromEntries(res.headers);
  const policy = h['content-security-policy'] ?? '';
  const csp = directives(policy);
  const is = (name: string, values: string[]) =>
    check(
      JSON.stringify(csp.get(name)) === JSON.stringify(values),
      `${name} ${csp.get(name)?.join(' ')} au lieu de ${values.join(' ')}`,
    );
  check(res.status === (missing ? 404 : 200), `statut ${res.status}`);
  is('default-src', ["'self'"]);
  const scripts = csp.get('script-src') ?? [];
  check(scripts[0] === "'self'", `script-src commence par ${scripts[0]}`);
  // Every inline script of the page is allowed by its hash: none is blocked (a CSP violation).
  for (const hash of inlineScriptHashes(res.body)) check(scripts.includes(hash), `script en ligne ${hash} non autorisé`);
  // Only hashes and WebAssembly compilation (Pagefind) besides our own files: no inline, no eval.
  for (const source of scripts.slice(1))
    check(/^'(sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/.test(source), `script-src autorise ${source}`);
  check(!/'unsafe-eval'|script-src[^;]*'unsafe-inline'/.test(policy), 'unsafe-eval ou unsafe-inline');
  is('object-src', ["'none'"]);
  is('base-uri', ["'self'"]);
  is('connect-src', ["'self'"]);
  is('frame-ancestors', embeds.has(path) ? ['*'] : ["'none'"]);
  check(h['x-content-type-options'] === 'nosniff', `X-Content-Type-Options ${h['x-content-type-options']}`);
  check(h['referrer-policy'] === 'strict-origin-when-cross-origin', `Referrer-Policy ${h['referrer-policy']}`);
  check(
    /camera=\(\).*microphone=\(\).*geolocation=\(\)/.test(h['permissions-policy'] ?? ''),
    `Permissions-Policy ${h['permissions-policy']}`,
  );
  return problems;
}

/** Every page as served: status, headers, body; a few requests in flight, straight from Node. */
async function servedPages(baseURL: string): Promise<Map<string, ServedPage>> {
  const served = new Map<string, ServedPage>();
  const queue = [...pages];
  const fetchNext = async (): Promise<void> => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      // Uncompressed: the server would gzip a thousand pages only for this check to undo it.
      const res = await fetch(new URL(path, baseURL), { headers: { 'accept-encoding': 'identity' } });
      served.set(path, { status: res.status, headers: res.headers, body: await res.text() });
    }
  };
  await Promise.all(Array.from({ length: 4 }, fetchNext));
  return served;
}

test('every page is served with its status, a strict CSP that allows its inline scripts, and the other security headers', async ({
  baseURL,
}) => {
  // Over a thousand pages (two editions, frozen views): the time grows with them.
  test.setTimeout(60_000 + pages.length * 50);
  const missing = notFoundPage();
  const served = await servedPages(baseURL!);
  // One assertion over all pages (a Playwright expect per header and page took a minute), every
  // page's problems listed in its report.
  expect(pages.flatMap((path) => headerProblems(path, served.get(path)!, path === missing).map((p) => `${path} : ${p}`))).toEqual(
    [],
  );
});

/**
 * Serves, from another origin (port PORT + 1, also on loopback so Chromium's private network
 * rules treat both alike), a parent page framing `path`; true if the frame shows the page.
 */
async function framedFromElsewhere(page: Page, baseURL: string, path: string): Promise<boolean> {
  const port = Number(new URL(baseURL).port) + 1;
  const server = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><title>parent</title><iframe src="${baseURL}${path}"></iframe>`),
  );
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame?.waitForLoadState('load').catch(() => undefined);
    const title = await frame?.evaluate(() => document.title).catch(() => '');
    return !!title && frame!.url().startsWith(baseURL);
  } finally {
    server.close();
  }
}

test('pages other than embeds refuse to be framed by another site', async ({ page, baseURL }) => {
  const path = sitemapPages()[0]!;
  expect(await framedFromElsewhere(page, baseURL!, path)).toBe(false);
});

test('embed pages can be framed by another site', async ({ page, baseURL }) => {
  test.skip(embeds.size === 0, 'aucune page /embed/ dans ce build');
  // The first page of each template (default and territory views, frozen ones, both editions):
  // the header that allows it is checked on every page above.
  const firstOfTemplate = new Map<string, string>();
  for (const path of embeds) if (!firstOfTemplate.has(pageTemplate(path))) firstOfTemplate.set(pageTemplate(path), path);
  for (const path of firstOfTemplate.values()) expect(await framedFromElsewhere(page, baseURL!, path), path).toBe(true);
});

test('text is served gzip-compressed to a client that accepts it, as production hosts do (Lighthouse measures the site, not the server)', async ({
  request,
}) => {
  const home = await request.get('/', { headers: { 'accept-encoding': 'gzip' } });
  expect(home.headers()['content-encoding']).toBe('gzip');
  expect(home.headers()['vary']).toBe('Accept-Encoding');
  // The body still reads as the page once decompressed.
  expect(await home.text()).toContain('<html');
  const plain = await request.get('/', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  // Already compressed formats go as they are.
  const font = (await home.text()).match(/href="([^"]+\.woff2)"/)?.[1];
  expect(font, 'une police préchargée').toBeTruthy();
  expect((await request.get(font!, { headers: { 'accept-encoding': 'gzip' } })).headers()['content-encoding']).toBeUndefined();
});
