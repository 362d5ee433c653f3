/**
 * The template workbook is generated from the schemas and content/: its drop-down lists hold exactly
 * today's territories, domains and schema values, every column has a note, and what an editor
 * saves from it — in Excel's way or through LibreOffice itself — imports.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CFB, read, utils } from '@e965/xlsx';
import { templateWorkbook, TEMPLATE_SHEETS } from '../../src/lib/spreadsheet/template.ts';
import { CSV_COLUMNS, CsvFileError, parseActionsCsv, type CsvContext } from '../../src/lib/spreadsheet/actions.ts';
import { ACTION_STATUSES, CARRIER_KINDS } from '../../src/schemas/action.ts';
import { CONFIDENCE_LEVELS } from '../../src/schemas/common.ts';
import { templateInputFromContent } from '../../scripts/lib/template-input.ts';
import { filledTemplate } from '../../scripts/make-spreadsheet-fixtures.ts';

const input = templateInputFromContent('content');
const bytes = templateWorkbook(input);
const book = read(bytes, { type: 'array', bookFiles: true });
const ctx: CsvContext = {
  domains: input.domains,
  territoryIds: new Set(input.territories.map((t) => t.id)),
  existing: new Map(),
};

function sheetXml(path: string): string {
  const zip = CFB.read(bytes, { type: 'array' });
  return new TextDecoder().decode((CFB.find(zip, `/${path}`) as { content: Uint8Array }).content);
}

describe('the template workbook', () => {
  it('opens on « Mode d’emploi », then « Actions » with every column; « Listes » is hidden', () => {
    expect(book.SheetNames).toEqual([...TEMPLATE_SHEETS]);
    expect(book.Workbook?.Sheets?.map((s) => s.Hidden ?? 0)).toEqual([0, 0, 1]);
    expect(utils.sheet_to_json(book.Sheets['Actions']!, { header: 1 })[0]).toEqual([...CSV_COLUMNS]);
  });

  it('has a note on every column name', () => {
    const sheet = book.Sheets['Actions']!;
    for (let c = 0; c < CSV_COLUMNS.length; c++) {
      const note = sheet[utils.encode_cell({ r: 0, c })]?.c?.[0]?.t ?? '';
      expect(note, CSV_COLUMNS[c]).toMatch(/^(Obligatoire|Facultative)\. .{10,}/);
    }
  });

  it('has drop-down lists holding exactly the values the import accepts', () => {
    const expected: Record<string, readonly string[]> = {
      territoire: input.territories.map((t) => t.id),
      domaines: [...input.domains].sort((a, b) => a.order - b.order).map((d) => d.id),
      statut: ACTION_STATUSES,
      type_porteur: CARRIER_KINDS,
      lien_ctai: ['explicite', 'contexte'],
      confiance: CONFIDENCE_LEVELS,
    };
    const xml = sheetXml('xl/worksheets/sheet2.xml');
    const lists = [
      ...xml.matchAll(/<dataValidation type="list"[^>]*sqref="([A-Z]+)2:[A-Z]+(\d+)"><formula1>liste_(\w+)<\/formula1>/g),
    ];
    expect(lists.map((m) => m[3]).sort()).toEqual(Object.keys(expected).sort());
    const names = new Map((book.Workbook?.Names ?? []).map((n) => [n.Name, n.Ref]));
    for (const [, col, last, column] of lists) {
      expect(utils.encode_col(CSV_COLUMNS.indexOf(column as never)), column).toBe(col);
      expect(Number(last)).toBeGreaterThan(1000);
      const ref = names.get(`liste_${column}`)!;
      const values = utils.sheet_to_json<string[]>(book.Sheets['Listes']!, {
        header: 1,
        range: ref.replace(/^Listes!/, '').replace(/\$/g, ''),
      });
      expect(values.flat(), column).toEqual([...expected[column!]!]);
    }
    // A help text on each of the other columns too.
    expect(xml.match(/<dataValidation /g)).toHaveLength(CSV_COLUMNS.length);
  });

  it('empty, it is read (header found below the instructions sheet) and refused for having no action', () => {
    expect(() => parseActionsCsv(bytes, ctx, 'modele-actions.xlsx')).toThrow(CsvFileError);
    expect(() => parseActionsCsv(bytes, ctx, 'modele-actions.xlsx')).toThrow(/aucune action/);
  });
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
describe.skipIf(!soffice)('saved again by LibreOffice itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctai-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const convert = (file: string, to: string) =>
    execFileSync(
      soffice!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        to,
        '--outdir',
        join(dir, 'out'),
        file,
      ],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );

  it('keeps the drop-down lists and notes (LibreOffice reads our XML)', () => {
    writeFileSync(join(dir, 'modele.xlsx'), bytes);
    convert(join(dir, 'modele.xlsx'), 'fods');
    const fods = readFileSync(join(dir, 'out', 'modele.fods'), 'utf8');
    expect(fods.match(/of:cell-content-is-in-list\(liste_\w+\)/g)?.sort()).toEqual(
      ['confiance', 'domaines', 'lien_ctai', 'statut', 'territoire', 'type_porteur'].map(
        (c) => `of:cell-content-is-in-list(liste_${c})`,
      ),
    );
    expect(fods.match(/<office:annotation[ >]/g)).toHaveLength(CSV_COLUMNS.length);
  }, 180_000);

  it.each([
    ['ods', 'rempli.ods'],
    ['xlsx:Calc MS Excel 2007 XML', 'rempli.xlsx'],
  ])(
    'the filled template saved by LibreOffice as %s imports',
    (to, out) => {
      writeFileSync(join(dir, 'rempli-excel.xlsx'), filledTemplate(input, 'xlsx'));
      convert(join(dir, 'rempli-excel.xlsx'), to);
      const saved = new Uint8Array(readFileSync(join(dir, 'out', out.replace('rempli', 'rempli-excel'))));
      const r = parseActionsCsv(saved, ctx, out);
      expect(r.errors).toEqual([]);
      expect(r.actions.map((a) => a.sources[0]!.date)).toEqual(['2021-05-03', '2021-05-03']);
    },
    180_000,
  );
});
