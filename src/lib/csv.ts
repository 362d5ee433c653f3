/**
 * A small RFC 4180 CSV writer for the open-data files: comma separator, CRLF line ends, UTF-8
 * without BOM (scripts read it as is; spreadsheets import it as UTF-8).
 */
import { inertCell } from './csv-safety.ts';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Quotes a cell when it holds a comma, a quote, a line break or edge spaces; doubles inner quotes.
 * Text that a spreadsheet would run as a formula is made inert (csv-safety.ts) and always quoted;
 * numbers come from number columns and are written as numbers, so -12 stays -12.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const s = typeof value === 'boolean' ? (value ? 'oui' : 'non') : inertCell(value);
  return /[",\r\n]|^\s|\s$|^'/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
