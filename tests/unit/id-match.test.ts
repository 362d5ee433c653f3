/**
 * Identifiers typed by hand (territoire, domaines): one explicit, tested folding rule; anything
 * else is refused, with « vouliez-vous dire … ? » when the intent is obvious.
 */
import { describe, expect, it } from 'vitest';
import { matchId } from '../../src/lib/spreadsheet/id-match.ts';
import { parseActionsCsv } from '../../src/lib/spreadsheet/actions.ts';
import { readFileSync } from 'node:fs';

const territories = ['grand-auch', 'grenoble', 'nantes', 'strasbourg'].map((id) => ({ id }));
const domains = [
  { id: 'langue', names: ['Apprentissage du français', 'Formation linguistique'] },
  { id: 'education', names: ['Éducation et enfance'] },
];

describe('accepted by folding case, accents, spaces and apostrophes to exactly one id', () => {
  it.each([
    ['grenoble', 'grenoble', false],
    ['GRENOBLE', 'grenoble', true],
    ['Grenoble', 'grenoble', true],
    ['  Grenoble ', 'grenoble', true],
    ['Grand Auch', 'grand-auch', true],
    ['grand_auch', 'grand-auch', true],
  ])('territoire %j → %s', (text, id, folded) => expect(matchId(text, territories, 'territoire')).toEqual({ id, folded }));
  it.each([
    ['ÉDUCATION', 'education'],
    ['éducation et enfance', 'education'],
    ['formation LINGUISTIQUE', 'langue'],
  ])('domaine %j → %s', (text, id) => expect(matchId(text, domains, 'domaine')).toMatchObject({ id }));
});

describe('refused, with a suggestion when one id is close', () => {
  const error = (text: string) => {
    const r = matchId(text, territories, 'territoire');
    return 'error' in r ? r.error : `accepté : ${r.id}`;
  };
  it('a typo', () => expect(error('grenobel')).toBe('territoire inconnu « grenobel » ; vouliez-vous dire grenoble ?'));
  it('a Cyrillic look-alike letter is never folded into Latin', () =>
    expect(error('grеnoble')).toMatch(/la lettre « е » \(U\+0435\) n’est pas latine.*vouliez-vous dire grenoble \?/));
  it('a Greek omicron', () => expect(error('nαntes')).toMatch(/U\+03B1.*vouliez-vous dire nantes/));
  it('an invisible direction mark', () =>
    expect(error('grenoble\u200F')).toMatch(/caractère invisible U\+200F.*vouliez-vous dire grenoble \?/));
  it('a zero-width space inside', () => expect(error('gre\u200Bnoble')).toMatch(/U\+200B.*grenoble/));
  it('nothing close: the list of ids', () =>
    expect(error('atlantide')).toBe(
      'territoire inconnu « atlantide ». Valeurs possibles : grand-auch, grenoble, nantes, strasbourg',
    ));
  it('ambiguous folding is refused', () => {
    const r = matchId(
      'paris',
      [
        { id: 'paris', names: [] },
        { id: 'ville-de-paris', names: ['PARIS'] },
      ],
      'territoire',
    );
    expect(r).toEqual({ id: 'paris', folded: false });
    const r2 = matchId('PARIS', [{ id: 'paris' }, { id: 'ville-de-paris', names: ['Paris'] }], 'territoire');
    expect(r2).toEqual({ error: 'territoire « PARIS » ambigu : paris ou ville-de-paris ?' });
  });
});

describe('in the spreadsheet import', () => {
  const header = readFileSync('tests/fixtures/csv/good.csv', 'utf8').split(/\r?\n/)[0]!;
  it('GRENOBLE imports as grenoble; grenobel is refused with a suggestion', () => {
    const good = readFileSync('tests/fixtures/csv/good.csv', 'utf8').split(/\r?\n/)[1]!;
    expect(good).toMatch(/,grenoble,/);
    const text = [
      header,
      good.replace(',grenoble,', ',GRENOBLE,'),
      good.replace(',grenoble,', ',grenobel,').replace(/^[^,]+/, 'autre-id'),
    ].join('\n');
    const r = parseActionsCsv(new TextEncoder().encode(text), {
      domains: JSON.parse(readFileSync('content/domains.json', 'utf8')) as never,
      territoryIds: new Set(['grenoble', 'nantes']),
      existing: new Map(),
    });
    expect(r.errors.filter((e) => e.column === 'territoire')).toEqual([
      { line: 3, column: 'territoire', message: 'territoire inconnu « grenobel » ; vouliez-vous dire grenoble ?' },
    ]);
    expect(r.actions[0]?.territory).toBe('grenoble');
  });
});
