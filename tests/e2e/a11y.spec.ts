import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page per template (and state reached only in the browser). */
const PAGES = [
  ['accueil', '/'],
  ['carte', '/carte/'],
  ['territoires', '/territoires/'],
  ['territoire', '/territoires/grenoble/'],
  ['territoire sans action', '/territoires/nancy/'],
  ['actions', '/actions/'],
  ['actions filtrées', '/actions/territoire/grenoble/'],
  ['action', '/actions/grenoble-rising/'],
  ['domaines', '/domaines/'],
  ['domaine', '/domaines/logement/'],
  ['articles', '/articles/'],
  ['article', '/articles/les-ctai-en-chiffres/'],
  ['données', '/donnees/'],
  ['à propos', '/a-propos/'],
  ['404', '/introuvable/'],
  ['recherche', '/recherche/?q=logement'],
] as const;

/**
 * The dark scheme on every template; the light one where the crawl (crawl.spec.ts, light, every
 * template's parts) cannot go: the search results, drawn in the browser after a query.
 */
const RUNS = [
  ...PAGES.map(([name, path]) => ['dark', name, path] as const),
  ...PAGES.filter(([, path]) => path.includes('?')).map(([name, path]) => ['light', name, path] as const),
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const [, name, path] of RUNS.filter(([s]) => s === scheme)) {
      test(`${name} has no violation`, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('/recherche/')) await page.locator('[data-search-results] li').first().waitFor();
        const r = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          // In the page itself, not through a blank page per analysis (lib/crawl.ts says why).
          .setLegacyMode(true)
          .analyze();
        expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
