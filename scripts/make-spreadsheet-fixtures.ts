/**
 * Spreadsheets as editors really make them, and every kind of bad one, written by code so each
 * case is reproducible: `npx node scripts/make-spreadsheet-fixtures.ts [dir]` (default
 * tests/fixtures/spreadsheets, git-ignored; the tests call `writeSpreadsheetFixtures` themselves).
 *
 * Good files (imported): the template filled Excel-style (date cells) and LibreOffice-style (.ods),
 * an instructions sheet first, title rows above the header, French dates typed as text.
 * Bad files (refused with a clear message): no sheet with the header, ambiguous dates, too heavy,
 * zip bombs (honest and lying about their sizes), too many rows, a cell too long, a cell beyond the
 * last column, a truncated workbook.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { CFB, read, utils, write, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { CSV_COLUMNS } from '../src/lib/spreadsheet/actions.ts';
import { LIMITS } from '../src/lib/spreadsheet/limits.ts';
import { templateWorkbook, type TemplateInput } from '../src/lib/spreadsheet/template.ts';

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | Date>>;

/** Two real-looking rows (fictitious ids and example.org sources: test data, never published). */
const ROWS: Row[] = [
  {
    id: 'essai-modele-fle',
    titre: 'Essai : ateliers de français',
    territoire: 'Grenoble',
    domaines: 'langue; emploi',
    annee_debut: 2022,
    annee_fin: 2023,
    statut: 'réalisée',
    type_porteur: 'association',
    resume: 'Ligne d’essai du modèle de tableur.',
    lien_ctai: 'explicite',
    confiance: 'haute',
    source_url: 'https://exemple.org/essai',
    source_titre: 'Page d’essai',
    source_date: new Date(Date.UTC(2021, 4, 3)),
  },
  {
    id: 'essai-modele-sante',
    titre: 'Essai : permanence santé',
    territoire: 'strasbourg',
    domaines: 'sante',
    annee_debut: 2021,
    statut: 'en cours',
    resume: 'Deuxième ligne d’essai.',
    lien_ctai: 'contexte',
    confiance: 'moyenne',
    source_url: 'https://exemple.org/sante',
    source_titre: 'Autre page d’essai',
    source_date: '03/05/2021',
  },
];

const asCells = (row: Row) => CSV_COLUMNS.map((c) => row[c] ?? '');
const bytesOf = (book: WorkBook, bookType: 'xlsx' | 'ods') =>
  new Uint8Array(write(book, { type: 'array', bookType }) as ArrayBuffer);

/** The template, filled in: as Excel saves it (date cells, French date format) or as LibreOffice (.ods). */
export function filledTemplate(input: TemplateInput, bookType: 'xlsx' | 'ods', rows: Row[] = ROWS): Uint8Array {
  const book = read(templateWorkbook(input), { type: 'array', cellNF: true });
  const sheet = book.Sheets['Actions']!;
  utils.sheet_add_aoa(sheet, rows.map(asCells), { origin: 'A2', cellDates: true });
  // Excel stores a date as a number with a date format; French Excel shows it dd/mm/yyyy.
  for (const key of Object.keys(sheet)) {
    const cell = sheet[key] as { t?: string; z?: string } | undefined;
    if (cell?.t === 'd') cell.z = 'dd/mm/yyyy';
  }
  return bytesOf(book, bookType);
}

function book(sheets: [string, unknown[][]][]): WorkBook {
  const b = utils.book_new();
  for (const [name, rows] of sheets) utils.book_append_sheet(b, utils.aoa_to_sheet(rows, { cellDates: true }), name);
  return b;
}

const header = [...CSV_COLUMNS];
/** CSV as French Excel writes it: semicolons, CRLF, quotes only where needed. */
const quote = (cell: unknown) => (/[;"\r\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell));
const csv = (rows: unknown[][]) => new TextEncoder().encode(rows.map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n');

/** A .xlsx whose one sheet expands to `inflated` bytes of XML from a small deflate stream. */
export function zipBomb(inflated: number, lie: boolean): Uint8Array {
  const base = bytesOf(book([['Actions', [header]]]), 'xlsx');
  // Rebuild the zip stored (method 0) except the sheet, replaced by a huge deflated XML.
  const entries = readZip(base);
  const filler = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  const head = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const block = Buffer.from(filler.repeat(Math.ceil((1 << 20) / filler.length)));
  const count = Math.ceil(inflated / block.length);
  // Deflate one block, then repeat it: raw deflate non-final blocks concatenate.
  const parts = [deflateRawSync(Buffer.from(head), { finishFlush: 2 })];
  const one = deflateRawSync(block, { level: 9, finishFlush: 2 });
  for (let i = 0; i < count; i++) parts.push(one);
  parts.push(deflateRawSync(Buffer.from('</sheetData></worksheet>')));
  const sheet = Buffer.concat(parts);
  const size = head.length + count * block.length + 24;
  return writeZip(
    entries.map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? { name: e.name, method: 8, data: sheet, size: lie ? 4096 : size }
        : { name: e.name, method: 8, data: deflateRawSync(e.data), size: e.data.length },
    ),
  );
}

function readZip(bytes: Uint8Array): { name: string; data: Buffer }[] {
  const zip = CFB.read(bytes, { type: 'array' }) as { FullPaths: string[]; FileIndex: { type: number; content: Uint8Array }[] };
  return zip.FileIndex.flatMap((f, i) => {
    const name = zip.FullPaths[i]!.replace(/^Root Entry\//, '');
    return f.type === 2 && !name.includes('Sh33tJ5') ? [{ name, data: Buffer.from(f.content) }] : [];
  });
}

function writeZip(entries: { name: string; method: number; data: Buffer; size: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...central, end]));
}

/** Every fixture: file name → bytes. */
export function spreadsheetFixtures(input: TemplateInput): Record<string, Uint8Array> {
  const rows = ROWS.map(asCells);
  const guide: unknown[][] = [['Mode d’emploi'], ['Une ligne par action, voir la feuille suivante.']];
  const sheetWithFarCell = (): WorkSheet => {
    const s = utils.aoa_to_sheet([header, ...rows], { cellDates: true });
    utils.sheet_add_aoa(s, [['note égarée']], { origin: { r: 1, c: LIMITS.columns + 5 } });
    return s;
  };
  const far = utils.book_new();
  utils.book_append_sheet(far, sheetWithFarCell(), 'Actions');
  const good = bytesOf(book([['Actions', [header, ...rows]]]), 'xlsx');
  return {
    'modele-rempli-excel.xlsx': filledTemplate(input, 'xlsx'),
    'modele-rempli-libreoffice.ods': filledTemplate(input, 'ods'),
    'feuille-mode-d-emploi-d-abord.xlsx': bytesOf(
      book([
        ['Mode d’emploi', guide],
        ['Actions', [header, ...rows]],
      ]),
      'xlsx',
    ),
    'lignes-de-titre.xlsx': bytesOf(
      book([['Actions', [['Actions CTAI — saison 2024'], [], ['Rédaction, version du 3 mai'], header, ...rows]]]),
      'xlsx',
    ),
    'lignes-de-titre.csv': csv([
      ['Actions CTAI — saison 2024'],
      [],
      header,
      ...rows.map((r) => r.map((c) => (c instanceof Date ? '03/05/2021' : c))),
    ]),
    'dates-francaises.csv': csv([header, ...rows.map((r) => r.map((c) => (c instanceof Date ? '3/5/2021' : c)))]),
    'dates-ambigues.csv': csv([
      header,
      ...rows.map((r, i) =>
        r.map((c, j) => (CSV_COLUMNS[j] === 'source_date' ? ['03/05/21', '05/23/2021'][i] : c instanceof Date ? '' : c)),
      ),
    ]),
    'sans-ligne-de-noms.xlsx': bytesOf(
      book([
        ['Mode d’emploi', guide],
        [
          'Feuil1',
          [
            ['nom', 'ville', 'remarque'],
            ['a', 'b', 'c'],
          ],
        ],
      ]),
      'xlsx',
    ),
    'trop-de-lignes.csv': csv([
      header,
      ...Array.from({ length: LIMITS.rows + 1 }, (_, i) => [`essai-${i}`, ...rows[1]!.slice(1)]),
    ]),
    'cellule-trop-longue.csv': csv([
      header,
      rows[1]!.map((c, j) => (CSV_COLUMNS[j] === 'resume' ? 'a'.repeat(LIMITS.cellChars + 1) : c)),
    ]),
    'cellule-trop-loin.xlsx': bytesOf(far, 'xlsx'),
    'trop-lourd.csv': csv([header, ...Array.from({ length: 300 }, () => [`x`.repeat(LIMITS.fileBytes / 250)])]),
    'bombe-400-mo.xlsx': zipBomb(400 * 1024 * 1024, false),
    'bombe-menteuse-400-mo.xlsx': zipBomb(400 * 1024 * 1024, true),
    'classeur-tronque.xlsx': good.subarray(0, Math.floor(good.length / 2)),
  };
}

export function writeSpreadsheetFixtures(dir: string, input: TemplateInput): string[] {
  mkdirSync(dir, { recursive: true });
  const all = spreadsheetFixtures(input);
  for (const [name, bytes] of Object.entries(all)) writeFileSync(join(dir, name), bytes);
  return Object.keys(all);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { templateInputFromContent } = await import('./lib/template-input.ts');
  const dir = process.argv[2] ?? 'tests/fixtures/spreadsheets';
  const names = writeSpreadsheetFixtures(dir, templateInputFromContent());
  process.stderr.write(`${names.length} tableurs d’essai écrits dans ${dir}\n`);
}
