/**
 * Data releases in the browser: /embed/actions-par-annee/ counts today's actions while each archived
 * release's frozen view keeps the count it published, says when newer data exists and what changed,
 * and gives a citation line; the embed panel offers the live and the frozen view.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';
import { axeViolations } from './lib/axe.ts';
import { readFileSync } from 'node:fs';
import { actions, territories } from './support/content.ts';

interface Manifest {
  releases: { version: string; date: string }[];
}
const RELEASES = process.env.CTAI_RELEASES_DIR ?? 'releases';
const manifest = JSON.parse(readFileSync(`${RELEASES}/manifest.json`, 'utf8')) as Manifest;
/** Actions and territories with an action, per archived release, read from its snapshot file. */
const published = manifest.releases.map((r) => {
  const snap = JSON.parse(readFileSync(`${RELEASES}/${r.version}.json`, 'utf8')) as { actions: { territory: string }[] };
  return { ...r, actions: snap.actions.length, territories: new Set(snap.actions.map((a) => a.territory)) };
});
const liveTerritories = new Set(actions.map((a) => a.territory));
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const description = async (page: Page) => plain(await page.locator('.chart-description').innerText());

test('the live embed counts today’s actions', async ({ page }) => {
  await page.goto('/embed/actions-par-annee/');
  expect(await description(page)).toMatch(new RegExp(`^${actions.length} actions documentées`));
  expect(territories.length).toBeGreaterThan(0);
});

for (const r of published) {
  test.describe(`version ${r.version}`, () => {
    test.use({ javaScriptEnabled: false });

    test('its frozen view keeps its count, says what changed since, and can be cited', async ({ page }) => {
      const response = await page.goto(`/embed/versions/${r.version}/actions-par-annee/`);
      expect(response?.status()).toBe(200);
      expect(await description(page)).toMatch(new RegExp(`^${r.actions} actions documentées`));
      await expect(page.locator('.chart-plot svg').first()).toBeAttached();
      const citation = plain(await page.locator('[data-citation]').innerText());
      expect(citation).toContain(`version ${r.version} des données`);
      expect(citation).toContain(`/embed/versions/${r.version}/actions-par-annee/`);
      const notice = page.locator('.release-notice');
      const gained = [...liveTerritories].filter((t) => !r.territories.has(t)).length;
      if (r.actions === actions.length && gained === 0) {
        await expect(notice).toHaveCount(0);
        return;
      }
      const text = plain(await notice.innerText());
      expect(text).toContain('Données plus récentes');
      if (r.actions !== actions.length) expect(text).toContain(`${r.actions} → ${actions.length} actions documentées`);
      if (gained) expect(text).toContain(`${gained} territoire${gained > 1 ? 's' : ''} de plus avec au moins une action`);
      expect(await notice.locator('a').getAttribute('href')).toMatch(/\/embed\/actions-par-annee\/$/);
    });
  });
}

test('the embed panel offers the live view and the newest archived release', async ({ page }) => {
  await page.goto('/graphiques/');
  const panel = page.locator('figure[data-chart="actions-par-annee"] details.chart-embed');
  await panel.locator('summary').click();
  const codes = panel.locator('textarea[data-embed-code]');
  expect(await codes.first().inputValue()).toMatch(/src="[^"]*\/embed\/actions-par-annee\/"/);
  const newest = published.at(-1)!;
  const changelogNewest = plain(readFileSync('content/changelog.md', 'utf8')).match(/^## (\S+)/m)![1];
  if (changelogNewest !== newest.version) {
    // The newest version awaits `npm run release`: no frozen view offered yet (live, and live in English).
    await expect(codes).toHaveCount(2);
    return;
  }
  // Live, frozen, then the live view in English (the other edition, always last).
  await expect(codes).toHaveCount(3);
  expect(await codes.nth(2).inputValue()).toMatch(/src="[^"]*\/en\/embed\/actions-par-annee\/"/);
  expect(await codes.nth(1).inputValue()).toMatch(/src="[^"]*\/embed\/versions\/[\d.]+\/actions-par-annee\/"/);
  expect(plain(await panel.innerText())).toContain(`Figé à la version ${newest.version}`);
  await expect(panel.locator('[data-citation]')).toHaveCount(3);
});

test('a frozen view with its notice has no WCAG 2.2 AA violation', async ({ page }) => {
  await page.goto(`/embed/versions/${published[0]!.version}/actions-par-annee/`);
  expect(await axeViolations(page)).toEqual([]);
});

test('each archived release links its frozen map, drawn from its own territories', async ({ page }) => {
  await page.goto('/donnees/');
  const links = await page.getByRole('link', { name: 'carte figée' }).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBe(published.length);
  for (const href of new Set(links)) {
    await page.goto(href);
    const version = /\/versions\/([^/]+)\/carte\/$/.exec(href)![1]!;
    const r = published.find((p) => p.version === version)!;
    await expect(page.locator('svg').first()).toBeAttached();
    expect(plain(await page.locator('[data-citation]').innerText())).toContain(`version ${version} des données`);
    if (r.actions !== actions.length)
      expect(plain(await page.locator('.release-notice').innerText())).toContain(
        `${r.actions} → ${actions.length} actions documentées`,
      );
  }
});
