/** No page may request another origin: no CDN, font service, tile server or tracker. */
import { test, expect } from '@playwright/test';
import { crawlSite, problems } from './lib/crawl.ts';
import { allPages } from './lib/site.ts';

test('every page loads from its own origin only', async ({ browser, baseURL }) => {
  test.setTimeout(60_000 + allPages().length * 5_000);
  const reports = await crawlSite(browser, baseURL!);
  expect(reports.size).toBe(allPages().length);
  expect(problems(reports, (r) => r.foreign)).toEqual([]);
});
