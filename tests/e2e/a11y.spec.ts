import { expect, test } from '@playwright/test';
import { axeDarkViolations, axeViolations } from './lib/axe.ts';

/**
 * States the crawl cannot reach by loading a page: the search results, drawn in the browser after
 * a query. Every page template, with every part it shows, is checked in both schemes by the crawl
 * (crawl.spec.ts); the map's states and the gallery's open panels by their own specs.
 */
const STATES = [
  ['recherche', '/recherche/?q=logement'],
  ['search', '/en/search/?q=Grenoble'],
] as const;

for (const [name, path] of STATES) {
  test(`${name} with its results has no violation, light and dark`, async ({ page }) => {
    await page.goto(path);
    await page.locator('[data-search-results] li').first().waitFor();
    expect(await axeViolations(page), 'clair').toEqual([]);
    // As the crawl does: the reader's scheme switched on the loaded page, the rules on colours.
    expect(await axeDarkViolations(page), 'sombre').toEqual([]);
  });
}

test('the check reports what is wrong, and the crawl’s dark pass finds text readable only in light', async ({ page }) => {
  await page.goto('/');
  expect(await axeViolations(page)).toEqual([]);
  // An image without a text alternative, and near-black text on the page's own background.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><p style="color:#1a1a1a">Illisible dans le noir</p>');
  });
  const rules = (found: string[]) => found.map((v) => v.split(' ')[0]);
  expect(rules(await axeViolations(page))).toEqual(['image-alt']);
  // Switched on the loaded page as the crawl does: the background turns dark, the text does not.
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  expect(rules(await axeDarkViolations(page))).toEqual(['color-contrast']);
  expect(await background()).not.toBe(light);
});
