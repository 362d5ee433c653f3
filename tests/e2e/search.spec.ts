import { expect, test } from '@playwright/test';
import { actions } from './support/content.ts';

const housing = actions.filter((a) => a.domains.includes('logement'));

test('the header search loads Pagefind only when used, and « logement » returns housing actions', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
  const box = page.getByRole('searchbox', { name: 'Rechercher sur le site' });
  await box.fill('logement');
  const panel = page.locator('[data-search-panel]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('li').first()).toBeVisible();
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('the search page lists housing actions for « logement » and keeps the query in the URL', async ({ page }) => {
  await page.goto('/recherche/?q=logement');
  const results = page.locator('[data-search-results] li');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('> a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const actionHits = housing.filter((a) => hrefs.some((h) => h.includes(`/actions/${a.id}/`)));
  expect(actionHits.length, `actions « logement » trouvées parmi ${hrefs.join(', ')}`).toBeGreaterThanOrEqual(
    Math.min(3, housing.length),
  );
  await expect(page.getByRole('searchbox', { name: 'Mots recherchés' })).toHaveValue('logement');
  // The page's own status line says the count (not the header box's, which stays hidden).
  await expect(page.locator('[data-search-page-status]')).toHaveText(/^\d+\u00A0résultats? pour « logement »$/);
});

test('the search page filters by domain', async ({ page }) => {
  await page.goto('/recherche/?q=accompagnement&domaine=Logement');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.getByLabel('Domaine')).toHaveValue('Logement');
  const kinds = await page.locator('[data-search-results] li .badge').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
});
