/**
 * The map in English: /en/map/ speaks English (filters, legend, list, panel, commune lookup),
 * reads the same URL parameters as /carte/, and the language switch carries a view (filters,
 * selected territory, commune) across in both directions. The English map embed renders.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';

const explorer = (page: Page) => page.locator('[data-map-explorer]');
const panel = (page: Page) => page.locator('[data-map-panel]');
const lookupField = (page: Page, name: string | RegExp) => page.getByRole('combobox', { name });

test.describe('The map in English', () => {
  test('/en/map/ is in English: filters, legend, list, counts and the static map', async ({ page }) => {
    await page.goto('/en/map/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map of the territories');
    await page.locator('[data-map-filters-box] > summary').click();
    await expect(page.getByRole('group', { name: 'Domains' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Housing' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Years of activity' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Completed' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Kind of signatory' })).toBeVisible();
    const legend = page.getByRole('list', { name: 'Map legend' });
    await expect(legend).toContainText('Hollow ring: no documented action');
    await expect(page.locator('svg.france-map-svg > title')).toHaveText('Map of the territories with a CTAI');
    await expect(page.locator('[data-map-summary]')).toContainText(/territories out of \d+ have at least one documented action/);
    await expect(page.locator('table[data-map-list] thead')).toContainText('First signature');
    // The static map's links lead to the English pages (the list's become buttons once the island runs).
    await expect(page.locator('svg a[data-territory="lyon"]')).toHaveAttribute('href', /\/en\/territories\/lyon\/$/);
    // The mark's name is the territory's (French, marked so); its count is English.
    await expect(page.locator('svg a[data-territory="lyon"] title')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('svg a[data-territory="lyon"] desc')).toHaveText(/^\d+\u00A0documented actions$/);
  });

  test('a filter applies in English; the panel is English, research text marked French', async ({ page }) => {
    await page.goto('/en/map/?domaines=logement&territoire=lyon');
    await expect(page.locator('input[name="domaines"][value="logement"]')).toBeChecked();
    await expect(page.locator('[data-map-summary]')).toContainText('for this filter');
    const p = panel(page);
    await expect(p.getByRole('heading', { name: 'Lyon' })).toBeVisible();
    await expect(p).toContainText('first signature:');
    await expect(p.getByRole('button', { name: 'Close the panel of Lyon' })).toBeVisible();
    await expect(p.getByRole('link', { name: 'Territory page: Lyon' })).toHaveAttribute('href', /\/en\/territories\/lyon\/$/);
    // Action titles without an English version are the French research titles, marked so.
    const titles = p.locator('ul:not(.panel-domains) a');
    expect(await titles.count()).toBeGreaterThan(0);
    for (const a of await titles.all()) {
      await expect(a).toHaveAttribute('href', /\/en\/actions\//);
      if (!(await a.getAttribute('lang'))) continue;
      await expect(a).toHaveAttribute('lang', 'fr');
    }
  });

  test('« Is my commune covered? » answers Villeurbanne in English, from the same index', async ({ page }) => {
    await page.goto('/en/map/');
    const field = lookupField(page, 'Is my commune covered?');
    await field.fill('Villeurbanne');
    await expect(page.getByRole('option', { name: /^Villeurbanne \(69\)/ }).first()).toBeVisible();
    await field.press('ArrowDown');
    await field.press('Enter');
    const answer = page.locator('[data-commune-answer]').first();
    await expect(answer).toContainText('Villeurbanne (69): yes, a documented contract covers it');
    await expect(answer).toContainText('through its intercommunality, Métropole de Lyon');
    await expect(answer).not.toContainText('couvre');
    await expect(answer.getByRole('link', { name: 'Territory page: Lyon' })).toHaveAttribute(
      'href',
      /\/en\/territories\/lyon\/$/,
    );
    await expect(page).toHaveURL(/\/en\/map\/\?(.*&)?commune=villeurbanne-69266/);
    await expect(panel(page).getByRole('heading', { name: 'Lyon' })).toBeVisible();
  });

  test('the switch carries filters and the selected territory from French to English and back', async ({ page }) => {
    await page.goto('/carte/?domaines=logement&territoire=lyon');
    await expect(panel(page).getByRole('heading', { name: 'Lyon' })).toBeVisible();
    const toEnglish = page.locator('[data-lang-switch]');
    // The link itself says where it goes (copy link, new tab), not only the click.
    await expect(toEnglish).toHaveAttribute('href', /\/en\/map\/\?(.*&)?domaines=logement/);
    await toEnglish.click();
    await expect(page).toHaveURL(/\/en\/map\/\?(.*&)?domaines=logement(&|$)/);
    await expect(page).toHaveURL(/[?&]territoire=lyon(&|$)/);
    await expect(page.locator('input[name="domaines"][value="logement"]')).toBeChecked();
    await expect(panel(page).getByRole('heading', { name: 'Lyon' })).toBeVisible();
    await expect(panel(page)).toContainText('first signature:');

    // A filter added in English travels back to French.
    await page.locator('[data-map-filters-box] > summary').click();
    await page.getByRole('checkbox', { name: 'Health and care' }).check();
    await expect(page).toHaveURL(/domaines=logement(%2C|,)sante/);
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', /\/carte\/\?(.*&)?domaines=logement(%2C|,)sante/);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/:\d+\/carte\/\?(.*&)?domaines=logement(%2C|,)sante(&|$)/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('input[name="domaines"][value="sante"]')).toBeChecked();
    await expect(panel(page).getByRole('heading', { name: 'Lyon' })).toBeVisible();
    await expect(panel(page)).toContainText('première signature');
  });

  test('the English map embed renders in English, and the territory page gives its code', async ({ page }) => {
    await page.goto('/en/embed/map/lyon/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('svg.france-map-svg > title')).toHaveText('Map: Lyon and its surroundings');
    await expect(page.getByRole('list', { name: 'Map legend' })).toBeVisible();
    await expect(explorer(page)).toHaveAttribute('aria-label', 'Map of the territory');
    await expect(page.locator('.embed-footer')).toContainText('source by source');

    await page.goto('/en/territories/lyon/');
    await expect(page.locator('[data-map-explorer] svg.france-map-svg > title')).toHaveText('Map: Lyon and its surroundings');
    await page.getByText('Embed this map').click();
    await expect(page.getByLabel('Code to paste into your page')).toHaveValue(/<iframe src="[^"]*\/en\/embed\/map\/lyon\/"/);
  });
});
