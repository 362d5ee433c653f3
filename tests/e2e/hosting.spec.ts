/**
 * The hosting recipes of docs/hosting/ on the real servers (Debian's nginx-light, apache2 in server
 * configuration and in .htaccess, caddy), serving the built dist/ on loopback: every kind of file
 * with its status, Content-Type and the headers of dist/_headers, then home, map and search in
 * Chromium with no CSP violation nor failed request. A server whose package is not installed is
 * skipped with its name (.ci/run installs them). Ports PORT + 4 to PORT + 7; the sub-path recipe is
 * checked in builds.spec.ts, on the /ctai/ build made there.
 */
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyMetaPolicies } from '../../scripts/csp-meta.ts';
import { parseHeaders } from '../../scripts/lib/headers.ts';
import { HEADERS_SOURCE, RECIPE_FILES, renderRecipes } from '../../scripts/hosting-recipes.ts';
import { DIST, embedPages } from './lib/site.ts';
import {
  checkFiles,
  checkInBrowser,
  findServer,
  framingHeaders,
  missingMessage,
  startApache,
  startCaddy,
  startNginx,
  type RunningServer,
  RECIPES,
  type ServerName,
} from './lib/hosting.ts';

test.describe.configure({ timeout: 120_000 });

const PORT = Number(process.env.PORT ?? 4321);

const setups: { name: string; server: ServerName; port: number; start: (bin: string) => Promise<RunningServer> }[] = [
  {
    name: 'nginx (docs/hosting/nginx.conf)',
    server: 'nginx',
    port: PORT + 4,
    start: (bin) => startNginx(bin, { port: PORT + 4, dist: DIST, recipe: 'nginx.conf' }),
  },
  {
    name: 'Apache, configuration du site (docs/hosting/apache.conf)',
    server: 'apache2',
    port: PORT + 5,
    start: (bin) => startApache(bin, { port: PORT + 5, dist: DIST, mode: 'conf' }),
  },
  {
    name: 'Apache, .htaccess (docs/hosting/htaccess)',
    server: 'apache2',
    port: PORT + 6,
    start: (bin) => startApache(bin, { port: PORT + 6, dist: DIST, mode: 'htaccess' }),
  },
  {
    name: 'Caddy (docs/hosting/Caddyfile)',
    server: 'caddy',
    port: PORT + 7,
    start: (bin) => startCaddy(bin, { port: PORT + 7, dist: DIST }),
  },
];

test('docs/hosting/ holds the policy of this build (dist/_headers), inline-script hashes included', () => {
  const fromBuild = renderRecipes(readFileSync(join(DIST, '_headers'), 'utf8'), HEADERS_SOURCE);
  for (const file of RECIPE_FILES)
    expect(
      readFileSync(join(RECIPES, file), 'utf8'),
      `${file} : dist/_headers diffère de public/_headers (un script en ligne ?) ; voir « Scripts en ligne » dans docs/hebergement.md`,
    ).toBe(fromBuild[file]);
});

for (const setup of setups) {
  test.describe(setup.name, () => {
    const bin = findServer(setup.server);
    let server: RunningServer | undefined;
    test.beforeAll(async () => {
      // Said in the run's output too: a skipped server must not pass unnoticed.
      if (!bin) console.warn(`Recette non vérifiée : ${missingMessage(setup.server)}`);
      else server = await setup.start(bin);
    });
    test.afterAll(async () => server?.stop());
    test.beforeEach(() => test.skip(!bin, missingMessage(setup.server)));

    test('serves every kind of file with its type and the headers of dist/_headers', async () => {
      expect(await checkFiles(server!.origin, DIST), server!.log()).toEqual([]);
      // Said plainly, whatever _headers says: pages refuse frames and isolate their window, embeds accept any frame.
      expect(await framingHeaders(server!.origin, '/')).toEqual({ frameAncestors: "'none'", coop: 'same-origin' });
      const embed = embedPages(DIST, '/')[0];
      if (embed) expect(await framingHeaders(server!.origin, embed)).toEqual({ frameAncestors: '*', coop: null });
    });

    test('home, map and search work in Chromium with no CSP violation nor failed request', async ({ browser }) => {
      expect(await checkInBrowser(browser, server!.origin), server!.log()).toEqual([]);
    });
  });
}

test.describe('a host that sends no headers (GitHub Pages), with scripts/csp-meta.ts', () => {
  const copy = '.tmp/hosting/no-headers';
  const port = PORT + 9;
  const origin = `http://127.0.0.1:${port}`;
  let stop = () => {};
  test.beforeAll(async () => {
    rmSync(copy, { recursive: true, force: true });
    cpSync(DIST, copy, { recursive: true });
    // The policy comes from the build's _headers; the host then serves the pages without it.
    applyMetaPolicies(copy, parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8')));
    rmSync(join(copy, '_headers'));
    const child = spawn(resolve('node_modules/.bin/node'), ['scripts/serve.ts', copy, String(port)], { stdio: 'pipe' });
    stop = () => child.kill();
    await new Promise<void>((ready, fail) => {
      child.stderr!.on('data', (d: Buffer) => d.toString().includes('Site servi') && ready());
      child.on('exit', (code) => fail(new Error(`serve.ts terminé (${code})`)));
    });
  });
  test.afterAll(() => {
    stop();
    rmSync(copy, { recursive: true, force: true });
  });

  test('the <meta> policy works the site and still blocks an injected inline script', async ({ browser, page }) => {
    const res = await fetch(origin + '/');
    expect(res.headers.get('content-security-policy'), 'l’hôte n’envoie pas d’en-tête').toBeNull();
    expect(await res.text()).toContain('http-equiv="Content-Security-Policy"');
    expect(await checkInBrowser(browser, origin)).toEqual([]);
    await page.goto(origin + '/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
    });
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  });
});
