/**
 * The map comes first (geometry of the first screen at desktop and phone widths), MapLibre loads
 * only on the reader's first exploring gesture and takes over where the SVG was, and
 * « Ma commune est-elle concernée ? » answers from the commune index.
 */
import { test, expect, type Page } from '@playwright/test';

const shots = process.env.MAP_SHOTS ?? 'test-results/map-shots';
const explorer = (page: Page) => page.locator('[data-map-explorer]').first();
const svgMap = (page: Page) => page.locator('.france-map-svg').first();
const waitForMap = (page: Page) => expect(explorer(page)).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });

/** Every request whose URL matches `re`, as the test goes. */
function requests(page: Page, re: RegExp): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (re.test(r.url())) seen.push(r.url());
  });
  return seen;
}

test.describe('map first, at 1366 × 900 and 390 × 844', () => {
  test('/carte/ at 1366 × 900: the map starts within 250 px and fills 60 % of the screen; legend and counts in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/carte/');
    const box = (await svgMap(page).boundingBox())!;
    expect(box.y).toBeLessThanOrEqual(250);
    expect(box.height).toBeGreaterThanOrEqual(0.6 * 900);
    for (const sel of ['.map-legend', '[data-map-summary]', '.map-notice', 'summary:has-text("Filtres")'])
      expect((await page.locator(sel).first().boundingBox())!.y + 10, sel).toBeLessThan(900);
    // The panel sits beside the map, not under it.
    const panel = (await page.locator('[data-map-panel]').boundingBox())!;
    expect(panel.x).toBeGreaterThan(box.x + box.width - 1);
    expect(panel.y).toBeLessThan(box.y + 50);
    // Opening the filters leaves the counts and the legend visible.
    await page.getByText('Filtres', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Logement' })).toBeVisible();
    await expect(page.locator('[data-map-summary]')).toBeInViewport();
    await expect(page.locator('.map-legend')).toBeInViewport();
    await page.screenshot({ path: `${shots}/carte-1366-filtres.png` });
  });

  test('/carte/ at 390 × 844: the map is in the first screen; a territory opens as a bottom sheet', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/carte/');
    const box = (await svgMap(page).boundingBox())!;
    // At least 40 % of the drawing shows without scrolling.
    expect(box.y + 0.4 * box.height).toBeLessThan(844);
    await page.screenshot({ path: `${shots}/carte-390.png` });
    await page.locator('.france-map-svg a[data-territory="grenoble"]').click();
    const panel = page.locator('[data-map-panel]');
    await expect(panel.getByRole('heading', { name: 'Grenoble' })).toBeVisible();
    const sheet = (await panel.boundingBox())!;
    expect(Math.round(sheet.y + sheet.height)).toBe(844);
    expect(sheet.width).toBe(390);
    await page.screenshot({ path: `${shots}/carte-390-sheet.png` });
    await panel.getByRole('button', { name: /Fermer/ }).click();
    await expect(panel.getByRole('heading', { name: 'Grenoble' })).toHaveCount(0);
  });

  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const)
    test(`home at ${width} × ${height}: the map, the commune field and a key figure in the first screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      const map = (await svgMap(page).boundingBox())!;
      expect(map.y + 0.4 * map.height).toBeLessThan(height);
      if (width > 1000) {
        await expect(page.getByLabel('Ma commune est-elle concernée')).toBeInViewport();
        await expect(page.locator('.key-figure').first()).toBeInViewport();
      }
      await page.screenshot({ path: `${shots}/accueil-${width}.png` });
    });
});

test.describe('MapLibre on intent', () => {
  test('no MapLibre byte before a gesture; a click on the SVG opens the panel without it', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const maplibre = requests(page, /maplibre/i);
    const mapData = requests(page, /\/data\/map\.json/);
    await page.goto('/carte/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    // Before any interaction, not even the map's data is fetched.
    expect(mapData).toEqual([]);
    await page.locator('.france-map-svg a[data-territory="grenoble"]').click();
    const panel = page.locator('[data-map-panel]');
    await expect(panel.getByRole('heading', { name: 'Grenoble' })).toBeVisible();
    await expect(page).toHaveURL(/territoire=grenoble/);
    await page.mouse.move(10, 10);
    await page.waitForTimeout(500);
    expect(maplibre).toEqual([]);
    await expect(explorer(page)).not.toHaveAttribute('data-map-ready');
  });

  test('after a wheel over Lyon, MapLibre draws the map at the same place: Lyon stays under the pointer', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const maplibre = requests(page, /maplibre/i);
    await page.goto('/carte/');
    const lyon = (await page.locator('.france-map-svg a[data-territory="lyon"] circle').boundingBox())!;
    const x = lyon.x + lyon.width / 2;
    const y = lyon.y + lyon.height / 2;
    await page.mouse.move(x, y);
    expect(maplibre).toEqual([]);
    await page.mouse.wheel(0, -500);
    // The SVG answers at once: it is zoomed before MapLibre arrives.
    await expect(svgMap(page)).toHaveAttribute('style', /scale\(/);
    await waitForMap(page);
    expect(maplibre.length).toBeGreaterThan(0);
    await expect(page.locator('.maplibregl-canvas')).toBeVisible();
    const rendered = (await explorer(page).getAttribute('data-rendered-territories'))!.split(' ');
    // Zoomed in on Lyon: it is drawn, Brest (at the other end of France) is out of view.
    expect(rendered).toContain('lyon');
    expect(rendered).not.toContain('brest');
    // Same extent: the territory under the pointer is still Lyon (MapLibre's tooltip names it).
    await page.mouse.move(x + 1, y + 1);
    await page.mouse.move(x, y);
    await expect(page.locator('.map-tooltip')).toContainText('Lyon');
    await page.locator('[data-map-stage]').screenshot({ path: `${shots}/maplibre-after-wheel.png` });
  });
  // « Explorer la carte » at the whole country: map.spec.ts (every territory drawn, axe on it).
});

test.describe('Ma commune est-elle concernée ?', () => {
  async function ask(page: Page, query: string, option: RegExp) {
    const field = page.getByRole('combobox', { name: 'Ma commune est-elle concernée' });
    await field.fill(query);
    await expect(page.getByRole('option', { name: option }).first()).toBeVisible();
    await field.press('ArrowDown');
    await expect(field).toHaveAttribute('aria-activedescendant', /.+/);
    await field.press('Enter');
  }

  test('Villeurbanne: covered by the Métropole de Lyon; the URL keeps it; no MapLibre needed', async ({ page }) => {
    const index = requests(page, /\/data\/communes\//);
    const maplibre = requests(page, /maplibre/i);
    await page.goto('/carte/');
    await page.waitForLoadState('networkidle');
    expect(index).toEqual([]);
    await ask(page, 'Villeurbanne', /^Villeurbanne \(69\)/);
    const answer = page.locator('[data-commune-answer]').first();
    await expect(answer).toHaveAttribute('aria-live', 'polite');
    await expect(answer).toContainText('Villeurbanne (69)');
    await expect(answer).toContainText('Métropole de Lyon');
    await expect(answer.getByRole('link', { name: 'Fiche du territoire\u00A0: Lyon' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]commune=villeurbanne-69266/);
    // The map opens the territory’s panel.
    await expect(page.locator('[data-map-panel]').getByRole('heading', { name: 'Lyon' })).toBeVisible();
    // Two shards at most for a first answer: the entry point and one letter.
    expect(index.length).toBeLessThanOrEqual(2);
    expect(maplibre).toEqual([]);
    await page.reload();
    await expect(page.locator('[data-commune-answer]').first()).toContainText('Métropole de Lyon');
  });

  test('69100 finds Villeurbanne; « st etienne » finds Saint-Étienne and says no contract is documented', async ({ page }) => {
    await page.goto('/');
    await ask(page, '69100', /^Villeurbanne \(69\)/);
    const answer = page.locator('[data-commune-answer]').first();
    await expect(answer).toContainText('Métropole de Lyon');
    await ask(page, 'st etienne', /^Saint-Étienne \(42\)/);
    await expect(answer).toContainText('Saint-Étienne (42)');
    await expect(answer).toContainText('aucun contrat documenté pour cette commune');
    await expect(answer).toContainText('ne veut pas dire qu’il n’en existe pas');
    await expect(answer).not.toContainText('Métropole de Lyon');
    await expect(page).toHaveURL(/[?&]commune=saint-etienne-42218/);
  });

  test('without JavaScript the field submits to /carte/, which says the lookup needs JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Ma commune est-elle concernée').fill('Villeurbanne');
    await page.getByLabel('Ma commune est-elle concernée').press('Enter');
    await expect(page).toHaveURL(/\/carte\/\?commune=Villeurbanne/);
    // Playwright parses <noscript> as if scripts ran (it only stops them): read its markup.
    expect(await page.locator('[data-commune-lookup] noscript').first().textContent()).toContain(
      'Cette recherche demande JavaScript',
    );
    await expect(page.locator('.france-map-svg')).toBeVisible();
    await context.close();
  });
});
