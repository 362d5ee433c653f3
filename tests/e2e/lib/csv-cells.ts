/**
 * Every cell of every CSV file in a build, as a spreadsheet reads it, to prove that none would
 * be run as a formula (CSV/formula injection). Open-data files are comma-separated; chart
 * downloads are semicolon-separated with a byte-order mark.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseCsv } from '../../../src/lib/charts/export.ts';
import { isFormulaLike, isFrenchNumber } from '../../../src/lib/csv-safety.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export interface CsvCellAt {
  where: string;
  value: string;
}

export function csvCells(dist: string): { files: string[]; cells: CsvCellAt[] } {
  const files = walk(dist).filter((f) => f.endsWith('.csv'));
  const cells = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const rows = text.startsWith('\uFEFF') ? parseCsv(text) : (parse(text) as string[][]);
    return rows.flatMap((row, r) => row.map((value, c) => ({ where: `${relative(dist, file)}:${r + 1}:${c + 1}`, value })));
  });
  return { files, cells };
}

/** A cell a spreadsheet would evaluate as a formula (a plain number evaluates to itself: harmless). */
export function wouldRun(value: string): boolean {
  return isFormulaLike(value) && !/^-?\d+(\.\d+)?$/.test(value) && !isFrenchNumber(value);
}
