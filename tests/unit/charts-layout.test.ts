/** Layout functions (series + width → positions), checked for what a reader would notice. */
import { describe, expect, test } from 'vitest';
import { barsLayout } from '../../src/lib/charts/shared/hbars.ts';
import { columnsLayout } from '../../src/lib/charts/shared/columns.ts';
import { domainYearLayout } from '../../src/lib/charts/domaines-par-annee/layout.ts';
import { domainYearState } from '../../src/lib/charts/domaines-par-annee/state.ts';
import { signaturesLayout } from '../../src/lib/charts/signatures/layout.ts';
import { signaturesState } from '../../src/lib/charts/signatures/state.ts';
import { wrapText } from '../../src/lib/charts/svg.ts';
import { fixture } from '../fixtures/chart-data.ts';

const items = [
  {
    key: 'a',
    label: 'Un libellé assez long pour devoir passer à la ligne sur un petit écran',
    value: 12,
    valueLabel: '12',
    tip: 'a',
  },
  { key: 'b', label: 'Court', value: 6, valueLabel: '6', tip: 'b' },
  { key: 'c', label: 'Zéro', value: 0, valueLabel: '0', tip: 'c' },
];

describe('horizontal bars', () => {
  test.each([640, 340, 300])('at %i px: bars proportional, inside the width, rows stacked without overlap', (width) => {
    const l = barsLayout(items, width);
    const [a, b, c] = l.rows;
    expect(b!.barWidth / a!.barWidth).toBeCloseTo(0.5, 1);
    expect(c!.barWidth).toBe(0);
    for (const r of l.rows) expect(r.valueX + 24).toBeLessThanOrEqual(width);
    for (let i = 1; i < l.rows.length; i++)
      expect(l.rows[i]!.labelLines[0]!.y).toBeGreaterThan(l.rows[i - 1]!.barY + l.barHeight);
    expect(l.height).toBeGreaterThan(l.rows.at(-1)!.barY + l.barHeight);
  });

  test('long labels wrap on narrow widths only', () => {
    expect(barsLayout(items, 640).rows[0]!.labelLines).toHaveLength(1);
    expect(barsLayout(items, 300).rows[0]!.labelLines.length).toBeGreaterThan(1);
  });

  test('count axes have integer ticks only', () => {
    const l = barsLayout([{ key: 'a', label: 'A', value: 3, valueLabel: '3', tip: '' }], 640);
    expect(l.ticks.map((t) => t.label)).toEqual(['0', '1', '2', '3']);
  });
});

test.each([
  { text: 'un deux trois quatre', width: 1000, lines: 1 },
  { text: 'un deux trois quatre', width: 40, lines: 4 },
  { text: 'anticonstitutionnellement', width: 10, lines: 1 },
])('wrapText($text, $width)', ({ text, width, lines }) => {
  expect(wrapText(text, width, 13)).toHaveLength(lines);
});

test('columns: heights proportional to values, zero has no height', () => {
  const l = columnsLayout(
    [
      { key: '2019', label: '2019', value: 4, tip: '' },
      { key: '2020', label: '2020', value: 2, tip: '' },
      { key: '2021', label: '2021', value: 0, tip: '' },
    ],
    340,
    200,
    '#000',
  );
  expect(l.columns[1]!.h / l.columns[0]!.h).toBeCloseTo(0.5, 2);
  expect(l.columns[2]!.h).toBe(0);
  expect(l.columns[0]!.x).toBeLessThan(l.columns[1]!.x);
  expect(l.columns.at(-1)!.x + l.columns.at(-1)!.w).toBeLessThanOrEqual(340);
});

test.each([
  { width: 640, perRow: 3 },
  { width: 340, perRow: 2 },
  { width: 160, perRow: 1 },
])('small multiples: $perRow panel(s) per row at $width px', ({ width, perRow }) => {
  const l = domainYearLayout(domainYearState(fixture, {}), width);
  const firstRow = l.panels.filter((p) => p.y === 0);
  expect(firstRow).toHaveLength(Math.min(perRow, l.panels.length));
  for (const p of l.panels) expect(p.x + p.width).toBeLessThanOrEqual(width + 0.5);
});

describe('signatures timeline', () => {
  test.each([640, 340])('at %i px: later dates further right; a year spans a year; unknown dates are not placed', (width) => {
    const l = signaturesLayout(signaturesState(fixture, {}), width);
    const row = (id: string) => l.rows.find((r) => r.key === id)!;
    expect(row('alpha').x1).toBeLessThan(row('beta').x1);
    expect(row('beta').x1).toBeLessThan(row('delta').x1);
    expect(row('gamma').x2 - row('gamma').x1).toBeCloseTo(l.ticks[1]!.x - l.ticks[0]!.x, 0);
    expect(row('epsilon').unknown).toBe(true);
    for (const r of l.rows) expect(r.x2).toBeLessThanOrEqual(width);
  });

  test('narrow: names sit above their line; wide: beside it', () => {
    const wide = signaturesLayout(signaturesState(fixture, {}), 640).rows[0]!;
    const narrow = signaturesLayout(signaturesState(fixture, {}), 340).rows[0]!;
    expect(narrow.nameY).toBeLessThan(narrow.lineY - 6);
    expect(Math.abs(wide.nameY - wide.lineY)).toBeLessThan(6);
  });
});
