import { expect, test } from '@playwright/test';
import { axeViolations } from './lib/axe.ts';

/**
 * States the crawl cannot reach by loading a page: the search results, drawn in the browser after
 * a query. Every page template, with every part it shows, is checked in both schemes by the crawl
 * (crawl.spec.ts); the map's states and the gallery's open panels by their own specs.
 */
const STATES = [
  ['recherche', '/recherche/?q=logement'],
  ['search', '/en/search/?q=Grenoble'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of STATES) {
      test(`${name} with its results has no violation`, async ({ page }) => {
        await page.goto(path);
        await page.locator('[data-search-results] li').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('the check reports what is wrong, and the crawl’s switch to the dark scheme restyles a loaded page', async ({ page }) => {
  await page.goto('/');
  expect(await axeViolations(page)).toEqual([]);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).not.toBe(light);
  // An image without a text alternative, pale text on the page: both are reported, by rule.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><p style="color:#333;background:#222">Illisible</p>');
  });
  const found = (await axeViolations(page)).map((v) => v.split(' ')[0]);
  expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});
