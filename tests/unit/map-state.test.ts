import { describe, expect, it } from 'vitest';
import { decodeMapState, EMPTY_MAP_STATE, encodeMapState, kindShown, type MapViewState } from '../../src/lib/map/map-state.ts';

const opts = { domainIds: ['logement', 'langue'], territoryIds: ['clunisois', 'lyon'] };

describe('map view state: kinds of signatory in the URL', () => {
  it.each<[string, MapViewState]>([
    ['empty', EMPTY_MAP_STATE],
    ['rural contracts only', { ...EMPTY_MAP_STATE, signatoryKinds: ['communauté de communes'] }],
    [
      'kinds with the shared filters',
      {
        ...EMPTY_MAP_STATE,
        domains: ['logement'],
        yearFrom: 2022,
        signatoryKinds: ['métropole', 'communauté de communes'],
        territory: 'lyon',
      },
    ],
  ])('round trip: %s', (_, state) => expect(decodeMapState(encodeMapState(state), opts)).toEqual(state));

  it('writes readable links, version last', () => {
    expect(
      encodeMapState({ ...EMPTY_MAP_STATE, domains: ['logement'], signatoryKinds: ['communauté de communes', 'commune'] }),
    ).toBe('domaines=logement&signataires=communaute-de-communes,commune&v=1');
    expect(encodeMapState(EMPTY_MAP_STATE)).toBe('');
  });

  it('reads a form submitted without JavaScript (repeated names), drops unknown kinds, keeps reading order', () => {
    expect(decodeMapState('signataires=commune&signataires=metropole&signataires=atlantide', opts).signatoryKinds).toEqual([
      'métropole',
      'commune',
    ]);
  });

  it('shows every kind when none is chosen, else only the chosen ones', () => {
    expect(kindShown(EMPTY_MAP_STATE, 'ville')).toBe(true);
    const rural = { signatoryKinds: ['communauté de communes' as const] };
    expect(kindShown(rural, 'communauté de communes')).toBe(true);
    expect(kindShown(rural, 'métropole')).toBe(false);
  });
});
