/**
 * `test` for the specs that read the site as a visitor does: each test gets a new page, in a
 * browser context the worker keeps for every test asking the same context options (viewport,
 * scheme, JavaScript…), so `test.use` still gives a test exactly the context it asks for.
 *
 * Why: on our 2-core machines a new context costs each test about 0.75 s (a new renderer, every
 * font and script fetched and compiled again), a quarter of a short test. The site keeps no state
 * in the browser outside the editing interface (no cookie, no storage), so pages of one context
 * see the site as a first visit does, only with the HTTP cache warm. The editing interface's specs
 * (their OPFS repository) and the specs about what a first visit fetches (map-first, search, fonts,
 * the crawl) keep a fresh context per test.
 */
import { test as base, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend<object, { readerContexts: Map<string, Promise<BrowserContext>> }>({
  readerContexts: [
    // No dependency: the pattern is empty because Playwright reads a fixture's dependencies from it.
    async ({}, use) => {
      const contexts = new Map<string, Promise<BrowserContext>>();
      await use(contexts);
      for (const context of contexts.values()) await (await context).close();
    },
    { scope: 'worker' },
  ],
  page: async (
    {
      readerContexts,
      browser,
      baseURL,
      viewport,
      colorScheme,
      javaScriptEnabled,
      locale,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
    },
    use,
  ) => {
    // The names again: Playwright reads a fixture's dependencies from its destructured parameter,
    // which allows no rest element.
    const asked = {
      baseURL,
      viewport,
      colorScheme,
      javaScriptEnabled,
      locale,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
    };
    // Options left unset stay unset (Playwright's defaults), as in its own context fixture.
    const options = Object.fromEntries(Object.entries(asked).filter(([, v]) => v !== undefined)) as BrowserContextOptions;
    const key = JSON.stringify(options);
    if (!readerContexts.has(key)) readerContexts.set(key, browser.newContext(options));
    const page = await (await readerContexts.get(key)!).newPage();
    await use(page);
    await page.close();
  },
});
