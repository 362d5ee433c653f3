/**
 * Security headers as served (scripts/serve.ts applies dist/_headers like Netlify/Cloudflare):
 * strict CSP on every page, embeds frameable by any site and other pages by none. (That no page
 * reports a CSP violation is checked by crawl.spec.ts, on its visit of every page.)
 */
import { test, expect, type Page } from '@playwright/test';
import { inlineScriptHashes } from '../../scripts/csp-hashes.ts';
import { createServer } from 'node:http';
import { allPages, embedPages, notFoundPage, sitemapPages } from './lib/site.ts';

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

test('every page is served with its status, a strict CSP that allows its inline scripts, and the other security headers', async ({
  request,
}) => {
  // Thousands of pages (two editions, frozen views): the time grows with them.
  test.setTimeout(60_000 + pages.length * 100);
  const missing = notFoundPage();
  for (const path of pages) {
    // Uncompressed: the server would gzip three thousand pages only for this check to undo it.
    const res = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status(), path).toBe(path === missing ? 404 : 200);
    const h = res.headers();
    const csp = directives(h['content-security-policy'] ?? '');
    expect(csp.get('default-src'), path).toEqual(["'self'"]);
    const scripts = csp.get('script-src') ?? [];
    expect(scripts[0], path).toBe("'self'");
    // Every inline script of the page is allowed by its hash: none is blocked (a CSP violation).
    for (const hash of inlineScriptHashes(await res.text())) expect(scripts, `${path} : script en ligne ${hash}`).toContain(hash);
    // Only hashes and WebAssembly compilation (Pagefind) besides our own files: no inline, no eval.
    for (const s of scripts.slice(1)) expect(s, path).toMatch(/^'(sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/);
    expect(h['content-security-policy'], path).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    expect(csp.get('object-src'), path).toEqual(["'none'"]);
    expect(csp.get('base-uri'), path).toEqual(["'self'"]);
    expect(csp.get('connect-src'), path).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors'), path).toEqual(embeds.has(path) ? ['*'] : ["'none'"]);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  }
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
  for (const path of embeds) expect(await framedFromElsewhere(page, baseURL!, path), path).toBe(true);
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
