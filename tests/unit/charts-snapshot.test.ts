/**
 * Build-time SVG of every chart from the hand-built fixture: the snapshots must stay stable from
 * run to run (no random ids, no dates, rounded coordinates). Review a changed file before updating.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildChart, CHART_IDS } from '../../src/lib/charts/registry.ts';
import { parseCsv, standaloneSvg, svgElement, toCsv } from '../../src/lib/charts/export.ts';
import { svgToPng, woffToSfnt } from '../../src/lib/charts/png.ts';
import { fixture } from '../fixtures/chart-data.ts';

describe.each(CHART_IDS)('%s', (id) => {
  test('SVG snapshot', async () => {
    const view = buildChart(id, fixture);
    expect(view.svg, 'drawn').not.toBeNull();
    const page = [view.svg!.wide, view.svg!.narrow]
      .map((d) => svgElement(d, { labelledBy: 't d', className: 'chart-svg' }))
      .join('\n');
    await expect(page).toMatchFileSnapshot(`./__snapshots__/charts/${id}.svg.txt`);
    await expect(standaloneSvg(view, 'https://example.org/embed/')).toMatchFileSnapshot(
      `./__snapshots__/charts/${id}.standalone.svg`,
    );
    await expect(`${view.description}\n\n${view.notes.join('\n')}\n`).toMatchFileSnapshot(
      `./__snapshots__/charts/${id}.description.txt`,
    );
  });

  test('the build is deterministic', () => {
    expect(JSON.stringify(buildChart(id, fixture))).toBe(JSON.stringify(buildChart(id, fixture)));
  });

  test('CSV rows equal the table rows', () => {
    const { table } = buildChart(id, fixture);
    expect(parseCsv(toCsv(table))).toEqual([table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells)]);
  });
});

test('CSV quoting survives semicolons, quotes and line breaks', () => {
  const table = { columns: [{ label: 'a;b', numeric: false }], rows: [{ key: 'x', cells: ['il dit "oui"\npuis non'] }] };
  const csv = toCsv(table);
  expect(csv.startsWith('\uFEFF"a;b"\r\n')).toBe(true);
  expect(parseCsv(csv)).toEqual([['a;b'], ['il dit "oui"\npuis non']]);
});

test('WOFF fonts become TrueType that resvg can draw text with', () => {
  const require = createRequire(import.meta.url);
  const woff = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'));
  const sfnt = woffToSfnt(woff);
  expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
  const blank = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"></svg>');
  const text = svgToPng(
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="24">Données</text></svg>',
  );
  expect(text.length).toBeGreaterThan(blank.length + 500);
});
