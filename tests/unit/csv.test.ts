import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv.ts';
import { parse } from 'csv-parse/sync';

describe('csvCell', () => {
  it.each([
    ['plain', 'Grenoble', 'Grenoble'],
    ['comma', 'Lyon, Villeurbanne', '"Lyon, Villeurbanne"'],
    ['quote', 'le « CTAI » dit "socle"', '"le « CTAI » dit ""socle"""'],
    ['line break', 'ligne 1\nligne 2', '"ligne 1\nligne 2"'],
    ['carriage return', 'a\rb', '"a\rb"'],
    ['leading space', ' espace', '" espace"'],
    ['number', 300000, '300000'],
    ['true', true, 'oui'],
    ['false', false, 'non'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['semicolon stays bare', 'a ; b', 'a ; b'],
  ])('%s', (_, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes CRLF rows that a CSV parser reads back to the same cells', () => {
    const rows = [
      ['grenoble', 'Accueil, logement', 'dit "oui"\nensuite', 2019],
      ['lyon', '', 'simple', null],
    ];
    const text = toCsv(['id', 'titre', 'note', 'annee'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const back = parse(text) as string[][];
    expect(back).toEqual([
      ['id', 'titre', 'note', 'annee'],
      ['grenoble', 'Accueil, logement', 'dit "oui"\nensuite', '2019'],
      ['lyon', '', 'simple', ''],
    ]);
  });
});
