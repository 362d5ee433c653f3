/**
 * Checks that need their own build (a few seconds each, so few of them):
 * - hostile content (tests/fixtures/hostile-content) comes out inert: escaped, no injected element,
 *   no dialog even with CSP bypassed;
 * - content pointing to an unknown territory or domain fails the build with file and field;
 * - the site works under a sub-path (BASE_PATH=/ctai/), also served by nginx with the documented
 *   `alias` recipe (docs/hosting/nginx-subpath.conf; the root recipes run in hosting.spec.ts). It is
 *   the hostile content built again under /ctai/, with one archived release for its frozen views:
 *   every template in a few hundred pages rather than the real site's three thousand, compared
 *   link for link with the same content built at the root.
 * Ports: PORT + 2 (hostile), PORT + 3 (sub-path) and PORT + 8 (sub-path on nginx).
 */
import { csvCells, wouldRun } from './lib/csv-cells.ts';
import { test, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allPages, brokenLinks, embedPages, fileFor, htmlFiles, pageHtml, sitemapPages } from './lib/site.ts';
import { axeExtra, axeSeed, pageFeatures, pageTemplate, planAxe } from './lib/axe-sample.ts';
import { checkFiles, checkInBrowser, findServer, missingMessage, startNginx } from './lib/hosting.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const PORT = Number(process.env.PORT ?? 4321);
const NODE = resolve('node_modules/.bin/node');
/** Builds of test content skip the frozen views (a thousand pages of the real releases). */
const WITHOUT_RELEASES = {
  CTAI_RELEASES_DIR: '.tmp/no-releases',
  CTAI_CHANGELOG: 'tests/fixtures/releases/changelog-unarchived.md',
};

function build(outDir: string, env: Record<string, string>) {
  const r = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
    encoding: 'utf8',
    // Astro lists every page it writes: past a few thousand pages (frozen views included) that is
    // more than spawnSync's default 1 MB, which would kill the build half-way.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}-cache`, ...env },
  });
  if (r.status === 0) spawnSync(resolve('node_modules/.bin/pagefind'), ['--site', outDir], { encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

async function serve(dist: string, port: number, base = '/'): Promise<ChildProcess> {
  const child = spawn(NODE, ['scripts/serve.ts', dist, String(port)], {
    env: { ...process.env, BASE_PATH: base },
    stdio: 'pipe',
  });
  await new Promise<void>((ready, fail) => {
    child.stderr!.on('data', (d: Buffer) => d.toString().includes('Site servi') && ready());
    child.on('exit', (code) => fail(new Error(`serve.ts terminé (${code})`)));
  });
  return child;
}

test.describe('hostile content comes out inert', () => {
  const dist = '.tmp/dist-hostile';
  let server: ChildProcess | undefined;
  test.beforeAll(() => {
    rmSync(dist, { recursive: true, force: true });
    // No release archive: frozen views are built from the real releases, not from this content.
    const r = build(dist, { CTAI_CONTENT_DIR: 'tests/fixtures/hostile-content', ...WITHOUT_RELEASES });
    expect(r.code, r.output).toBe(0);
  });
  test.afterAll(() => server?.kill());

  test('the built HTML holds no injected executable element', () => {
    const injectedTags = [
      /<(?:script|img|svg|iframe|a|div)\b[^>]*\son[a-z]+\s*=/i,
      /<script\b[^>]*>[^<]*alert\(/i,
      /<img\b[^>]*\ssrc\s*=\s*["']?x["'\s>]/i,
    ];
    // Inside a tag only: escaped text such as `&lt;a href="javascript:…"&gt;` is inert.
    const dangerousLink = /<[a-z][^<>]*\s(?:href|src|action)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i;
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      // Text inside quoted attribute values is inert (Astro escapes the quote): blank it before
      // looking for injected tags, but keep link targets for the scheme check.
      const tags = html.replace(/="[^"]*"/g, '=""');
      for (const pattern of injectedTags) expect(tags, `${file} : ${pattern}`).not.toMatch(pattern);
      expect(html, `${file} : lien javascript:/data:`).not.toMatch(dangerousLink);
    }
    // The hostile strings are there, escaped, rather than dropped.
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toContain('XSS-nom &quot;&gt;&lt;svg onload=alert(1)');
  });

  test('an editor’s English title and summary show on the English page, as text and marked English', () => {
    const html = readFileSync(`${dist}/en/actions/hostile-texte/index.html`, 'utf8');
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
    // English like the page (`<html lang="en">`), so no `lang="fr"` on the title.
    expect(html).toMatch(/<html[^>]*\slang="en"/);
    expect(h1?.[0]).not.toMatch(/\blang="fr"/);
    expect(h1?.[1]).toContain('XSS-titre-en onerror=alert(1) Conversation workshops');
    expect(html).toContain('XSS-resume-en onload=alert(1) English summary');
    expect(html).not.toContain('data-french-title');
    // The French page keeps the research title.
    expect(readFileSync(`${dist}/actions/hostile-texte/index.html`, 'utf8')).not.toContain('XSS-titre-en');
  });

  test('every CSV it serves opens inert in a spreadsheet, formula-like text kept behind an apostrophe', () => {
    const { files, cells } = csvCells(dist);
    expect(files.some((f) => f.includes('/graphiques/'))).toBe(true);
    expect(cells.filter((c) => wouldRun(c.value)).map((c) => `${c.where} ${c.value}`)).toEqual([]);
    const values = new Set(cells.map((c) => c.value));
    // The hostile texts are there, neutralised rather than dropped: open data and chart downloads.
    for (const text of [
      '=1+1 Strasbourg XSS-formule',
      '=HYPERLINK("https://exemple.invalid/?x="&A1,"XSS-formule porteur")',
      '@SUM(1+1) XSS-formule public',
    ])
      expect(values, text).toContain(`'${text}`);
    expect(cells.some((c) => c.where.startsWith('donnees/graphiques/') && c.value.startsWith("'=1+1 Strasbourg"))).toBe(true);
  });

  test('every page shows the strings as text, and no script runs (CSP bypassed)', async ({ browser }) => {
    server = await serve(dist, PORT + 2);
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()} : ${d.message()}`);
      void d.dismiss();
    });
    const seen = new Set<string>();
    // Pages covering every part of every template and every hostile string each template shows
    // (a string's marker counts as one more part): pages of one template render their strings
    // with the same code, and each string is met where each template puts it.
    const all = allPages(dist, '/');
    const parts = (path: string) => {
      const html = pageHtml(path, dist, '/');
      const markers = [...new Set(html.match(/XSS-[a-z0-9-]+/g) ?? [])].map((m) => `${pageTemplate(path)} ${m}`);
      return [...pageFeatures(path, html, '/'), ...markers];
    };
    const visited = planAxe(new Map(all.map((p) => [p, parts(p)])), axeSeed(), 0).cover;
    console.log(`contenu hostile : ${visited.length} pages sur ${all.length} dans le navigateur`);
    for (const path of visited) {
      await page.goto(`http://127.0.0.1:${PORT + 2}${path}`, { waitUntil: 'load' });
      // Focus and hover everything: handlers such as onfocus/onmouseover would fire now.
      await page.keyboard.press('Tab');
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            if (/^on/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}`);
            if (/^(href|src|action|formaction)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
              bad.push(`${el.tagName} ${attr.name}=${attr.value}`);
          }
          if (el.tagName === 'SCRIPT' && /alert\(/.test(el.textContent ?? '')) bad.push('SCRIPT alert');
        }
        return { bad, text: document.body.innerText };
      });
      expect(found.bad, path).toEqual([]);
      for (const marker of found.text.match(/XSS-[a-z0-9-]+/g) ?? []) seen.add(marker);
      if (path === '/') expect(found.text).toContain('Grenoble XSS-nom "><svg onload=alert(1)');
    }
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(seen.size, [...seen].join(', ')).toBeGreaterThan(0);
    await context.close();
  });
});

test('an impossible article date (2026-13-45) fails the build with file, line and field, never rolled over', () => {
  const content = resolve('.tmp/content-bad-date');
  rmSync(content, { recursive: true, force: true });
  cpSync('tests/fixtures/hostile-content', content, { recursive: true });
  cpSync('tests/fixtures/hostile-inputs/articles/date-2026-13-45.md', `${content}/articles/date-2026-13-45.md`);
  const r = build('.tmp/dist-bad-date', { CTAI_CONTENT_DIR: content, ...WITHOUT_RELEASES });
  expect(r.code).not.toBe(0);
  expect(r.output).toContain('content-bad-date/articles/date-2026-13-45.md:3 › date : date impossible « 2026-13-45 »');
  expect(r.output).not.toMatch(/février 2027/);
});

test('content pointing to an unknown territory or domain fails the build, naming file and field', () => {
  const content = resolve('.tmp/content-broken');
  rmSync(content, { recursive: true, force: true });
  cpSync('tests/fixtures/hostile-content', content, { recursive: true });
  const action = JSON.parse(readFileSync(`${content}/actions/hostile-texte.json`, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    `${content}/actions/territoire-inconnu.json`,
    JSON.stringify({ ...action, id: 'territoire-inconnu', territory: 'atlantide' }),
  );
  writeFileSync(
    `${content}/actions/domaine-inconnu.json`,
    JSON.stringify({ ...action, id: 'domaine-inconnu', domains: ['langue', 'astronomie'] }),
  );
  const r = build('.tmp/dist-broken', { CTAI_CONTENT_DIR: content, ...WITHOUT_RELEASES });
  expect(r.code).not.toBe(0);
  expect(r.output).toMatch(/Contenu incohérent, le site n’est pas construit/);
  expect(r.output).toMatch(
    /content-broken\/actions\/territoire-inconnu\.json › territory : territoire inconnu « atlantide »\. Valeurs possibles : grenoble, strasbourg/,
  );
  expect(r.output).toMatch(/content-broken\/actions\/domaine-inconnu\.json › domains\[1\] : domaine inconnu « astronomie »/);
});

/**
 * A release archive holding one version of the real one (1.1.0, the smallest), with a changelog
 * that lists only it: its frozen views and archived files are built, the other versions' are not.
 */
function oneReleaseArchive(): Record<string, string> {
  const dir = resolve('.tmp/releases-one');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync('releases/manifest.json', 'utf8')) as {
    releases: { version: string; file: string }[];
  };
  const entry = manifest.releases.find((r) => r.version === '1.1.0')!;
  cpSync(`releases/${entry.file}`, `${dir}/${entry.file}`);
  writeFileSync(`${dir}/manifest.json`, `${JSON.stringify({ releases: [entry] }, null, 2)}\n`);
  return { CTAI_RELEASES_DIR: dir, CTAI_CHANGELOG: 'tests/fixtures/releases/changelog-one-archived.md' };
}

test.describe('the site under a sub-path (/ctai/)', () => {
  const dist = '.tmp/dist-base';
  const base = '/ctai/';
  test.beforeAll(() => {
    rmSync(dist, { recursive: true, force: true });
    const r = build(dist, { CTAI_CONTENT_DIR: 'tests/fixtures/hostile-content', ...oneReleaseArchive(), BASE_PATH: base });
    expect(r.code, r.output).toBe(0);
  });

  test('no link or asset leaves /ctai/, and the sub-path breaks no link the root build has', () => {
    const broken = brokenLinks(dist, base);
    expect(broken.filter((b) => b.reason !== 'aucun fichier dans le build')).toEqual([]);
    // Frozen views of the archived release are there to be checked.
    expect(sitemapPages(dist, base).length).toBeGreaterThan(0);
    expect(htmlFiles(dist).some((f) => f.includes('/embed/versions/1.1.0/'))).toBe(true);
    // The same content at the root (built above, without the archive, so the frozen views' links
    // are all new here). A frozen view links the territories of its release, absent from this
    // content: such a link is right when the real site, built at the root, has that page. A link
    // written with the base twice (/ctai/ctai/…) or to nowhere is not.
    const atRoot = new Set(brokenLinks('.tmp/dist-hostile', '/').map((b) => `${b.page} ${b.target}`));
    const inRealSite = (b: { page: string; target: string }) =>
      fileFor('dist', base, new URL(b.target, `http://site.invalid${b.page}`).pathname) !== null;
    const newlyBroken = broken.filter(
      (b) => !atRoot.has(`${b.page.replace(base, '/')} ${b.target.replace(base, '/')}`) && !inRealSite(b),
    );
    expect(newlyBroken).toEqual([]);
  });

  test('every page loads with all its assets from /ctai/', async ({ page }) => {
    const server = await serve(dist, PORT + 3, base);
    try {
      const origin = `http://127.0.0.1:${PORT + 3}`;
      const failures: string[] = [];
      page.on('response', (res) => {
        const url = new URL(res.url());
        if (url.origin === origin && res.status() >= 400 && !res.request().isNavigationRequest())
          failures.push(`${res.status()} ${url.pathname}`);
        if (url.origin === origin && !url.pathname.startsWith(base)) failures.push(`hors de ${base} : ${url.pathname}`);
      });
      // Requests cut short by the next navigation (favicon, late workers) are aborted, not broken.
      page.on('requestfailed', (req) => {
        const error = req.failure()?.errorText ?? '';
        if (!error.includes('ERR_ABORTED')) failures.push(`échec ${req.url()} (${error})`);
      });
      const all = [...sitemapPages(dist, base), ...embedPages(dist, base)];
      expect(all.every((p) => p.startsWith(base))).toBe(true);
      // Every page's links are checked from its HTML above; in the browser, pages covering every
      // part of every template (they share their assets), frozen views included, plus the
      // crawl's seeded sample.
      const plan = planAxe(new Map(all.map((p) => [p, pageFeatures(p, pageHtml(p, dist, base), base)])), axeSeed(), axeExtra());
      console.log(`sous-chemin : ${plan.pages.length} pages sur ${all.length} dans le navigateur (graine ${plan.seed})`);
      for (const path of plan.pages) {
        const res = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        expect(res?.status(), path).toBe(200);
        // Stylesheets applied: the page is not unstyled.
        expect(await page.evaluate(() => document.styleSheets.length), path).toBeGreaterThan(0);
      }
      expect(failures).toEqual([]);
    } finally {
      server.kill();
    }
  });

  test('nginx serves it under /ctai/ with the documented alias recipe, headers and types included', async ({ browser }) => {
    const bin = findServer('nginx');
    if (!bin) console.warn(`Recette non vérifiée : ${missingMessage('nginx')}`);
    test.skip(!bin, missingMessage('nginx'));
    const server = await startNginx(bin!, { port: PORT + 8, dist, recipe: 'nginx-subpath.conf' });
    try {
      expect(await checkFiles(server.origin, dist, base), server.log()).toEqual([]);
      expect(await checkInBrowser(browser, server.origin, base), server.log()).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
