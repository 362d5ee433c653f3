import { describe, expect, it } from 'vitest';
import { parseConfidence, parseDate, parseStatus, parseYears } from '../../scripts/lib/normalise.ts';

describe('parseYears', () => {
  it.each([
    ['2019', { startYear: 2019, endYear: 2019, recurring: false, note: '' }],
    [
      '2020-2022 (2020-2023 selon MUST-a-Lab)',
      { startYear: 2020, endYear: 2022, recurring: false, note: '2020-2022 (2020-2023 selon MUST-a-Lab)' },
    ],
    ['2022 ; relancé en 2024', { startYear: 2022, endYear: 2024, recurring: false, note: '2022 ; relancé en 2024' }],
    ['2025-', { startYear: 2025, endYear: null, recurring: false, note: '2025-' }],
    ['annuel', { startYear: null, endYear: null, recurring: true, note: 'annuel' }],
    ['', { startYear: null, endYear: null, recurring: false, note: '' }],
  ])('%s', (input, expected) => {
    expect(parseYears(input)).toEqual(expected);
  });
  it('rejects text without a year', () => {
    expect(() => parseYears('bientôt')).toThrow(/années illisibles/);
  });
});

describe('parseConfidence keeps the weakest level mentioned', () => {
  it.each([
    ['haute', 'haute', ''],
    ['moyenne-haute', 'moyenne-haute', ''],
    ['haute (engagement) / moyenne (dates de signature)', 'moyenne', 'haute (engagement) / moyenne (dates de signature)'],
    ['moyenne (existence) / faible (date, montant)', 'faible', 'moyenne (existence) / faible (date, montant)'],
    [
      'haute (financement) / moyenne (nature exacte des actions financées)',
      'moyenne',
      'haute (financement) / moyenne (nature exacte des actions financées)',
    ],
  ])('%s → %s', (input, level, note) => {
    expect(parseConfidence(input)).toEqual({ level, note });
  });
});

describe('parseStatus', () => {
  it.each([
    ['réalisée', 'réalisée', ''],
    ['réalisée (délibération)', 'réalisée', 'réalisée (délibération)'],
    ['prévue (axe 1 du CTAI)', 'annoncée', 'prévue (axe 1 du CTAI)'],
    [
      'objectif du contrat (réalisation non détaillée)',
      'engagement du contrat',
      'objectif du contrat (réalisation non détaillée)',
    ],
    ['bilan agrégé', 'bilan agrégé', ''],
  ])('%s', (input, status, note) => {
    expect(parseStatus(input)).toEqual({ status, note });
  });
});

describe('parseDate never claims more precision than the source', () => {
  it.each([
    [['2019-06-12', 'jour'], { value: '2019-06-12', precision: 'jour', qualifier: 'confirmée', note: '' }],
    [['', 'année', { year: '2019' }], { value: '2019', precision: 'année', qualifier: 'confirmée', note: '' }],
    [
      ['', 'mois', { year: '2022', month: 'décembre' }],
      { value: '2022-12', precision: 'mois', qualifier: 'confirmée', note: '' },
    ],
    [
      ['2022-01-19', 'date annoncée (non confirmée)'],
      { value: '2022-01-19', precision: 'jour', qualifier: 'annoncée', note: 'date annoncée (non confirmée)' },
    ],
    [
      ['', 'inconnue', { year: '2025 (probable)' }],
      { value: '', precision: 'inconnue', qualifier: 'confirmée', note: '2025 (probable)' },
    ],
  ] as const)('%j', (args, expected) => {
    expect(parseDate(...(args as unknown as Parameters<typeof parseDate>))).toEqual(expected);
  });
});
