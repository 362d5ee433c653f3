/**
 * The built site (dist/): no cell of any CSV it serves — open data under /donnees/, chart
 * downloads — is one a spreadsheet would run as a formula. The hostile build (builds.spec.ts)
 * proves the same with formula-like content; this one guards the real data.
 */
import { expect, test } from '@playwright/test';
import { csvCells, wouldRun } from './lib/csv-cells.ts';
import { DIST } from './lib/site.ts';

test('no CSV cell of the build would run in a spreadsheet', () => {
  const { files, cells } = csvCells(DIST);
  expect(files.map((f) => f.replace(/^.*\/donnees\//, ''))).toEqual(expect.arrayContaining(['actions.csv', 'territoires.csv']));
  expect(files.filter((f) => f.includes('/graphiques/')).length).toBeGreaterThan(5);
  expect(cells.filter((c) => wouldRun(c.value)).map((c) => `${c.where} ${c.value}`)).toEqual([]);
});
