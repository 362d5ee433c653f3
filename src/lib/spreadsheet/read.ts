/**
 * A spreadsheet as its editor sees it: bytes and a file name in, the header and the rows out, each
 * row with the number the spreadsheet shows. Reads what Excel and LibreOffice save: `.xlsx`, `.xls`,
 * `.ods` (with @e965/xlsx, a maintained build of SheetJS) and CSV in UTF-8 or Windows-1252,
 * separated by commas, semicolons or tabs.
 *
 * Spreadsheets as editors make them: the header may sit on any sheet (a « Mode d'emploi » sheet
 * first is skipped) and below title rows; the caller says what a header looks like. Every limit of
 * limits.ts is checked before the costly step it protects (zip-guard.ts for workbooks).
 *
 * One reader for the command line (`npm run data -- --csv`), the build (content/tableurs/) and the
 * browser (/admin/tableur/): no Node module here. What the cells must contain is actions.ts.
 */
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { LIMITS, formatBytes, formatCount } from './limits.ts';
import { guardZip, ZipGuardError } from './zip-guard.ts';

export type SheetFormat = 'csv' | 'xlsx' | 'xls' | 'ods';

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it (blank and title rows counted). */
  row: number;
  cells: string[];
}

export interface SheetTable {
  format: SheetFormat;
  header: string[];
  /** Row number of the header as the spreadsheet shows it (1 unless title rows sit above it). */
  headerRow: number;
  rows: SheetRow[];
  /** CSV only: the separator found on the header line. */
  delimiter?: string;
  /** CSV only: the text encoding recognised. */
  encoding?: 'utf-8' | 'windows-1252';
  /** Workbooks only: the sheet that holds the header. */
  sheet?: string | undefined;
  /** Cells over LIMITS.cellChars, emptied in `rows` (a header cell that long is refused outright). */
  longCells: LongCell[];
}

export interface ReadOptions {
  /** Whether a row is the header (the column names). Default: the first non-blank row is. */
  isHeader?: (cells: readonly string[]) => boolean;
  /** The header's expected names, for the message when no sheet holds it. */
  expected?: string;
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

/** The separator of a CSV: the one most repeated on a single line among the first lines (the header). */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, LIMITS.headerSearchRows);
  const most = (c: string) => Math.max(0, ...lines.map((l) => l.split(c).length - 1));
  const [semi, tab, comma] = [most(';'), most('\t'), most(',')];
  return semi > comma && semi >= tab ? ';' : tab > comma ? '\t' : ',';
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
const EMPTY = 'le fichier est vide : il doit contenir une ligne de noms de colonnes puis une ligne par action.';

/** Column letters as the spreadsheet shows them (0 → A, 27 → AB). */
export const columnLetter = (index: number) => utils.encode_col(index);

/** A cell over the length limit: emptied, and reported on its row by the caller (the other rows still count). */
export interface LongCell {
  row: number;
  column: number;
  length: number;
}

function clipCells(rows: readonly SheetRow[]): LongCell[] {
  const long: LongCell[] = [];
  for (const r of rows)
    r.cells.forEach((c, i) => {
      if (c.length <= LIMITS.cellChars) return;
      long.push({ row: r.row, column: i, length: c.length });
      r.cells[i] = '';
    });
  return long;
}

/** The message for a cell over the limit (French, for the editor). */
export const longCellMessage = (length: number) =>
  `cellule de ${formatCount(length)} caractères, au-delà de la limite de ${formatCount(LIMITS.cellChars)} : un texte tient en quelques phrases`;

/** The header among the first rows, then the rows below it; undefined when this table has none. */
function splitHeader(rows: SheetRow[], opts: ReadOptions): { header: SheetRow; rows: SheetRow[] } | undefined {
  const filled = rows.filter((r) => !isBlank(r.cells));
  const isHeader = opts.isHeader ?? (() => true);
  const at = filled.slice(0, LIMITS.headerSearchRows).findIndex((r) => isHeader(r.cells));
  if (at < 0) return undefined;
  const body = filled.slice(at + 1);
  if (body.length > LIMITS.rows)
    throw new SpreadsheetError(
      `trop de lignes : ${formatCount(body.length)} sous les noms de colonnes, limite ${formatCount(LIMITS.rows)}. Découpez le tableur en plusieurs fichiers.`,
    );
  return { header: filled[at]!, rows: body };
}

function readCsv(bytes: Uint8Array, opts: ReadOptions): SheetTable {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw new SpreadsheetError(EMPTY);
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new SpreadsheetError(`CSV illisible${err.lines ? ` à la ligne ${err.lines}` : ''} : ${err.message}`);
  }
  // A record is a spreadsheet row (a quoted cell may span lines); blank rows still count.
  const numbered = records.map((cells, i) => ({ row: i + 1, cells }));
  const found = splitHeader(numbered, opts);
  if (!found) throw new SpreadsheetError(noHeader(opts, []));
  return {
    format: 'csv',
    header: found.header.cells,
    headerRow: found.header.row,
    rows: found.rows,
    delimiter,
    encoding,
    longCells: clipCells(found.rows),
  };
}

/** The text of a cell as its editor typed it: numbers unformatted, date cells as ISO AAAA-MM-JJ. */
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

/** A sheet's rows from the cells it holds (not from its declared range, which formatting inflates). */
function sheetRows(sheet: WorkSheet, name: string): SheetRow[] {
  const byRow = new Map<number, string[]>();
  for (const key of Object.keys(sheet)) {
    if (key.startsWith('!')) continue;
    const { r, c } = utils.decode_cell(key);
    if (c >= LIMITS.columns) {
      const text = cellText(sheet[key] as CellObject);
      if (text.trim() === '') continue;
      throw new SpreadsheetError(
        `feuille « ${name} », cellule ${key} : au-delà de la colonne ${columnLetter(LIMITS.columns - 1)}, la limite. Supprimez les colonnes superflues.`,
      );
    }
    const cells = byRow.get(r) ?? [];
    cells[c] = cellText(sheet[key] as CellObject);
    byRow.set(r, cells);
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, sparse]) => {
      const cells = Array.from(sparse, (c) => c ?? '');
      // Trailing empty cells are formatting, not columns.
      while (cells.length && cells.at(-1)!.trim() === '') cells.pop();
      return { row: r + 1, cells };
    });
}

function noHeader(opts: ReadOptions, sheets: readonly string[]): string {
  const where = sheets.length
    ? `aucune des feuilles (${sheets.map((s) => `« ${s} »`).join(', ')}) ne contient`
    : 'le fichier ne contient pas';
  return `${where} la ligne des noms de colonnes dans ses ${LIMITS.headerSearchRows} premières lignes${opts.expected ? ` (attendus : ${opts.expected})` : ''}. Partez du modèle de tableur.`;
}

function readWorkbook(bytes: Uint8Array, format: SheetFormat, opts: ReadOptions): SheetTable {
  let book: WorkBook;
  try {
    if (format !== 'xls') guardZip(bytes);
    book = read(bytes, { type: 'array', cellDates: false, cellNF: true, cellFormula: false, cellHTML: false, dense: false });
  } catch (e) {
    if (e instanceof ZipGuardError) throw new SpreadsheetError(e.message);
    throw new SpreadsheetError(`classeur illisible : ${(e as Error).message}`);
  }
  const tried: string[] = [];
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    const rows = sheet ? sheetRows(sheet, name) : [];
    if (rows.every((r) => isBlank(r.cells))) {
      tried.push(`${name} (vide)`);
      continue;
    }
    const found = splitHeader(rows, opts);
    if (!found) {
      tried.push(name);
      continue;
    }
    const longCells = clipCells(found.rows);
    const width = found.header.cells.length;
    // Rows shorter than the header only lack trailing empty cells.
    for (const row of found.rows) while (row.cells.length < width) row.cells.push('');
    return { format, header: found.header.cells, headerRow: found.header.row, rows: found.rows, sheet: name, longCells };
  }
  if (tried.every((t) => t.endsWith('(vide)'))) throw new SpreadsheetError(EMPTY);
  throw new SpreadsheetError(noHeader(opts, tried));
}

/** The table of a spreadsheet file, whatever Excel or LibreOffice saved it as. */
export function readSpreadsheet(bytes: Uint8Array, filename: string, opts: ReadOptions = {}): SheetTable {
  if (bytes.length > LIMITS.fileBytes)
    throw new SpreadsheetError(
      `fichier trop lourd : ${formatBytes(bytes.length)}, limite ${formatBytes(LIMITS.fileBytes)}. Un tableur de quelques milliers d’actions pèse moins de 1 Mo : enregistrez seulement le tableau des actions.`,
    );
  const format = sheetFormat(bytes, filename);
  return format === 'csv' ? readCsv(bytes, opts) : readWorkbook(bytes, format, opts);
}
