/**
 * Spreadsheets as Excel and LibreOffice save them reach the same rows: .xlsx, .ods, CSV in UTF-8 or
 * Windows-1252 with commas or semicolons; each row keeps the number the spreadsheet shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { readSpreadsheet, SpreadsheetError, decodeText } from '../../src/lib/spreadsheet/read.ts';
import { CSV_COLUMNS, parseActionsCsv, type CsvContext } from '../../src/lib/spreadsheet/actions.ts';
import { domainSchema } from '../../src/schemas/domain.ts';

const domains = (JSON.parse(readFileSync('content/domains.json', 'utf8')) as unknown[]).map((d) => domainSchema.parse(d));
const ctx: CsvContext = { domains, territoryIds: new Set(['grenoble']), existing: new Map() };

const header = [
  'id',
  'titre',
  'territoire',
  'domaines',
  'annee_debut',
  'annee_fin',
  'statut',
  'resume',
  'lien_ctai',
  'confiance',
  'source_url',
  'source_titre',
  'source_date',
];
const good = [
  'essai-tableur',
  'Atelier d’été « Œuvres »',
  'grenoble',
  'langue',
  2021,
  2022,
  'réalisée',
  'Résumé à 5 €.',
  'explicite',
  'haute',
  'https://exemple.org/a',
  'Page',
  '',
];
const bad = [
  'essai-mauvais',
  'Titre',
  'grenoble',
  'langue',
  2023,
  2021,
  'réalisée',
  'Résumé.',
  'explicite',
  'haute',
  'javascript:alert(1)',
  'Page',
  '',
];

/** A workbook as Excel or LibreOffice would save it, rows at their sheet positions (blank row 3). */
function workbook(bookType: 'xlsx' | 'ods' | 'xls'): Uint8Array {
  const sheet = utils.aoa_to_sheet([header, good, [], bad]);
  // A real date cell in source_date (row 2), formatted as French Excel shows it.
  sheet['M2'] = { t: 'n', v: 44742, z: 'dd/mm/yyyy' };
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Actions');
  return new Uint8Array(write(book, { type: 'array', bookType }) as ArrayBuffer);
}

/** Windows-1252 bytes of a text (what French Excel writes for « CSV (séparateur : point-virgule) »). */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, '«': 0xab, '»': 0xbb, œ: 0x9c, Œ: 0x8c };
  return new Uint8Array([...text].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}
const csvText = (sep: string) => [header, good, [], bad].map((r) => r.join(sep)).join('\r\n') + '\r\n';

describe('every format an editor may save gives the same table', () => {
  const variants: [string, Uint8Array, string][] = [
    ['xlsx', workbook('xlsx'), 'actions.xlsx'],
    ['ods', workbook('ods'), 'actions.ods'],
    ['xls', workbook('xls'), 'actions.xls'],
    ['CSV UTF-8, commas', new TextEncoder().encode(csvText(',')), 'actions.csv'],
    ['CSV UTF-8 with BOM, semicolons', new TextEncoder().encode('\uFEFF' + csvText(';')), 'actions.csv'],
    ['CSV Windows-1252, semicolons', windows1252(csvText(';')), 'actions.csv'],
  ];
  it.each(variants)('%s', (_kind, bytes, name) => {
    const t = readSpreadsheet(bytes, name);
    expect(t.header).toEqual(header);
    expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(t.rows[0]!.cells.slice(0, 8)).toEqual(good.slice(0, 8).map(String));
    if (t.format !== 'csv') expect(t.rows[0]!.cells[12]).toBe('2022-06-30');
  });

  it.each(variants)('%s: the same rows are accepted and refused, by row and column', (_kind, bytes, name) => {
    const r = parseActionsCsv(bytes, ctx, name);
    expect(r.actions.map((a) => a.title)).toEqual(['Atelier d’été « Œuvres »']);
    expect(r.errors.map((e) => [e.line, e.column]).sort()).toEqual([
      [4, 'annee_fin'],
      [4, 'source_url'],
    ]);
  });
});

describe('decoding', () => {
  it('tells UTF-8 from Windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('année ’'))).toEqual({ text: 'année ’', encoding: 'utf-8' });
    expect(decodeText(windows1252('année ’'))).toEqual({ text: 'année ’', encoding: 'windows-1252' });
  });
  it('refuses a file named .xlsx that is not a workbook, and an empty workbook', () => {
    expect(() => readSpreadsheet(new TextEncoder().encode('id,titre\n'), 'actions.xlsx')).toThrow(SpreadsheetError);
    const empty = utils.book_new();
    utils.book_append_sheet(empty, utils.aoa_to_sheet([]), 'Vide');
    expect(() =>
      readSpreadsheet(new Uint8Array(write(empty, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'v.xlsx'),
    ).toThrow(/le fichier est vide/);
  });
  it('the template’s columns are all known to the reader', () => {
    const t = readSpreadsheet(new TextEncoder().encode(CSV_COLUMNS.join(';') + '\n'), 'modele.csv');
    expect(t.header).toEqual([...CSV_COLUMNS]);
    expect(t.delimiter).toBe(';');
  });
});
