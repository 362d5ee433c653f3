/**
 * Axe (WCAG 2.2 AA) over every page of the built site — sitemap, embeds and the 404 page — in the
 * default (light) scheme; a11y.spec.ts covers each template in both schemes.
 */
import { test, expect } from '@playwright/test';
import { crawlSite, problems } from './lib/crawl.ts';
import { allPages } from './lib/site.ts';

test('no WCAG 2.2 AA violation on any page', async ({ browser, baseURL }) => {
  test.setTimeout(60_000 + allPages().length * 5_000);
  const reports = await crawlSite(browser, baseURL!);
  expect(reports.size).toBe(allPages().length);
  expect(problems(reports, (r) => r.axe)).toEqual([]);
});
