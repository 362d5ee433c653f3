import { expect, test } from './lib/reader.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import {
  actions,
  articles,
  builtPages,
  DIST,
  domains,
  figures,
  internalLinks,
  publishedArticles,
  resolves,
  territories,
} from './support/content.ts';

test.describe('built site (files in dist)', () => {
  test('every territory, action, domain and published article has a page, and drafts have none', () => {
    const pages = new Set(builtPages());
    const expected = [
      ...territories.map((t) => `/territoires/${t.id}/`),
      ...actions.map((a) => `/actions/${a.id}/`),
      ...domains.map((d) => `/domaines/${d.id}/`),
      ...publishedArticles.map((a) => `/articles/${a.id}/`),
      '/',
      '/territoires/',
      '/actions/',
      '/domaines/',
      '/articles/',
      '/donnees/',
      '/a-propos/',
      '/recherche/',
    ];
    expect(expected.filter((p) => !pages.has(p))).toEqual([]);
    for (const draft of articles.filter((a) => a.draft)) expect(pages.has(`/articles/${draft.id}/`)).toBe(false);
    const count = (prefix: string) => [...pages].filter((p) => new RegExp(`^${prefix}[^/]+/$`).test(p)).length;
    expect(count('/territoires/')).toBe(territories.length);
    expect(count('/actions/') - ['territoire', 'domaine'].filter((d) => pages.has(`/actions/${d}/`)).length).toBe(actions.length);
    expect(count('/domaines/')).toBe(domains.length);
    expect(count('/articles/')).toBe(publishedArticles.length);
    expect(readdirSync(DIST)).toContain('404.html');
  });

  test('every internal link of every page resolves to a built file', () => {
    const broken: string[] = [];
    for (const page of builtPages()) {
      for (const link of internalLinks(page)) {
        if (!resolves(link)) broken.push(`${page} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every territory, action, domain and article page is within three clicks of the home page', () => {
    const depth = new Map<string, number>([['/', 0]]);
    let frontier = ['/'];
    for (let d = 1; d <= 3; d++) {
      const next: string[] = [];
      for (const page of frontier) {
        for (const raw of internalLinks(page)) {
          const link = raw.split('#')[0]!.split('?')[0]!;
          if (!link.endsWith('/') || depth.has(link) || !resolves(link)) continue;
          depth.set(link, d);
          next.push(link);
        }
      }
      frontier = next;
    }
    const targets = [
      ...territories.map((t) => `/territoires/${t.id}/`),
      ...actions.map((a) => `/actions/${a.id}/`),
      ...domains.map((x) => `/domaines/${x.id}/`),
      ...publishedArticles.map((a) => `/articles/${a.id}/`),
    ];
    expect(targets.filter((t) => !depth.has(t))).toEqual([]);
  });

  test('no word is glued to a link, code or bold element (whitespace lost between text and markup)', () => {
    const glued: string[] = [];
    for (const page of builtPages()) {
      const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
      for (const m of html.matchAll(/[\p{L},:;]<(a|code|strong)[ >]|<\/(a|code|strong)>[\p{L}(]/gu)) {
        glued.push(`${page} : …${html.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
      }
    }
    expect(glued).toEqual([]);
  });

  test('open-data files have one row per content entry', () => {
    const csvRows = (file: string) =>
      readFileSync(join(DIST, 'donnees', file), 'utf8')
        .split('\r\n')
        .filter(Boolean);
    // No cell holds a raw CRLF (the writer quotes line breaks, and the content has none): one line per row.
    expect(csvRows('actions.csv').length - 1).toBe(actions.length);
    expect(csvRows('territoires.csv').length - 1).toBe(territories.length);
    const json = (file: string) => JSON.parse(readFileSync(join(DIST, 'donnees', file), 'utf8'));
    expect(
      json('actions.json')
        .items.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual(actions.map((a) => a.id).sort());
    expect(json('territoires.json').count).toBe(territories.length);
    expect(json('chiffres.json').count).toBe(figures.length);
    expect(json('articles.json').count).toBe(publishedArticles.length);
    const geo = json('territoires.geojson');
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(
      territories.map((t) => t.id).sort(),
    );
    for (const f of geo.features) expect(f.geometry.type).toBe('Point');
  });

  test('feeds, robots.txt and Open Graph images exist for every territory and article', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const feed = readFileSync(join(DIST, 'articles', 'rss.xml'), 'utf8');
    expect(feed.match(/<item>/g)?.length).toBe(publishedArticles.length);
    for (const t of territories) {
      expect(resolves(`/territoires/${t.id}/rss.xml`), t.id).toBe(true);
      expect(resolves(`/og/territoires/${t.id}.png`), t.id).toBe(true);
    }
    for (const a of publishedArticles) expect(resolves(`/og/articles/${a.id}.png`), a.id).toBe(true);
    const png = readFileSync(join(DIST, 'og', 'territoires', `${territories[0]!.id}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  test('the catalogue and search pages ship small scripts (no schema library in the browser)', () => {
    /** A module and every module it imports statically (Vite writes `from"./chunk.js"`). */
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      const code = readFileSync(join(DIST, file), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
        closure(join(file, '..', m[1]!).replace(/\\/g, '/'), seen);
      }
      return seen;
    };
    for (const page of ['/actions/', '/recherche/']) {
      const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
      const entries = [...html.matchAll(/<script[^>]+src="(\/[^"]+\.js)"/g)].map((m) => m[1]!);
      expect(entries.length, page).toBeGreaterThan(0);
      const files = new Set(entries.flatMap((e) => [...closure(e)]));
      const gzipped = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
      expect(gzipped, `${page} : ${[...files].join(', ')}`).toBeLessThan(8_000);
    }
  });
});

test.describe('pages in the browser', () => {
  test('a territory with conflicting amounts shows them all and says the sources disagree', async ({ page }) => {
    await page.goto('/territoires/grenoble/');
    await expect(page.locator('h1')).toHaveText('Grenoble');
    const funding = page.locator('#financement').locator('..');
    await expect(funding).toContainText('300\u202F000\u00A0€');
    await expect(funding).toContainText('349\u202F000\u00A0€');
    await expect(funding.getByText('Les sources divergent')).toBeVisible();
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/territoires\/grenoble\.png$/);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
  });

  test('a territory without documented action says so, never « 0 »', async ({ page }) => {
    const withActions = new Set(actions.map((a) => a.territory));
    const without = territories.find((t) => !withActions.has(t.id))!;
    await page.goto(`/territoires/${without.id}/`);
    await expect(page.locator('section[aria-labelledby="actions"]').getByText('Aucune action documentée')).toBeVisible();
  });

  test('article components render a figure with its value and source link', async ({ page }) => {
    await page.goto('/articles/les-ctai-en-chiffres/');
    const figure = page.locator('[data-figure="dotation-2019-2020"]');
    await expect(figure).toContainText('300\u202F000\u00A0€');
    expect(await figure.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-figure]')).toHaveCount(5);
  });

  test('the 404 page offers search and the main sections', async ({ page }) => {
    const response = await page.goto('/cette-page-n-existe-pas/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page introuvable');
    await expect(page.getByRole('searchbox', { name: /Chercher/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'le catalogue des actions' })).toBeVisible();
  });
});
