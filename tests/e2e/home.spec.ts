import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';

const territoryIds = readdirSync('content/territories').map((f) => f.replace(/\.json$/, ''));

test('the home page names every territory, each with a source link', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('contrats territoriaux');
  for (const id of territoryIds) {
    const card = page.locator(`[data-territory="${id}"]`).first();
    await expect(card, `carte du territoire ${id}`).toBeVisible();
    const sourceLinks = card.locator('a[href^="http"]');
    expect(await sourceLinks.count(), `au moins une source pour ${id}`).toBeGreaterThan(0);
  }
});
