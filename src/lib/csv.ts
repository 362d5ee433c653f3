/**
 * A small RFC 4180 CSV writer for the open-data files: comma separator, CRLF line ends, UTF-8
 * without BOM (scripts read it as is; spreadsheets import it as UTF-8).
 */
export type CsvCell = string | number | boolean | null | undefined;

/** Quotes a cell when it holds a comma, a quote, a line break or edge spaces; doubles inner quotes. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'boolean' ? (value ? 'oui' : 'non') : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
