/** No page may request another origin: no CDN, font service, tile server or tracker. */
import { test, expect } from '@playwright/test';
import { visitFully } from './lib/browse.ts';
import { allPages } from './lib/site.ts';

for (const path of allPages()) {
  test(`same origin only: ${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreign.push(`${req.resourceType()} ${url}`);
    });
    // Block them too, so a slow foreign host cannot stall the test.
    await page.route(
      (url) => url.origin !== origin && url.protocol.startsWith('http'),
      (route) => route.abort(),
    );
    await visitFully(page, path);
    expect(foreign, `requêtes vers d’autres origines depuis ${path}`).toEqual([]);
  });
}
