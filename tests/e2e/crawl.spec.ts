/**
 * The crawl: every page of the built site — sitemap, noindex pages, embeds, 404 — is read from
 * its HTML, and pages covering every part of every template plus a daily rotating sample are
 * visited in the browser (lib/axe-sample.ts; AXE_ALL=1 visits every page). Checks: axe (WCAG 2.2
 * AA; light scheme, and dark on the pages covering the templates), no request to another origin,
 * no Content-Security-Policy violation, the right status. Pages of one template share their markup
 * and scripts; what differs, their content, is checked on every page from the HTML here and in
 * headers.spec.ts (served headers, inline-script hashes). States reached only by interacting
 * (search results, open panels, the map) are checked by their own specs.
 */
import { test, expect } from '@playwright/test';
import { axePlan, crawlSite, problems } from './lib/crawl.ts';
import { allPages, foreignResources, notFoundPage, pageHtml } from './lib/site.ts';

const pages = allPages();
test.describe.configure({ timeout: 60_000 + pages.length * 5_000 });

test('no WCAG 2.2 AA violation on a page of any template and state, light and dark, nor on the day’s sample', async ({
  browser,
  baseURL,
}) => {
  const plan = axePlan();
  const reports = await crawlSite(browser, baseURL!);
  // Said in the output and the report: which pages the browser saw, and how to replay the draw.
  const summary =
    `crawl : ${reports.size} pages sur ${pages.length} dans le navigateur (${plan.covering} couvrant les ` +
    `${plan.features} parties des gabarits, en clair et en sombre, ${plan.sampled} tirées au sort, graine ${plan.seed} : AXE_SEED=${plan.seed} rejoue ce tirage, AXE_ALL=1 les visite toutes)`;
  console.log(`${summary}\n  ${[...reports.keys()].join('\n  ')}`);
  test.info().annotations.push({ type: 'crawl', description: summary });
  expect([...reports.keys()]).toEqual(plan.pages);
  expect(problems(reports, (r) => r.axe)).toEqual([]);
});

test('no page loads anything from another origin', async ({ browser, baseURL }) => {
  // Every page, from its HTML: images, frames, styles, preloads an editor's content could add.
  expect(pages.flatMap((p) => foreignResources(pageHtml(p)).map((url) => `${p} : ${url}`))).toEqual([]);
  // The visited pages, in the browser: what their scripts fetch too.
  const reports = await crawlSite(browser, baseURL!);
  expect(problems(reports, (r) => r.foreign)).toEqual([]);
});

test('no visited page reports a Content-Security-Policy violation, each answers 200 (404 for the missing one)', async ({
  browser,
  baseURL,
}) => {
  const reports = await crawlSite(browser, baseURL!);
  expect(problems(reports, (r) => r.csp)).toEqual([]);
  const missing = notFoundPage();
  expect([...reports].filter(([p, r]) => r.status !== (p === missing ? 404 : 200)).map(([p, r]) => `${p} : ${r.status}`)).toEqual(
    [],
  );
});
