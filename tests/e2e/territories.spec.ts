/**
 * What research round 3 made visible: the kind of signatory as a filter of /territoires/ (rural
 * communautés de communes apart from metropolises), dates the research flags (bounds, sources that
 * disagree), and the national milestones with their sources. Read without JavaScript: these are
 * build-time pages.
 */
import { expect, test } from './lib/reader.ts';
import { readdirSync, readFileSync } from 'node:fs';

interface TerritoryFile {
  id: string;
  name: string;
  signatoryKind: string;
}
const territories = readdirSync('content/territories').map(
  (f) => JSON.parse(readFileSync(`content/territories/${f}`, 'utf8')) as TerritoryFile,
);
const rural = territories.filter((t) => t.signatoryKind === 'communauté de communes');

test.use({ javaScriptEnabled: false });

test('the kind of signatory filters /territoires/ without JavaScript, and each kind has its address', async ({ page }) => {
  expect(rural.map((t) => t.id).sort()).toEqual(['clunisois', 'saint-marcellin-vercors-isere']);
  await page.goto('/territoires/');
  const filter = page.getByRole('navigation', { name: 'Type de signataire' });
  await expect(filter.getByRole('link', { name: /^Tous/ })).toHaveAttribute('aria-current', 'page');
  // Every kind's count adds up to the whole list.
  const counts = await filter.locator('a .n').allTextContents();
  const [all, ...kinds] = counts.map(Number);
  expect(kinds.reduce((a, b) => a + b, 0)).toBe(all);
  expect(all).toBe(territories.length);

  await filter.getByRole('link', { name: /Communautés de communes/ }).click();
  await expect(page).toHaveURL(/\/territoires\/signataire\/communaute-de-communes\/$/);
  await expect(filter.getByRole('link', { name: /Communautés de communes/ })).toHaveAttribute('aria-current', 'page');
  const rows = page.locator('table tr[data-territory]');
  expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-territory')))).sort()).toEqual(
    rural.map((t) => t.id).sort(),
  );
  await expect(rows.first().locator('td').first()).toHaveText('communauté de communes');
});

test('a rural territory says what signed it and shows its whole intercommunality', async ({ page }) => {
  await page.goto('/territoires/clunisois/');
  const card = page.locator('dl.facts');
  await expect(card).toContainText('communauté de communes');
  await expect(card).toContainText('CC du Clunisois');
  await expect(card).toContainText('41 communes');
  await expect(card).toContainText('2022 (date déduite)');
});

test('a bound is said as a bound, never as a date (Pau)', async ({ page }) => {
  await page.goto('/territoires/pau-bearn-pyrenees/');
  const signature = page.locator('dl.facts div', { has: page.locator('dt', { hasText: 'Première signature' }) });
  await expect(signature.locator('dd')).toContainText(/après le\s24\soctobre\s2022 \(borne déduite\)/);
  await expect(signature.locator('dd')).not.toContainText(/^\s*24\soctobre\s2022/);
  await page.goto('/territoires/');
  await expect(page.locator('tr[data-territory="pau-bearn-pyrenees"]')).toContainText(/après le\s24\soctobre\s2022/);
});

test('Montpellier’s two signature dates stand side by side as « Les sources divergent »', async ({ page }) => {
  await page.goto('/territoires/montpellier/');
  const claims = page.locator('.claims');
  await expect(claims).toContainText('Les sources divergent');
  const items = claims.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(/10\sdécembre\s2021/);
  await expect(items.nth(0)).toContainText('Ville de Montpellier');
  await expect(items.nth(1)).toContainText(/janvier\s2022 \(annoncée, année déduite\)/);
  await expect(items.nth(1)).toContainText('Montpellier Infos');
});

test('the national milestones are in date order on /a-propos/, each with its sources', async ({ page }) => {
  await page.goto('/a-propos/');
  const items = page.locator('ol.milestones > li');
  expect(await items.count()).toBeGreaterThan(20);
  const dates = (await page
    .locator('ol.milestones time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!))) as string[];
  expect([...dates].sort()).toEqual(dates);
  for (const id of [
    'instr-2019-12-27',
    'instr-2021-02-17',
    'circ-2022-01-25',
    'instr-2023-02-08',
    'instr-2024',
    'agir-deploiement',
  ])
    await expect(page.locator(`ol.milestones li[data-figure="${id}"] .sources a[href^="http"]`).first()).toBeAttached();
});
