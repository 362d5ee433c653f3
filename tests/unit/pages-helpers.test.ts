import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../src/lib/changelog.ts';
import { territoryGaps } from '../../src/lib/territory-gaps.ts';
import { partialToDate } from '../../src/lib/feeds.ts';

describe('parseChangelog', () => {
  it('reads versions newest first, with wrapped bullet lines joined', () => {
    const md = [
      '# Journal',
      '',
      'Intro.',
      '',
      '## 1.1.0 — 2027-01-05',
      '',
      '- Correction de la date de Tours,',
      '  source France Bleu.',
      '- Ajout de 3 actions.',
      '',
      '## 1.0.0 - 2026-11-26',
      '- Première publication.',
    ].join('\n');
    expect(parseChangelog(md)).toEqual([
      {
        version: '1.1.0',
        date: '2027-01-05',
        items: ['Correction de la date de Tours, source France Bleu.', 'Ajout de 3 actions.'],
      },
      { version: '1.0.0', date: '2026-11-26', items: ['Première publication.'] },
    ]);
  });
});

describe('territoryGaps', () => {
  const base = {
    confidence: 'haute' as const,
    contract: {
      firstSignature: { value: '2019-06-12', precision: 'jour' as const, qualifier: 'confirmée' as const, note: '' },
      funding: [{ amountEur: 1, period: 'an', sources: [] }],
      events: [{} as never],
    },
  };
  it('says nothing is missing for a fully documented territory', () => {
    expect(territoryGaps(base, 3)).toEqual([]);
  });
  it.each([
    ['no action', base, 0, /Aucune action documentée/],
    [
      'unknown date',
      {
        ...base,
        contract: {
          ...base.contract,
          firstSignature: { ...base.contract.firstSignature, value: '', precision: 'inconnue' as const },
        },
      },
      1,
      /n’a pas été trouvée/,
    ],
    [
      'year only',
      {
        ...base,
        contract: {
          ...base.contract,
          firstSignature: { ...base.contract.firstSignature, value: '2019', precision: 'année' as const },
        },
      },
      1,
      /Seule l’année/,
    ],
    [
      'announced date',
      {
        ...base,
        contract: { ...base.contract, firstSignature: { ...base.contract.firstSignature, qualifier: 'annoncée' as const } },
      },
      1,
      /annoncée/,
    ],
    ['no funding', { ...base, contract: { ...base.contract, funding: [] } }, 1, /Aucun montant/],
    ['low confidence', { ...base, confidence: 'faible' as const }, 1, /Confiance faible/],
  ])('%s', (_, t, actions, pattern) => {
    const gaps = territoryGaps(t, actions);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatch(pattern);
  });
});

describe('partialToDate', () => {
  it.each([
    ['2019-06-12', '2019-06-12T00:00:00.000Z'],
    ['2022-12', '2022-12-01T00:00:00.000Z'],
    ['2019', '2019-01-01T00:00:00.000Z'],
  ])('%s', (value, iso) => {
    expect(partialToDate(value)?.toISOString()).toBe(iso);
  });
  it('is undefined for an unknown date', () => {
    expect(partialToDate('')).toBeUndefined();
  });
});

describe('ogCacheKey', () => {
  const card = { kicker: 'Territoire', title: 'Grenoble', subtitle: '9 actions documentées' };
  it('is stable for the same card and changes with any text', async () => {
    const { ogCacheKey } = await import('../../src/lib/og-image.ts');
    expect(ogCacheKey(card)).toBe(ogCacheKey({ ...card }));
    expect(ogCacheKey({ ...card, subtitle: '10 actions documentées' })).not.toBe(ogCacheKey(card));
  });
});
