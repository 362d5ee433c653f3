/**
 * The map with the keyboard alone: « Filtres » and the territory panel (a bottom sheet on phones)
 * take focus when they open, and Escape or their close button gives it back where it was.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard reader would. */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ')}`
      : '';
  });

test('« Filtres »: Enter opens it with focus on the first filter; Escape and « Fermer les filtres » give focus back to it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/carte/');
  const summary = page.locator('[data-map-filters-box] > summary');
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-map-filters-box]')).toHaveAttribute('open', '');
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  // Tab goes on through the filters, not back to the page behind.
  await page.keyboard.press('Tab');
  expect(await page.locator('[data-map-filters]').evaluate((f) => f.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-map-filters-box]')).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();

  await page.keyboard.press('Enter');
  const close = page.getByRole('button', { name: 'Fermer les filtres' });
  await tabTo(page, close);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-map-filters-box]')).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();
});

for (const [label, viewport] of [
  ['phone (bottom sheet)', { width: 390, height: 844 }],
  ['desktop (side panel)', { width: 1366, height: 900 }],
] as const)
  test(`${label}: a territory opened from the list takes focus; Escape and « Fermer » give it back`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/carte/');
    // Tab reaches the list; the first focus in the map brings its data and turns names into buttons.
    const first = page.locator('[data-territory-button]').first();
    await tabTo(page, page.locator('[data-territory-link], [data-territory-button]').first());
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const button = page.locator('[data-territory-button]').nth(1);
    await expect(button).toBeFocused();
    const name = (await button.textContent())!.trim();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-map-panel]');
    const heading = panel.getByRole('heading', { name });
    await expect(heading).toBeFocused();
    if (viewport.width < 500) {
      const sheet = (await panel.boundingBox())!;
      expect(Math.round(sheet.y + sheet.height)).toBe(viewport.height);
    }
    // Escape closes it and focus is back on the territory's button.
    await page.keyboard.press('Escape');
    await expect(panel.getByRole('heading', { name })).toHaveCount(0);
    await expect(button).toBeFocused();

    // Again, closed with its button this time, reached with Tab.
    await page.keyboard.press('Enter');
    await expect(heading).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(`button Fermer le panneau ${name}`);
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { name })).toHaveCount(0);
    await expect(button).toBeFocused();
  });
