/** Axe (WCAG 2.2 AA) over every page of the built site — sitemap, embeds and the 404 page — in the default (light) scheme; a11y.spec.ts covers each template in both schemes. */
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { allPages } from './lib/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of allPages()) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'load' });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const report = violations.map(
      (v) => `${v.id} (${v.impact}) : ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
    expect(report, `violations WCAG sur ${path}`).toEqual([]);
  });
}
