/** Aggregations behind the charts and the map, on a small hand-built set whose counts are known. */
import { describe, expect, it } from 'vitest';
import {
  activeYears,
  countByDomain,
  countByDomainAndYear,
  countByPrimaryDomain,
  countByTerritory,
  countByYear,
  filterActions,
  matchesFilter,
  yearRange,
  type ActionLike,
  type ActionFilter,
} from '../../src/lib/aggregate.ts';

const a = (
  id: string,
  territory: string,
  domains: string[],
  startYear: number | null,
  endYear: number | null,
  status = 'réalisée',
  recurring = false,
): ActionLike => ({
  id,
  territory,
  domains,
  startYear,
  endYear,
  recurring,
  status,
});
// Five actions: two in Grenoble, two in Lyon, one in Nantes (undated, recurring).
const actions = [
  a('g1', 'grenoble', ['logement', 'sante'], 2019, 2020),
  a('g2', 'grenoble', ['langue'], 2021, 2021, 'annoncée'),
  a('l1', 'lyon', ['sante'], 2020, null, 'en cours'),
  a('l2', 'lyon', ['langue', 'logement', 'emploi'], 2022, 2023),
  a('n1', 'nantes', ['emploi'], null, null, 'réalisée', true),
];
const domains = ['logement', 'langue', 'sante', 'emploi', 'numerique'];
const ids = (list: ActionLike[]) => list.map((x) => x.id);

describe('activeYears', () => {
  it.each([
    [a('x', 't', ['d'], 2019, 2021), 2024, [2019, 2020, 2021]],
    [a('x', 't', ['d'], 2022, 2022), 2024, [2022]],
    [a('x', 't', ['d'], 2022, null), 2024, [2022, 2023, 2024]],
    [a('x', 't', ['d'], 2025, null), 2024, [2025]],
    [a('x', 't', ['d'], null, null), 2024, []],
  ])('%j up to %i', (action, last, expected) => expect(activeYears(action, last)).toEqual(expected));
});

describe('filters', () => {
  const cases: [string, ActionFilter, string[]][] = [
    ['no filter', {}, ['g1', 'g2', 'l1', 'l2', 'n1']],
    ['empty lists mean all', { domains: [], territories: [], statuses: [] }, ['g1', 'g2', 'l1', 'l2', 'n1']],
    ['one domain, any position', { domains: ['logement'] }, ['g1', 'l2']],
    ['two domains: union', { domains: ['langue', 'emploi'] }, ['g2', 'l2', 'n1']],
    ['territory', { territories: ['lyon'] }, ['l1', 'l2']],
    ['status', { statuses: ['annoncée', 'en cours'] }, ['g2', 'l1']],
    ['year range overlaps spans', { yearFrom: 2020, yearTo: 2020 }, ['g1', 'l1']],
    ['open-ended action runs on', { yearFrom: 2030 }, ['l1']],
    ['upper bound only', { yearTo: 2019 }, ['g1']],
    ['undated excluded once a range is set', { yearFrom: 2000, yearTo: 2100 }, ['g1', 'g2', 'l1', 'l2']],
    ['combined', { domains: ['sante'], territories: ['lyon'], yearFrom: 2023 }, ['l1']],
    ['nothing matches', { territories: ['nantes'], statuses: ['annoncée'] }, []],
  ];
  it.each(cases)('%s', (_name, filter, expected) => {
    expect(ids(filterActions(actions, filter))).toEqual(expected);
    expect(actions.filter((x) => matchesFilter(x, filter)).map((x) => x.id)).toEqual(expected);
  });
});

describe('counts', () => {
  it('by domain: an action counts once in each of its domains, zeros kept in order', () => {
    expect([...countByDomain(actions, domains)]).toEqual([
      ['logement', 2],
      ['langue', 2],
      ['sante', 2],
      ['emploi', 2],
      ['numerique', 0],
    ]);
  });
  it('by primary domain: sums to the number of actions', () => {
    const counts = countByPrimaryDomain(actions, domains);
    expect([...counts]).toEqual([
      ['logement', 1],
      ['langue', 2],
      ['sante', 1],
      ['emploi', 1],
      ['numerique', 0],
    ]);
    expect([...counts.values()].reduce((s, n) => s + n, 0)).toBe(actions.length);
  });
  it('by territory: a territory without action is 0 in the map, for the page to say « no data »', () => {
    expect([...countByTerritory(actions, ['grenoble', 'lyon', 'nantes', 'brest'])]).toEqual([
      ['grenoble', 2],
      ['lyon', 2],
      ['nantes', 1],
      ['brest', 0],
    ]);
  });
  it('ignores ids outside the given keys', () => {
    expect([...countByTerritory(actions, ['grenoble'])]).toEqual([['grenoble', 2]]);
  });
  it('by year: spans count in every active year, open spans up to the last year, undated counted apart', () => {
    const { counts, undated } = countByYear(actions, [2019, 2020, 2021, 2022, 2023, 2024]);
    expect([...counts]).toEqual([
      [2019, 1],
      [2020, 2],
      [2021, 2],
      [2022, 2],
      [2023, 2],
      [2024, 1],
    ]);
    expect(undated).toBe(1);
  });
  it('by year on an empty set', () => {
    expect(countByYear([], [2020])).toEqual({ counts: new Map([[2020, 0]]), undated: 0 });
  });
  it('domain × year', () => {
    const m = countByDomainAndYear(actions, ['logement', 'sante'], [2019, 2020, 2021, 2022, 2023]);
    expect([...m.get('logement')!]).toEqual([
      [2019, 1],
      [2020, 1],
      [2021, 0],
      [2022, 1],
      [2023, 1],
    ]);
    expect([...m.get('sante')!]).toEqual([
      [2019, 1],
      [2020, 2],
      [2021, 1],
      [2022, 1],
      [2023, 1],
    ]);
  });
});

describe('yearRange', () => {
  it.each([
    ['from the first start to the last year', actions, 2024, [2019, 2020, 2021, 2022, 2023, 2024]],
    [
      'extends past the last year when an action ends later',
      [a('x', 't', ['d'], 2023, 2027)],
      2024,
      [2023, 2024, 2025, 2026, 2027],
    ],
    ['empty without a dated action', [a('x', 't', ['d'], null, null)], 2024, []],
  ] as const)('%s', (_name, list, last, expected) => expect(yearRange(list, last)).toEqual(expected));
});
