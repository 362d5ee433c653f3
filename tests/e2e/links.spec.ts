/** Link checker over the build: every internal href/src resolves to a file of dist, under the base path. */
import { test, expect } from '@playwright/test';
import { brokenLinks, htmlFiles } from './lib/site.ts';

test('every internal link and asset of the build resolves', () => {
  expect(htmlFiles().length).toBeGreaterThan(0);
  const broken = brokenLinks().map((b) => `${b.page} → ${b.target} (${b.reason})`);
  expect(broken).toEqual([]);
});
