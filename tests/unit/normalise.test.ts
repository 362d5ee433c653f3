import { describe, expect, it } from 'vitest';
import {
  parseBounds,
  parseConfidence,
  parseDate,
  parseEventKind,
  parseSignatoryKind,
  parseStatus,
  parseYears,
} from '../../src/lib/normalise.ts';

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
    // Round 2 wording: « inconnue » for a part vouches for nothing, so it counts as the weakest level.
    ['haute (contenu annoncé) / inconnue (réalisation)', 'faible', 'haute (contenu annoncé) / inconnue (réalisation)'],
    ['moyenne-haute (existence) / inconnue (date)', 'faible', 'moyenne-haute (existence) / inconnue (date)'],
    ['faible-moyenne', 'faible', 'faible-moyenne'],
    ['haute (existence, composition) / moyenne (lien CTAI)', 'moyenne', 'haute (existence, composition) / moyenne (lien CTAI)'],
    // A later part without a level is a caveat, kept in the note.
    ['haute (chiffre) / liste non publiée', 'haute', 'haute (chiffre) / liste non publiée'],
  ])('%s → %s', (input, level, note) => {
    expect(parseConfidence(input)).toEqual({ level, note });
  });
  it.each(['très sûre', 'sans doute', '', 'haut'])('refuses « %s », which names no level', (input) => {
    expect(() => parseConfidence(input)).toThrow(/niveau de confiance illisible/);
  });
});

describe('parseEventKind: what is a step of a contract and what is not', () => {
  it.each([
    ['signature (annoncée)', 'signature'],
    ['avenant / prolongation', 'avenant'],
    ['nouveau contrat (CTAI)', 'renouvellement'],
    ['délibération / présentation', 'délibération'],
    ['visite DIAIR (avant contrat)', 'visite'],
    ['actions anticipées', 'actions anticipées'],
    ['ouverture', 'ouverture'],
    ['publication', 'publication'],
  ])('%s → %s', (input, kind) => {
    expect(parseEventKind(input)).toBe(kind);
  });
  it('refuses an unknown kind and lists the accepted ones', () => {
    expect(() => parseEventKind('inauguration')).toThrow(
      /type d’événement inconnu : « inauguration » \(attendu : délibération, signature/,
    );
  });
});

describe('parseSignatoryKind', () => {
  it.each([
    ["communauté d'agglomération", 'agglomération', true],
    ['ville (incertain : ville ou métropole selon les sources)', 'ville', true],
    ['inconnu (département probable, non vérifié)', 'département', false],
    ['commune', 'commune', true],
    // « communes » inside « communauté de communes » must not make a rural EPCI a commune.
    ['communauté de communes', 'communauté de communes', true],
    [
      "communauté de communes (avec la commune de Notre-Dame-de-l'Osier et le Département de l'Isère)",
      'communauté de communes',
      true,
    ],
  ] as const)('%s → %s (vérifié : %s)', (input, kind, verified) => {
    const r = parseSignatoryKind(input);
    expect([r.kind, r.verified]).toEqual([kind, verified]);
  });
  it('refuses a wording that names no kind', () => {
    expect(() => parseSignatoryKind('inconnu')).toThrow(/type de signataire inconnu/);
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

describe('parseBounds', () => {
  it.each([
    ['inconnue ; posterieure au 24/10/2022 (borne basse deduite)', { after: '2022-10-24' }],
    ['inconnue : un vendredi, apres le 23/11/2021 (17e contrat)', { after: '2021-11-23' }],
    ['anterieure au 6/11/2024', { before: '2024-11-06' }],
    ['annee (deduite du titre)', {}],
  ] as const)('%s', (text, expected) => expect(parseBounds(text)).toEqual(expected));
  it('keeps the bound beside an unknown date in parseDate', () => {
    expect(parseDate('', 'inconnue ; postérieure au 24/10/2022 (borne basse déduite)')).toMatchObject({
      value: '',
      precision: 'inconnue',
      qualifier: 'déduite',
      after: '2022-10-24',
    });
  });
});
