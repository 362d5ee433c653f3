/**
 * Spreadsheets as editors really make them (scripts/make-spreadsheet-fixtures.ts writes each one):
 * the template filled in Excel-style and LibreOffice-style, an instructions sheet first, title rows,
 * French dates — imported; and every bad kind — refused at once with a message naming what to fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseActionsCsv, CsvFileError, type CsvContext } from '../../src/lib/spreadsheet/actions.ts';
import { readFrenchDate } from '../../src/lib/spreadsheet/french-date.ts';
import { spreadsheetFixtures } from '../../scripts/make-spreadsheet-fixtures.ts';
import { templateInputFromContent } from '../../scripts/lib/template-input.ts';

const input = templateInputFromContent('content');
const ctx: CsvContext = {
  domains: input.domains,
  territoryIds: new Set(input.territories.map((t) => t.id)),
  existing: new Map(),
};
const fixtures = spreadsheetFixtures(input);
const file = (name: string) => {
  const bytes = fixtures[name];
  if (!bytes) throw new Error(`fixture ${name} absente`);
  return bytes;
};

describe('spreadsheets as editors make them are imported', () => {
  it.each([
    'modele-rempli-excel.xlsx',
    'modele-rempli-libreoffice.ods',
    'feuille-mode-d-emploi-d-abord.xlsx',
    'lignes-de-titre.xlsx',
    'lignes-de-titre.csv',
    'dates-francaises.csv',
  ])('%s', (name) => {
    const r = parseActionsCsv(file(name), ctx, name);
    expect(r.errors).toEqual([]);
    expect(r.actions.map((a) => [a.id, a.territory, a.domains, a.sources[0]!.date])).toEqual([
      ['essai-modele-fle', 'grenoble', ['langue', 'emploi'], '2021-05-03'],
      ['essai-modele-sante', 'strasbourg', ['sante'], '2021-05-03'],
    ]);
  });

  it('numbers rows as the spreadsheet shows them, title rows counted', () => {
    const bad = new TextDecoder().decode(file('lignes-de-titre.csv')).replace('Grenoble', 'Atlantide');
    const r = parseActionsCsv(new TextEncoder().encode(bad), ctx, 'lignes-de-titre.csv');
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([[4, 'territoire']]);
  });
});

describe('bad spreadsheets are refused with a message that says what to fix', () => {
  const cases: [string, RegExp][] = [
    [
      'sans-ligne-de-noms.xlsx',
      /aucune des feuilles \(« Mode d’emploi », « Feuil1 »\) ne contient la ligne des noms de colonnes/,
    ],
    ['trop-de-lignes.csv', /trop de lignes : 5\u202f001 sous les noms de colonnes, limite 5\u202f000/],
    ['cellule-trop-loin.xlsx', /cellule GX2 : au-delà de la colonne GR/],
    ['trop-lourd.csv', /fichier trop lourd : 12 Mo, limite 10 Mo/],
    ['bombe-400-mo.xlsx', /classeur trop volumineux une fois décompressé \(400 Mo, limite 50 Mo\)/],
    ['bombe-menteuse-400-mo.xlsx', /classeur piégé ou abîmé : la partie « xl\/worksheets\/sheet1\.xml » annonce 4 ko/],
    ['classeur-tronque.xlsx', /classeur abîmé/],
  ];
  it.each(cases)('%s', (name, message) => {
    expect(() => parseActionsCsv(file(name), ctx, name)).toThrow(CsvFileError);
    expect(() => parseActionsCsv(file(name), ctx, name)).toThrow(message);
  });

  it.each(['bombe-400-mo.xlsx', 'bombe-menteuse-400-mo.xlsx'])('%s is refused before it is inflated', (name) => {
    const start = performance.now();
    const heap = process.memoryUsage();
    expect(() => parseActionsCsv(file(name), ctx, name)).toThrow(CsvFileError);
    // Inflating it would take 400 MB and tens of seconds: the guard stops within the 50 MB limit.
    expect(performance.now() - start).toBeLessThan(3000);
    const after = process.memoryUsage();
    expect(after.heapUsed + after.arrayBuffers - heap.heapUsed - heap.arrayBuffers).toBeLessThan(100 * 1024 * 1024);
  });

  it('cellule-trop-longue.csv: the row is refused on its column, never read in full', () => {
    const r = parseActionsCsv(file('cellule-trop-longue.csv'), ctx, 'cellule-trop-longue.csv');
    expect(r.actions).toEqual([]);
    expect(r.errors).toEqual([
      {
        line: 2,
        column: 'resume',
        message: expect.stringMatching(/^cellule de 10\u202f001 caractères, au-delà de la limite de 10\u202f000/),
      },
    ]);
  });

  it('ambiguous dates: each row refused with the reason, never guessed', () => {
    const r = parseActionsCsv(file('dates-ambigues.csv'), ctx, 'dates-ambigues.csv');
    expect(r.actions).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'source_date', expect.stringMatching(/« 03\/05\/21 » ambiguë : l’année doit avoir 4 chiffres/)],
      [3, 'source_date', expect.stringMatching(/« 05\/23\/2021 » dans l’ordre mois\/jour \(américain\) \? .* 23\/05\/2021/)],
    ]);
  });
});

describe('French dates', () => {
  it.each([
    ['03/05/2021', '2021-05-03'],
    ['3/5/2021', '2021-05-03'],
    ['03.05.2021', '2021-05-03'],
    ['03-05-2021', '2021-05-03'],
    ['05/2021', '2021-05'],
    ['2021', '2021'],
    ['2021-05-03', '2021-05-03'],
    ['2021/05/03', '2021-05-03'],
    ['', ''],
  ])('%s → %s', (text, iso) => expect(readFrenchDate(text)).toEqual({ date: iso }));
  it.each(['03/05/21', '05/23/2021', 'mai 2021', '3 mai 2021', '2021-5-3x'])('%s is refused', (text) =>
    expect(readFrenchDate(text)).toHaveProperty('error'),
  );
});

it('the bad-input fixtures are all exercised here', () => {
  const source = readFileSync(new URL(import.meta.url), 'utf8');
  for (const name of Object.keys(fixtures)) expect(source, name).toContain(`'${name}'`);
});
