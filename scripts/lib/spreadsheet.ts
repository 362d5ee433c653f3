/**
 * A spreadsheet as its editor sees it: bytes and a file name in, the header and the rows out, each
 * row with the number the spreadsheet shows (the header is row 1). Reads what Excel and
 * LibreOffice save: `.xlsx`, `.xls`, `.ods` (with @e965/xlsx, a maintained build of SheetJS) and
 * CSV in UTF-8 or Windows-1252, separated by commas, semicolons or tabs.
 *
 * Shared by the command line (`npm run data -- --csv`) and the browser (/admin/tableur/): no Node
 * module here. Only decoding lives here; what the cells must contain is scripts/lib/csv-actions.ts.
 */
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import { read, SSF, utils, type CellObject, type WorkSheet } from '@e965/xlsx';

export type SheetFormat = 'csv' | 'xlsx' | 'xls' | 'ods';

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it (header = 1, blank rows counted). */
  row: number;
  cells: string[];
}

export interface SheetTable {
  format: SheetFormat;
  header: string[];
  rows: SheetRow[];
  /** CSV only: the separator found on the header line. */
  delimiter?: string;
  /** CSV only: the text encoding recognised. */
  encoding?: 'utf-8' | 'windows-1252';
  /** Workbooks only: the sheet read (the first). */
  sheet?: string | undefined;
}

/** A file that cannot be read as a table at all (French message for the editor). */
export class SpreadsheetError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** The format from the file's first bytes, the name's extension breaking ties (xlsx vs ods). */
export function sheetFormat(bytes: Uint8Array, filename: string): SheetFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP)) return ext === 'ods' ? 'ods' : 'xlsx';
  if (startsWith(bytes, OLE)) return 'xls';
  if (['xlsx', 'ods', 'xls'].includes(ext))
    throw new SpreadsheetError(
      `le fichier « ${filename} » n’est pas un classeur ${ext.toUpperCase()} lisible (fichier abîmé ou mal nommé ?).`,
    );
  return 'csv';
}

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252 (Excel's « CSV » in France). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator of a CSV, from its header line: semicolon (French Excel), tab or comma. */
export function detectDelimiter(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

function readCsv(bytes: Uint8Array): SheetTable {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '')
    throw new SpreadsheetError('le fichier est vide : la première ligne doit contenir les noms de colonnes.');
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const delimiter = detectDelimiter(firstLine);
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new SpreadsheetError(`CSV illisible${err.lines ? ` à la ligne ${err.lines}` : ''} : ${err.message}`);
  }
  // A record is a spreadsheet row (a quoted cell may span lines); blank rows still count.
  const numbered = records.map((cells, i) => ({ row: i + 1, cells })).filter((r) => !isBlank(r.cells));
  const [header, ...rows] = numbered;
  return { format: 'csv', header: header!.cells, rows, delimiter, encoding };
}

/** The text of a cell as its editor typed it: numbers unformatted, dates as ISO AAAA-MM-JJ. */
function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (cell.z && SSF.is_date(cell.z)) {
      const d = SSF.parse_date_code(cell.v);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
    }
    return String(cell.v);
  }
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (cell.t === 'b') return cell.v ? 'VRAI' : 'FAUX';
  if (cell.t === 'e') return cell.w ?? '#ERREUR';
  return String(cell.v);
}

function readWorkbook(bytes: Uint8Array, format: SheetFormat): SheetTable {
  let sheetName: string | undefined;
  let sheet: WorkSheet | undefined;
  try {
    const book = read(bytes, {
      type: 'array',
      cellDates: false,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      dense: false,
    });
    sheetName = book.SheetNames[0];
    sheet = sheetName ? book.Sheets[sheetName] : undefined;
  } catch (e) {
    throw new SpreadsheetError(`classeur illisible : ${(e as Error).message}`);
  }
  if (!sheet || !sheet['!ref'])
    throw new SpreadsheetError('le fichier est vide : la première ligne doit contenir les noms de colonnes.');
  const range = utils.decode_range(sheet['!ref']);
  const all: SheetRow[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c++) cells.push(cellText(sheet[utils.encode_cell({ r, c })] as CellObject | undefined));
    // Trailing empty cells are Excel's formatting, not columns.
    while (cells.length && cells.at(-1) === '') cells.pop();
    all.push({ row: r + 1, cells });
  }
  const numbered = all.filter((r) => !isBlank(r.cells));
  if (numbered.length === 0)
    throw new SpreadsheetError('le fichier est vide : la première ligne doit contenir les noms de colonnes.');
  const [header, ...rows] = numbered;
  const width = header!.cells.length;
  // Rows shorter than the header only lack trailing empty cells.
  for (const row of rows) while (row.cells.length < width) row.cells.push('');
  return { format, header: header!.cells, rows, sheet: sheetName };
}

/** The table of a spreadsheet file, whatever Excel or LibreOffice saved it as. */
export function readSpreadsheet(bytes: Uint8Array, filename: string): SheetTable {
  const format = sheetFormat(bytes, filename);
  return format === 'csv' ? readCsv(bytes) : readWorkbook(bytes, format);
}
