/**
 * Charts and the embed kit in a real browser: readable without JavaScript, an embed on another
 * origin sized to its content by /embed.js, CSV downloads equal to the tables, no axe violations.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';
import { axeDarkViolations, axeViolations } from './lib/axe.ts';
import { createServer, type Server } from 'node:http';
import { CHART_IDS } from '../../src/lib/charts/types.ts';
import { parseCsv } from '../../src/lib/charts/export.ts';

const HOST = '127.0.0.2';
const HOST_PORT = 4342;

/** Header and body rows of a chart's table, as text. */
async function tableRows(page: Page, scope: string): Promise<string[][]> {
  return page
    .locator(`${scope} .chart-data table`)
    .evaluate((table) =>
      [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
}

test.describe('sans JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart of the gallery is an SVG with its description, table and source line', async ({ page }) => {
    await page.goto('/graphiques/');
    for (const id of CHART_IDS) {
      const fig = page.locator(`figure[data-chart="${id}"]`);
      await expect(fig, id).toHaveCount(1);
      const svg = fig.locator('svg[role="img"]:visible');
      await expect(svg, `${id}: one visible SVG`).toHaveCount(1);
      expect(await svg.locator('.mark').count(), `${id}: marks drawn`).toBeGreaterThan(0);
      const labelledBy = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      await expect(page.locator(`[id="${labelledBy[0]}"]`)).not.toBeEmpty();
      await expect(fig.locator('.chart-description')).toHaveText(/\S.{40,}/);
      expect(await fig.locator('.chart-data tbody tr').count(), `${id}: table rows`).toBeGreaterThan(0);
      await expect(fig.locator('.chart-source a').first()).toHaveAttribute('href', /.+/);
      await expect(fig.locator('.chart-source')).toContainText('Source');
    }
  });

  test('an embed page is readable without JavaScript, and a filtered view exists as its own page', async ({ page }) => {
    await page.goto('/embed/actions-par-annee/territoire-grenoble/');
    await expect(page.locator('h1')).toContainText('Grenoble');
    await expect(page.locator('svg[role="img"]:visible')).toHaveCount(1);
    await expect(page.locator('.chart-source')).toContainText('Source');
    await expect(page.locator('footer a')).toContainText('Atlas CTAI');
  });

  test('an unknown filter says so in place instead of drawing an empty chart', async ({ page }) => {
    await page.goto('/embed/actions-par-territoire/domaine-logement/');
    await expect(page.locator('svg[role="img"]:visible')).toHaveCount(1);
    // A territory with no documented action is listed as such, not drawn as a zero bar.
    await expect(page.locator('.chart-notes')).toContainText('Nantes');
    await expect(page.locator('svg:visible .mark[data-key="nantes"]')).toHaveCount(0);
  });
});

test('query parameters lead to the pre-rendered view, or to a message when unknown', async ({ page }) => {
  await page.goto('/embed/actions-par-annee/?territoire=grenoble&domaine=emploi');
  await expect(page).toHaveURL(/\/embed\/actions-par-annee\/territoire-grenoble--domaine-emploi\/$/);
  await expect(page.locator('h1')).toContainText('Grenoble · Emploi');
  await page.goto('/embed/actions-par-annee/?territoire=atlantide');
  await expect(page.locator('[role="alert"]')).toContainText('aucune vue publiée');
});

test.describe('embedded on another origin', () => {
  let server: Server;
  let hostHtml = '';
  test.beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostHtml);
    });
    await new Promise<void>((resolve) => server.listen(HOST_PORT, HOST, resolve));
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  for (const id of ['actions-par-domaine', 'signatures'] as const) {
    test(`the iframe of ${id} takes the height of its content at desktop and 320 px widths`, async ({ page, baseURL }) => {
      // The code a journalist copies, pointed at this test server's origin.
      await page.goto('/graphiques/');
      const code = await page.locator(`figure[data-chart="${id}"] textarea[data-embed-code]`).first().inputValue();
      expect(code).toContain('loading="lazy"');
      expect(code).toMatch(/<iframe[^>]+title="[^"]+"/);
      expect(code).toMatch(/<iframe[^>]*>\s*<a href=/);
      const site = new URL(/src="([^"]+)"/.exec(code)![1]!).origin;
      hostHtml = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Journal</title></head>
        <body style="margin:0;font-family:serif"><h1>Un article</h1><p>Texte avant le graphique.</p>${code.replaceAll(site, new URL(baseURL!).origin)}<p id="after">Texte après.</p></body></html>`;
      const iframe = page.locator('iframe');
      const frame = page.frameLocator('iframe');
      for (const width of [1200, 320]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`http://${HOST}:${HOST_PORT}/`);
        await iframe.scrollIntoViewIfNeeded();
        await expect(frame.locator('svg[role="img"]:visible')).toHaveCount(1);
        await expect
          .poll(
            async () => {
              const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
              const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
              return Math.abs(outer - inner);
            },
            { timeout: 15_000, message: `iframe height at ${width}px` },
          )
          .toBeLessThanOrEqual(3);
        // No inner scrollbar, and no blank band under the content.
        const { scroll, client } = await frame
          .locator('html')
          .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
        expect(scroll - client).toBeLessThanOrEqual(2);
        const footer = await frame.locator('footer').evaluate((el) => el.getBoundingClientRect().bottom);
        const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
        expect(frameHeight - footer).toBeLessThan(24);
        // Viewport screenshot: full-page captures paint cross-origin iframes only partly.
        await page.locator('#after').scrollIntoViewIfNeeded();
        // Give the out-of-process iframe time to repaint after scrolling (screenshot only).
        await page.waitForTimeout(500);
        await page.screenshot({ path: `test-results/charts-host-${id}-${width}.png` });
      }
      // Opening the data table grows the content: the iframe follows.
      const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
      await frame.locator('.chart-data summary').click();
      await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(before + 100);
      await expect
        .poll(async () => {
          const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
          const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
          return Math.abs(outer - inner);
        })
        .toBeLessThanOrEqual(3);
    });
  }

  test('the parent script ignores height messages from other origins', async ({ page, baseURL }) => {
    hostHtml = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title>
      <script src="${new URL('/embed.js', baseURL).href}"></script></head><body>
      <iframe title="Ailleurs" height="150" srcdoc="<p>x</p>"></iframe></body></html>`;
    await page.goto(`http://${HOST}:${HOST_PORT}/`);
    await page.waitForFunction(() => (window as unknown as { __atlasCtaiEmbed?: boolean }).__atlasCtaiEmbed === true);
    await page.evaluate(() => {
      const f = document.querySelector('iframe')!;
      // Sent by the host page itself (wrong origin): must be ignored.
      window.postMessage('pymxPYMxxxPYMxheightxPYMx999', '*');
      f.contentWindow!.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 999 }, '*');
    });
    await page.waitForTimeout(300);
    expect(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(200);
  });
});

test('each CSV download holds exactly the rows of the table shown', async ({ page, request }) => {
  await page.goto('/graphiques/');
  for (const id of CHART_IDS) {
    const scope = `figure[data-chart="${id}"]`;
    const href = await page.locator(`${scope} a[data-csv]`).getAttribute('href');
    const res = await request.get(href!);
    expect(res.ok(), id).toBe(true);
    expect(res.headers()['content-type']).toContain('text/csv');
    expect(parseCsv(await res.text()), id).toEqual(await tableRows(page, scope));
  }
  // A filtered view too, from its embed page's table.
  await page.goto('/embed/actions-par-domaine/territoire-strasbourg/');
  const res = await request.get('/donnees/graphiques/actions-par-domaine/territoire-strasbourg.csv');
  expect(parseCsv(await res.text())).toEqual(await tableRows(page, 'main'));
});

test('PNG, SVG and oEmbed files exist for the default views', async ({ request, page }) => {
  for (const id of CHART_IDS) {
    const png = await request.get(`/donnees/graphiques/${id}.png`);
    expect(png.headers()['content-type'], id).toBe('image/png');
    expect((await png.body()).length, `${id}.png is not blank`).toBeGreaterThan(20_000);
    const svg = await request.get(`/donnees/graphiques/${id}.svg`);
    expect(await svg.text()).toContain('<svg');
    const oembed = await (await request.get(`/oembed/${id}.json`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(oembed.html).toContain(`/embed/${id}/`);
  }
  await page.goto('/embed/signatures/');
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', /\/oembed\/signatures\.json$/);
});

test('tooltips follow the pointer and the keyboard, and highlight the table row', async ({ page }) => {
  await page.goto('/graphiques/');
  const fig = page.locator('figure[data-chart="actions-par-domaine"]');
  await fig.locator('.chart-data summary').click();
  const bar = fig.locator('svg:visible .mark[data-key="logement"] rect');
  await bar.hover();
  await expect(fig.locator('.chart-tooltip')).toBeVisible();
  await expect(fig.locator('.chart-tooltip')).toContainText('Logement');
  await expect(fig.locator('tr[data-key="logement"]')).toHaveClass(/is-active/);
  // The keyboard starts on the first bar, which is the table's first row (the order follows the data).
  const next = await fig.locator('tbody tr th').first().innerText();
  await fig.locator('.chart-plot').focus();
  await page.keyboard.press('ArrowDown');
  await expect(fig.locator('.chart-tooltip')).toContainText(next);
});

test('axe finds no violation on the gallery with its panels open, light and dark', async ({ page }) => {
  // The gallery's panels, opened, hold two embed options per chart (live and frozen): axe takes
  // 30–40 s on it on a loaded 2-core machine. (The crawl checks the gallery and embed pages as
  // they load, in both schemes; the panels opened are ours.)
  test.setTimeout(180_000);
  await page.goto('/graphiques/');
  await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  expect(await axeViolations(page), '/graphiques/ (clair)').toEqual([]);
  // The dark scheme changes colours only: the rules on colours (lib/axe.ts COLOUR_RULES).
  expect(await axeDarkViolations(page), '/graphiques/ (sombre)').toEqual([]);
});

test('screenshots: desktop, 320 px and dark mode', async ({ browser, baseURL }) => {
  for (const [name, opts] of [
    ['desktop', { viewport: { width: 1280, height: 900 } }],
    ['320', { viewport: { width: 320, height: 800 } }],
    ['dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const }],
  ] as const) {
    const context = await browser.newContext({ ...opts, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/graphiques/');
    // No horizontal scrolling at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), name).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `test-results/charts-gallery-${name}.png`, fullPage: true });
    await page.goto('/embed/signatures/');
    await page.screenshot({ path: `test-results/charts-embed-${name}.png`, fullPage: true });
    await context.close();
  }
});

test('embed pages weigh under 30 kB compressed, fonts excluded', async ({ page }) => {
  const { gzipSync } = await import('node:zlib');
  const weights: string[] = [];
  for (const id of CHART_IDS) {
    const bodies: Promise<number>[] = [];
    const onResponse = (res: import('@playwright/test').Response) => {
      if (/\.(woff2?|ttf)$/.test(res.url())) return;
      bodies.push(
        res.body().then(
          (b) => gzipSync(b, { level: 9 }).length,
          () => 0,
        ),
      );
    };
    page.on('response', onResponse);
    await page.goto(`/embed/${id}/`, { waitUntil: 'load' });
    page.off('response', onResponse);
    const sizes = await Promise.all(bodies);
    const total = sizes.reduce((a, b) => a + b, 0);
    weights.push(`${id}: ${sizes.length} requests, ${(total / 1000).toFixed(1)} kB gzip`);
    expect(total, id).toBeLessThan(30_000);
  }
  console.log(weights.join('\n'));
});
