/**
 * Names on the maps, measured as drawn: on the static maps of /, /carte/ and /territoires/ at
 * 1366 × 900 and 390 × 844 (light and dark), no printed name overlaps another, none covers a
 * circle it does not name, each stays inside the map, and a place is named once; on the MapLibre
 * map, no city is named twice (territory label and basemap place).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What the page draws: the visible names (with the territory each names) and the circles. */
async function drawn(page: Page) {
  return page
    .locator('.france-map')
    .first()
    .evaluate((figure) => {
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      };
      const labels = [...figure.querySelectorAll<SVGTextElement>('.labels text')]
        .filter(
          (t) =>
            t.getClientRects().length > 0 &&
            getComputedStyle(t).display !== 'none' &&
            getComputedStyle(t.parentElement!).display !== 'none',
        )
        .map((t) => ({ text: t.textContent ?? '', for: t.dataset['labelFor'] ?? '', box: rect(t) }));
      const circles = [...figure.querySelectorAll<SVGCircleElement>('.marks a[data-territory] circle')].map((c) => {
        const b = c.getBoundingClientRect();
        return { id: c.parentElement!.dataset['territory']!, x: b.left + b.width / 2, y: b.top + b.height / 2, r: b.width / 2 };
      });
      return { labels, circles, map: rect(figure.querySelector('svg')!) };
    });
}

/** Half a pixel of tolerance: antialiasing, not overlap. */
const TOL = 0.5;
const overlaps = (a: Rect, b: Rect) => a.x0 + TOL < b.x1 && b.x0 + TOL < a.x1 && a.y0 + TOL < b.y1 && b.y0 + TOL < a.y1;
const hits = (c: { x: number; y: number; r: number }, b: Rect) => {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return Math.hypot(c.x - nx, c.y - ny) < c.r - TOL;
};

/** What is wrong with the names as the page draws them now. */
async function labelProblems(page: Page): Promise<string[]> {
  const { labels, circles, map } = await drawn(page);
  const problems: string[] = [];
  if (labels.length <= 2) problems.push(`${labels.length} nom(s) sur la carte`);
  labels.forEach((l, i) => {
    if (l.box.x0 < map.x0 - TOL || l.box.x1 > map.x1 + TOL) problems.push(`${l.text} sort de la carte`);
    for (const o of labels.slice(i + 1)) if (overlaps(l.box, o.box)) problems.push(`${l.text} chevauche ${o.text}`);
    for (const c of circles) if (c.id !== l.for && hits(c, l.box)) problems.push(`${l.text} couvre le cercle de ${c.id}`);
  });
  const texts = labels.map((l) => l.text);
  for (const text of new Set(texts.filter((t, i) => texts.indexOf(t) !== i))) problems.push(`${text} nommé plusieurs fois`);
  return problems;
}

for (const [width, height] of [
  [1366, 900],
  [390, 844],
] as const)
  test.describe(`${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const path of ['/', '/carte/', '/territoires/'])
      test(`${path}: names clear of each other and of the circles they do not name, light and dark`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        expect(await labelProblems(page), 'clair').toEqual([]);
        // The reader's scheme switched on the loaded page: the names are measured again as drawn.
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        expect(await labelProblems(page), 'sombre').toEqual([]);
      });
  });

test('MapLibre names a city once: no basemap « Lyon » beside the territory’s', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/carte/');
  await page.getByRole('button', { name: 'Explorer la carte' }).click();
  const explorer = page.locator('[data-map-explorer]').first();
  await expect(explorer).toHaveAttribute('data-map-ready', '', { timeout: 45_000 });
  const printed = ((await explorer.getAttribute('data-rendered-labels')) ?? '').split('|').filter(Boolean);
  const territories = printed.filter((p) => p.startsWith('territoire:')).map((p) => p.slice('territoire:'.length));
  const places = printed.filter((p) => p.startsWith('ville:')).map((p) => p.slice('ville:'.length));
  expect(territories).toContain('Lyon');
  expect(places.filter((p) => territories.includes(p))).toEqual([]);
});
