/** French formatting: spaces that never break inside numbers, amounts, dates and before punctuation. */
import { describe, expect, it } from 'vitest';
import {
  formatEuros,
  formatIsoDate,
  formatNumber,
  formatPartialDate,
  formatYears,
  frenchTypography,
  plural,
} from '../../src/lib/format.ts';

// Written visibly so a failing test shows which space is wrong.
const NBSP = '\u00A0';
const NNBSP = '\u202F';
const v = (s: string) => s.replaceAll('~', NBSP).replaceAll('^', NNBSP);

describe('numbers and amounts', () => {
  it.each([
    [0, '0'],
    [46, '46'],
    [1234, v('1^234')],
    [522670, v('522^670')],
    [1.5, '1,5'],
  ])('formatNumber(%s)', (n, expected) => expect(formatNumber(n)).toBe(expected));

  it.each([
    [230000, v('230^000~€')],
    [3_000_000, v('3~M€')],
    [1_500_000, v('1,5~M€')],
    [1_234_567, v('1^234^567~€')],
    [0, v('0~€')],
  ])('formatEuros(%s)', (n, expected) => expect(formatEuros(n)).toBe(expected));

  it.each([
    [0, 'action', v('0~action')],
    [1, 'action', v('1~action')],
    [2, 'action', v('2~actions')],
    [1200, 'territoire', v('1^200~territoires')],
    [3, 'action documentée', v('3~actions documentées'), 'actions documentées'],
  ])('plural(%s, %s)', (n, singular, expected, pluralForm?: string) => expect(plural(n, singular, pluralForm)).toBe(expected));
});

describe('dates as precise as the sources, never more', () => {
  it.each([
    ['2019-06-12', v('12~juin~2019')],
    ['2019-06-01', v('1er~juin~2019')],
    ['2022-02', v('février~2022')],
    ['2021-08-09', v('9~août~2021')],
    ['2019', '2019'],
    ['', 'date inconnue'],
  ])('formatIsoDate(%j)', (value, expected) => expect(formatIsoDate(value)).toBe(expected));

  it.each([
    [{ value: '2022-01-19', precision: 'jour', qualifier: 'annoncée', note: '' }, v('19~janvier~2022 (date annoncée)')],
    [{ value: '2021-03-04', precision: 'jour', qualifier: 'déduite', note: '' }, v('4~mars~2021 (date déduite)')],
    [{ value: '2019', precision: 'année', qualifier: 'confirmée', note: '' }, '2019'],
    [{ value: '', precision: 'inconnue', qualifier: 'confirmée', note: '' }, 'date inconnue'],
    // A bound is said as a bound, never as the date (Pau, Marseille).
    [
      { value: '', precision: 'inconnue', qualifier: 'déduite', note: '', after: '2022-10-24' },
      v('après le~24~octobre~2022 (borne déduite)'),
    ],
    [{ value: '', precision: 'inconnue', qualifier: 'confirmée', note: '', after: '2021-11-23' }, v('après le~23~novembre~2021')],
    [
      { value: '', precision: 'inconnue', qualifier: 'confirmée', note: '', after: '2021-11-23', before: '2022' },
      v('après le~23~novembre~2021 et avant 2022'),
    ],
  ] as const)('formatPartialDate(%j)', (date, expected) => expect(formatPartialDate(date)).toBe(expected));

  it.each([
    [{ startYear: 2020, endYear: 2022, recurring: false }, '2020–2022'],
    [{ startYear: 2019, endYear: 2019, recurring: false }, '2019'],
    [{ startYear: 2025, endYear: null, recurring: false }, 'depuis 2025'],
    [{ startYear: null, endYear: null, recurring: true }, 'chaque année'],
    [{ startYear: null, endYear: null, recurring: false }, 'années non précisées'],
  ])('formatYears(%j)', (a, expected) => expect(formatYears(a)).toBe(expected));
});

describe('French typography', () => {
  it.each([
    ['Bilan : 46 actions', v('Bilan~: 46 actions')],
    ['Bilan: 46 actions', v('Bilan~: 46 actions')],
    ['Vraiment ? Oui !', v('Vraiment^? Oui^!')],
    ['Quoi?!', v('Quoi^?!')],
    ['langue ; logement', v('langue^; logement')],
    ['« Ensemble »', v('«^Ensemble^»')],
    ['«Ensemble»', v('«^Ensemble^»')],
    ["l'Agora d'hiver", 'l’Agora d’hiver'],
    ['Déjà~: insécable', v('Déjà~: insécable')],
  ])('%j', (input, expected) => expect(frenchTypography(v(input))).toBe(expected));

  it.each(['https://exemple.org/a?b=1;c=2', 'rendez-vous à 12:30', 'ratio 3:2'])('leaves %j alone', (text) =>
    expect(frenchTypography(text)).toBe(text),
  );

  it('is idempotent', () => {
    const once = frenchTypography("« Bilan » : l'accueil ; vraiment ?");
    expect(frenchTypography(once)).toBe(once);
  });
});
