/**
 * Axe (WCAG 2.2 AA) on a page as it stands, for every spec that checks one.
 *
 * Axe-core's source (half a megabyte) is evaluated once per document and frame, then each check is
 * one `axe.run`. @axe-core/playwright's AxeBuilder evaluated it twice per analysis in legacy mode,
 * and in its default mode opened a blank page per analysis to merge the frames' results: seconds
 * a page on our 2-core machines. Only violations come back (passes stay in the page). A page's
 * same-origin frames are checked with it, as AxeBuilder did (the source goes into each).
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 AA rules whose outcome depends on colours: text contrast, and links told from the
 * text around them. The dark scheme changes colours only (custom properties under
 * `prefers-color-scheme: dark`, and `color-scheme` for the browser's own controls; guarded by
 * tests/unit/dark-scheme.test.ts), so a page already checked in light needs only these in dark.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * `rule (impact) : help — targets` for each violation on the page in its current state, outside
 * the elements matching the `exclude` selectors; every WCAG 2.2 AA rule, or only the `rules` given.
 */
export async function axeViolations(page: Page, exclude: string[] = [], rules?: string[]): Promise<string[]> {
  for (const frame of page.frames()) {
    const loaded = await frame.evaluate(() => 'axe' in window).catch(() => true);
    if (!loaded) await frame.evaluate(axe.source).catch(() => undefined);
  }
  return page.evaluate(
    async ({ tags, exclude, rules }) => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      const context: axe.ElementContext = exclude.length ? { exclude: exclude.map((selector) => [selector]) } : document;
      const { violations } = await inPage.run(context, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map((v) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    },
    { tags: WCAG_22_AA, exclude, rules },
  );
}

/**
 * The page switched to the dark scheme as a reader's system setting does (it stays dark), then
 * checked with the rules on colours: what the dark scheme can change (COLOUR_RULES).
 */
export async function axeDarkViolations(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'dark' });
  return axeViolations(page, [], COLOUR_RULES);
}
