import type { Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';
import { axeViolations } from './lib/axe.ts';
import { readdirSync, readFileSync } from 'node:fs';

const territoryIds = readdirSync('content/territories')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const actions = readdirSync('content/actions').map(
  (f) => JSON.parse(readFileSync(`content/actions/${f}`, 'utf8')) as { territory: string; domains: string[] },
);
const shots = process.env.MAP_SHOTS ?? 'test-results/map-shots';

/** Fails the test if the page asks anything of a host other than 127.0.0.1. */
function guardRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  return foreign;
}

const explorer = (page: Page) => page.locator('[data-map-explorer]');
const waitForMap = (page: Page) => expect(explorer(page)).toHaveAttribute('data-map-ready', '', { timeout: 30_000 });
/** MapLibre loads on the reader's intent: « Explorer la carte » asks for it at the whole extent. */
const exploreMap = async (page: Page) => {
  await page.getByRole('button', { name: 'Explorer la carte' }).click();
  await waitForMap(page);
};
const openFilters = (page: Page) => page.locator('[data-map-filters-box] > summary').click();

test.describe('with JavaScript', () => {
  test('MapLibre draws every territory, offline, and the explored map passes axe', async ({ page }) => {
    const foreign = guardRequests(page);
    await page.goto('/carte/');
    await exploreMap(page);
    const rendered = (await explorer(page).getAttribute('data-rendered-territories'))!.split(' ').sort();
    expect(rendered).toEqual(territoryIds);
    await expect(page.locator('.maplibregl-canvas')).toBeVisible();
    await expect(page.locator('.france-map-svg')).toBeHidden();
    await page.locator('[data-map-stage]').screenshot({ path: `${shots}/maplibre-desktop.png` });
    expect(foreign).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a domain filter updates the counts and the URL; reloading restores it', async ({ page }) => {
    await page.goto('/carte/');
    const grenoble = page.locator('tr[data-territory="grenoble"] [data-count]');
    const all = actions.filter((a) => a.territory === 'grenoble').length;
    await expect(grenoble).toHaveText(String(all));
    const logement = actions.filter((a) => a.territory === 'grenoble' && a.domains.includes('logement')).length;
    await expect(page.locator('[data-filter-count]')).toHaveText('');
    await openFilters(page);
    await page.getByRole('checkbox', { name: 'Logement' }).check();
    // The « Filtres » button counts the active filters.
    await expect(page.locator('[data-filter-count]')).toHaveText('1');
    await expect(page).toHaveURL(/[?&]domaines=logement(&|$)/);
    await expect(grenoble).toHaveText(logement ? String(logement) : /aucune action documentée pour ce filtre/);
    expect(logement).toBeLessThan(all);
    const summary = await page.locator('[data-map-summary]').textContent();
    await page.reload();
    await expect(page.locator('[data-filter-count]')).toHaveText('1');
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: 'Logement' })).toBeChecked();
    await expect(grenoble).toHaveText(logement ? String(logement) : /aucune action documentée pour ce filtre/);
    await expect(page.locator('[data-map-summary]')).toHaveText(summary!);
    // Folding the filters again uncovers the map's controls.
    await openFilters(page);
    await exploreMap(page);
    await page.locator('[data-map-stage]').screenshot({ path: `${shots}/maplibre-logement.png` });
  });

  test('the kind of signatory filters the list, the SVG map and MapLibre, and stays in the URL', async ({ page }) => {
    const rural = readdirSync('content/territories')
      .map((f) => JSON.parse(readFileSync(`content/territories/${f}`, 'utf8')) as { id: string; signatoryKind: string })
      .filter((t) => t.signatoryKind === 'communauté de communes')
      .map((t) => t.id)
      .sort();
    expect(rural.length).toBeGreaterThan(0);
    await page.goto('/carte/');
    await openFilters(page);
    await page.getByRole('checkbox', { name: /Communautés de communes/ }).check();
    await expect(page).toHaveURL(/[?&]signataires=communaute-de-communes(&|$)/);
    await expect(page.locator('[data-filter-count]')).toHaveText('1');
    const visibleRows = page.locator('.map-list tr[data-territory]:visible');
    expect((await visibleRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-territory')))).sort()).toEqual(rural);
    await expect(page.locator('[data-map-summary]')).toContainText(`sur ${rural.length} du type de signataire choisi`);
    // A metropolis leaves the static map: its area, circle and name.
    await expect(page.locator('.france-map-svg a[data-territory="lyon"]')).toBeHidden();
    await expect(page.locator(`.france-map-svg a[data-territory="${rural[0]}"]`)).toBeVisible();
    // The view survives a reload, and MapLibre draws only the chosen kind.
    await page.reload();
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: /Communautés de communes/ })).toBeChecked();
    await openFilters(page);
    await exploreMap(page);
    const rendered = (await explorer(page).getAttribute('data-rendered-territories'))!.split(' ').filter(Boolean).sort();
    expect(rendered).toEqual(rural);
  });

  test('an old link (v0) still opens the filtered view', async ({ page }) => {
    await page.goto('/carte/?domaine=logement&debut=2019&fin=2022');
    await expect(page.locator('[data-filter-count]')).toHaveText('2');
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: 'Logement' })).toBeChecked();
    await expect(page.locator('select[name="debut"]')).toHaveValue('2019');
    await expect(page.locator('select[name="fin"]')).toHaveValue('2022');
  });

  test('keyboard: Tab into the list, arrows, Enter opens the announced panel', async ({ page }) => {
    await page.goto('/carte/');
    // Tab from the last territory of the SVG map reaches the list (roving tabindex: one stop);
    // that first focus also brings the map's data, which turns the list's links into buttons.
    await page.locator('.france-map-svg a[data-territory]').last().focus();
    const first = page.locator('[data-territory-button]').first();
    await expect(first).toBeVisible();
    let guard = 0;
    while (!(await first.evaluate((el) => el === document.activeElement)) && guard++ < 60) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const second = page.locator('[data-territory-button]').nth(1);
    await expect(second).toBeFocused();
    const name = (await second.textContent())!.trim();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-map-panel]');
    await expect(panel).toHaveAttribute('aria-live', 'polite');
    await expect(panel.getByRole('heading', { name })).toBeVisible();
    await expect(panel.getByRole('link', { name: `Fiche du territoire\u00A0: ${name}` })).toBeVisible();
    await expect(page).toHaveURL(/territoire=/);
    // Escape closes the panel and leaves focus where it was.
    await page.keyboard.press('Escape');
    await expect(panel.getByRole('heading', { name })).toHaveCount(0);
    await expect(second).toBeFocused();
    await expect(page).not.toHaveURL(/territoire=/);
  });

  test('narrow screen (360 px): the SVG map passes axe, MapLibre waits for the reader, then fits', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/carte/');
    // MapLibre loads only when the reader asks for it.
    await page.locator('[data-map-list]').hover();
    await expect(page.locator('[data-territory-button]').first()).toBeAttached();
    await expect(explorer(page)).not.toHaveAttribute('data-map-ready');
    // Meanwhile the static SVG map is what readers get: it passes axe too.
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.locator('.france-map-svg')).toBeAttached();
    expect(await page.locator('.france-map-svg').evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    await exploreMap(page);
    const box = (await page.locator('.maplibre-host').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    await page.locator('[data-map-stage]').screenshot({ path: `${shots}/maplibre-360.png` });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/carte/ shows the SVG map and lists every territory', async ({ page }) => {
    const foreign = guardRequests(page);
    await page.goto('/carte/');
    await expect(page.locator('.france-map-svg')).toBeVisible();
    const rows = page.locator('[data-map-list] tbody tr');
    await expect(rows).toHaveCount(territoryIds.length);
    const listed = (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-territory')))).sort();
    expect(listed).toEqual(territoryIds);
    // Every territory is also a link on the map, with an accessible name.
    await expect(page.locator('.france-map-svg a[data-territory]')).toHaveCount(territoryIds.length);
    const noData = territoryIds.filter((id) => !actions.some((a) => a.territory === id));
    for (const id of noData)
      await expect(page.locator(`tr[data-territory="${id}"] [data-count]`)).toHaveText('aucune action documentée');
    await page.locator('[data-france-map]').screenshot({ path: `${shots}/svg-desktop.png` });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator('[data-france-map]').screenshot({ path: `${shots}/svg-360.png` });
    expect(foreign).toEqual([]);
  });
});
