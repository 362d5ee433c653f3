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
 * `rule (impact) : help — targets` for each violation on the page in its current state, outside
 * the elements matching the `exclude` selectors.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  for (const frame of page.frames()) {
    const loaded = await frame.evaluate(() => 'axe' in window).catch(() => true);
    if (!loaded) await frame.evaluate(axe.source).catch(() => undefined);
  }
  return page.evaluate(
    async ({ tags, exclude }) => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      const context: axe.ElementContext = exclude.length ? { exclude: exclude.map((selector) => [selector]) } : document;
      const { violations } = await inPage.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations.map((v) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    },
    { tags: WCAG_22_AA, exclude },
  );
}
