import { describe, expect, it } from 'vitest';
import { tallyLabel, tallyTerritories } from '../../src/lib/map/tally.ts';
import type { ActionLike } from '../../src/lib/aggregate.ts';

const action = (
  id: string,
  territory: string,
  domains: string[],
  startYear: number | null,
  endYear: number | null,
  status = 'réalisée',
): ActionLike => ({
  id,
  territory,
  domains,
  startYear,
  endYear,
  recurring: false,
  status,
});
const actions = [
  action('a1', 'grenoble', ['logement', 'sante'], 2019, 2020),
  action('a2', 'grenoble', ['langue'], 2022, 2023, 'en cours'),
  action('a3', 'lyon', ['logement'], null, null),
];
const territories = ['grenoble', 'lyon', 'brest'];
const domains = ['logement', 'langue', 'sante'];

describe('tallyTerritories', () => {
  it('counts every action without a filter, and marks territories without any as missing data', () => {
    const t = tallyTerritories(territories, actions, domains, {});
    expect(t.get('grenoble')).toMatchObject({
      count: 2,
      total: 2,
      state: 'some',
      byDomain: [
        ['logement', 1],
        ['langue', 1],
        ['sante', 1],
      ],
    });
    expect(t.get('lyon')).toMatchObject({ count: 1, state: 'some' });
    expect(t.get('brest')).toMatchObject({ count: 0, total: 0, state: 'none', byDomain: [] });
  });

  it.each([
    ['domain', { domains: ['langue'] }, { grenoble: 1, lyon: 0 }],
    ['years overlap (undated excluded)', { yearFrom: 2020, yearTo: 2021 }, { grenoble: 1, lyon: 0 }],
    ['status', { statuses: ['en cours'] }, { grenoble: 1, lyon: 0 }],
  ])('filter by %s', (_, filter, expected) => {
    const t = tallyTerritories(territories, actions, domains, filter);
    expect(t.get('grenoble')!.count).toBe(expected.grenoble);
    expect(t.get('lyon')!.count).toBe(expected.lyon);
    // Lyon has documented actions, none matching: not the same as having none at all.
    expect(t.get('lyon')!.state).toBe('filtered-out');
    expect(t.get('brest')!.state).toBe('none');
  });
});

describe('tallyLabel never says zero for missing data', () => {
  it.each([
    [{ count: 0, state: 'none' as const }, 'aucune action documentée'],
    [{ count: 0, state: 'filtered-out' as const }, 'aucune action documentée pour ce filtre'],
    [{ count: 1, state: 'some' as const }, '1 action documentée'],
    [{ count: 9, state: 'some' as const }, '9\u00A0actions documentées'],
  ])('%j → %s', (t, label) => {
    expect(tallyLabel(t)).toBe(label);
  });
});
