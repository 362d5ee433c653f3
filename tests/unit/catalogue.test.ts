import { describe, expect, it } from 'vitest';
import {
  decodeCatalogueState,
  encodeCatalogueState,
  facetCounts,
  matchesCatalogue,
  type CatalogueItem,
  type CatalogueState,
} from '../../src/lib/catalogue.ts';

const item = (over: Partial<CatalogueItem> & { id: string }): CatalogueItem => ({
  territory: 'grenoble',
  domains: ['logement'],
  startYear: 2020,
  endYear: 2021,
  recurring: false,
  status: 'réalisée',
  carrierKind: 'association',
  ...over,
});
const items = [
  item({ id: 'a' }),
  item({ id: 'b', domains: ['sante', 'logement'], carrierKind: 'CCAS' }),
  item({ id: 'c', territory: 'lyon', domains: ['sante'], startYear: 2022, endYear: null }),
  item({ id: 'd', territory: 'lyon', startYear: null, endYear: null, status: 'annoncée' }),
];
const empty: CatalogueState = decodeCatalogueState('');

describe('catalogue state', () => {
  it.each([
    ['empty', ''],
    ['carrier kinds only', 'porteurs=association,ccas&v=1'],
    ['everything', 'domaines=logement&annees=2020-2022&statuts=realisee&territoire=grenoble&porteurs=ccas&v=1'],
  ])('round-trips %s', (_, query) => {
    const s = decodeCatalogueState(query, { domainIds: ['logement', 'sante'], territoryIds: ['grenoble', 'lyon'] });
    expect(encodeCatalogueState(s)).toBe(query);
    expect(decodeCatalogueState(encodeCatalogueState(s))).toEqual(decodeCatalogueState(query));
  });

  it('drops unknown carrier kinds and keeps a stable order', () => {
    expect(decodeCatalogueState('porteurs=ccas,inconnu,association').carrierKinds).toEqual(['association', 'CCAS']);
  });

  it('still reads links written before versioning (singular domaine)', () => {
    expect(decodeCatalogueState('domaine=sante').domains).toEqual(['sante']);
  });
});

describe('matchesCatalogue and facetCounts', () => {
  it.each([
    ['no filter', {}, ['a', 'b', 'c', 'd']],
    ['territory', { territory: 'lyon' }, ['c', 'd']],
    ['territory and domain', { territory: 'grenoble', domains: ['sante'] }, ['b']],
    ['carrier kind', { carrierKinds: ['CCAS'] }, ['b']],
    ['years exclude undated actions', { yearFrom: 2022, yearTo: 2022 }, ['c']],
  ] as [string, Partial<CatalogueState>, string[]][])('%s', (_, over, expected) => {
    const s = { ...empty, ...over };
    expect(items.filter((i) => matchesCatalogue(i, s)).map((i) => i.id)).toEqual(expected);
  });

  it('counts each option ignoring its own facet, so alternatives stay visible', () => {
    const s = { ...empty, territory: 'grenoble', domains: ['sante'] };
    expect(facetCounts(items, s, 'domains', (i) => i.domains)).toEqual(
      new Map([
        ['logement', 2],
        ['sante', 1],
      ]),
    );
    expect(facetCounts(items, s, 'territory', (i) => [i.territory])).toEqual(
      new Map([
        ['grenoble', 1],
        ['lyon', 1],
      ]),
    );
  });
});
