import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildMapData, type MapDataInput } from '../../src/lib/map/build-map-data.ts';
import type { Action } from '../../src/schemas/action.ts';
import type { Domain } from '../../src/schemas/domain.ts';
import type { Territory } from '../../src/schemas/territory.ts';

// Clockwise outer ring: d3's winding, as public/geo writes it.
const square = <P>(w: number, s: number, e: number, n: number, properties: P): Feature<Polygon | MultiPolygon, P> => ({
  type: 'Feature',
  properties,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  },
});

const territory = (id: string, name: string, epci: boolean) =>
  ({
    id,
    name,
    signatoryKind: epci ? 'métropole' : 'région',
    signatoryKindOriginal: '',
    signatoryVerified: true,
    epci: epci ? { name: `EPCI ${name}`, role: 'signataire' } : null,
    region: { code: '84', name: 'Auvergne-Rhône-Alpes' },
    contract: { label: 'CTAIR', firstSignature: { value: '2019-06-20', precision: 'jour', qualifier: 'confirmée', note: '' } },
    namedByDiair: true,
  }) as unknown as Territory;

const action = (id: string, t: string, status: Action['status']) =>
  ({
    id,
    title: `Action ${id}`,
    territory: t,
    domains: ['logement'],
    startYear: 2019,
    endYear: 2020,
    recurring: false,
    status,
  }) as Action;

const input = (): MapDataInput => ({
  territories: [territory('grenoble', 'Grenoble', true), territory('ara', 'Auvergne-Rhône-Alpes', false)],
  actions: [action('a', 'grenoble', 'réalisée'), action('b', 'grenoble', 'en cours')],
  domains: [
    {
      id: 'logement',
      label: 'Logement',
      shortLabel: 'Logement',
      color: '#332288',
      description: 'x',
      aliases: [],
      order: 1,
    } as Domain,
  ],
  lastYear: 2025,
  coverage: '2 actions documentées',
  geo: {
    territories: {
      type: 'FeatureCollection',
      features: [
        square(5.6, 45.1, 5.9, 45.3, {
          id: 'grenoble',
          name: 'Grenoble',
          role: 'signataire' as const,
          siren: '1',
          kind: 'métropole',
        }),
        square(2, 44, 7, 46.8, { id: 'ara', name: 'ARA', role: 'région' as const, siren: null, kind: 'région' }),
      ],
    },
    regions: {
      type: 'FeatureCollection',
      features: [
        square(2, 44, 7, 46.8, { code: '84', name: 'Auvergne-Rhône-Alpes', zone: 'metro' }),
        square(55.2, -21.4, 55.8, -20.9, { code: '04', name: 'La Réunion', zone: 'drom' }),
      ],
    },
    points: new Map<string, [number, number]>([
      ['grenoble', [5.72, 45.18]],
      ['ara', [4.5, 45.5]],
    ]),
  },
});

describe('buildMapData', () => {
  const data = buildMapData(input());

  it('describes each territory with its page, point, bounds and formatted first signature', () => {
    expect(data.territories[0]).toMatchObject({
      id: 'grenoble',
      role: 'signataire',
      areaName: 'EPCI Grenoble',
      url: '/territoires/grenoble/',
      point: [5.72, 45.18],
      firstSignature: '20\u00A0juin\u00A02019',
    });
    // Spherical bounds: a great-circle edge bulges a few metres beyond its corners.
    data.territories[0]!.bbox.forEach((v, i) => expect(v).toBeCloseTo([5.6, 45.1, 5.9, 45.3][i]!, 3));
    expect(data.territories[1]).toMatchObject({ role: 'région', areaName: 'Auvergne-Rhône-Alpes' });
  });

  it('fixes the symbol scale on the unfiltered maximum and offers only statuses in use', () => {
    expect(data.maxCount).toBe(2);
    expect(data.statuses.map((s) => s.key)).toEqual(['realisee', 'en-cours']);
    expect(data.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('lists metropolitan France, then each overseas région, as zones to jump to', () => {
    expect(data.zones.map((z) => z.id)).toEqual(['metro', 'zone-04']);
    data.zones[1]!.bbox.forEach((v, i) => expect(v).toBeCloseTo([55.2, -21.4, 55.8, -20.9][i]!, 3));
  });

  it('fails the build with a hint when a territory has no geometry', () => {
    const bad = input();
    bad.geo.points.delete('grenoble');
    expect(() => buildMapData(bad)).toThrow(/grenoble.*npm run geo/);
  });

  it('builds the English edition’s file: English labels, dates and links, French titles marked', () => {
    const en = buildMapData({ ...input(), lang: 'en' });
    expect(en.territories[0]).toMatchObject({
      url: '/en/territories/grenoble/',
      firstSignature: '20\u00A0June\u00A02019',
      // The territory's name is a name: never translated.
      name: 'Grenoble',
    });
    expect(en.territories[0]!.kind).not.toBe(data.territories[0]!.kind);
    expect(en.actions[0]).toMatchObject({ url: '/en/actions/a/', title: 'Action a', titleLang: 'fr' });
    expect(data.actions[0]).not.toHaveProperty('titleLang');
    expect(en.statuses.map((s) => [s.key, s.label])).toEqual([
      ['realisee', 'completed'],
      ['en-cours', 'ongoing'],
    ]);
    expect(en.zones[0]!.name).toBe('Mainland France');
  });
});
