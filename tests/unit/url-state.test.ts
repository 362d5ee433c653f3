import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, EMPTY_STATE, toFilter, type ViewState } from '../../src/lib/url-state.ts';

const domainIds = ['logement', 'langue', 'emploi', 'sante'];
const territoryIds = ['grenoble', 'lyon'];
const opts = { domainIds, territoryIds };

describe('encodeState / decodeState round trip', () => {
  it.each<[string, ViewState]>([
    ['empty', EMPTY_STATE],
    ['one domain', { ...EMPTY_STATE, domains: ['logement'] }],
    ['domains in display order', { ...EMPTY_STATE, domains: ['logement', 'sante'] }],
    ['open-ended years', { ...EMPTY_STATE, yearFrom: 2021, yearTo: null }],
    ['years up to', { ...EMPTY_STATE, yearFrom: null, yearTo: 2022 }],
    [
      'everything',
      { domains: ['langue', 'emploi'], statuses: ['réalisée', 'en cours'], yearFrom: 2019, yearTo: 2022, territory: 'grenoble' },
    ],
  ])('%s', (_, state) => {
    expect(decodeState(encodeState(state), opts)).toEqual(state);
  });
});

describe('encodeState', () => {
  it('gives an empty string for the empty state (clean canonical URLs)', () => {
    expect(encodeState(EMPTY_STATE)).toBe('');
  });
  it('writes readable, versioned links', () => {
    expect(
      encodeState({ domains: ['logement', 'sante'], statuses: ['en cours'], yearFrom: 2019, yearTo: 2022, territory: 'lyon' }),
    ).toBe('domaines=logement,sante&annees=2019-2022&statuts=en-cours&territoire=lyon&v=1');
  });
});

describe('decodeState', () => {
  it.each<[string, string, Partial<ViewState>]>([
    [
      'v0 link: singular domaine, debut/fin',
      '?domaine=logement&debut=2019&fin=2022',
      { domains: ['logement'], yearFrom: 2019, yearTo: 2022 },
    ],
    ['v0 link with only a start', 'debut=2020', { yearFrom: 2020, yearTo: null }],
    ['unknown domain dropped', 'domaines=logement,astrologie&v=1', { domains: ['logement'] }],
    ['unknown status dropped', 'statuts=realisee,perdue', { statuses: ['réalisée'] }],
    ['unknown territory dropped', 'territoire=atlantide', { territory: null }],
    ['malformed years ignored', 'annees=20-deux', { yearFrom: null, yearTo: null }],
    ['reversed years put in order', 'annees=2023-2019', { yearFrom: 2019, yearTo: 2023 }],
    ['duplicates removed, display order kept', 'domaines=sante,logement,sante', { domains: ['logement', 'sante'] }],
    ['a future version keeps current names', 'v=7&domaines=emploi', { domains: ['emploi'] }],
  ])('%s', (_, search, expected) => {
    expect(decodeState(search, opts)).toEqual({ ...EMPTY_STATE, ...expected });
  });

  it('never throws on garbage', () => {
    expect(decodeState('%%%&&==;', opts)).toEqual(EMPTY_STATE);
  });
});

describe('toFilter', () => {
  it('keeps the filter part and drops the selected territory', () => {
    expect(toFilter({ domains: ['logement'], statuses: ['annoncée'], yearFrom: 2020, yearTo: null, territory: 'lyon' })).toEqual({
      domains: ['logement'],
      statuses: ['annoncée'],
      yearFrom: 2020,
      yearTo: null,
    });
  });
});
