import { expect, test } from './lib/reader.ts';
import { readdirSync } from 'node:fs';

const territoryIds = readdirSync('content/territories').map((f) => f.replace(/\.json$/, ''));

test('the home page lists every territory by its map; one opens its panel, then its sourced page', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('contrats territoriaux');
  const rows = page.locator('.map-list tr[data-territory]');
  expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-territory')))).sort()).toEqual(
    [...territoryIds].sort(),
  );

  // With JavaScript the list's names open the map's panel, which links to the territory page.
  const id = territoryIds[0]!;
  // The home page folds the list under its map.
  await page.locator('.map-list summary').click();
  await page.locator(`.map-list [data-territory-button="${id}"]`).click();
  await page.locator(`a[href$="/territoires/${id}/"]`, { hasText: 'Fiche du territoire' }).click();
  await expect(page).toHaveURL(new RegExp(`/territoires/${id}/$`));
  expect(await page.locator('main a[href^="http"]').count(), `sources de ${id}`).toBeGreaterThan(0);
});
