/**
 * The shortcuts that keep the build linear in the content (src/lib/dataset-index.ts,
 * src/lib/map/visible.ts) must answer exactly what the full scans they replace answered.
 */
import { describe, expect, it } from 'vitest';
import { geoPath, type GeoContext } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import type { ActionLike } from '../../src/lib/aggregate.ts';
import {
  actionsOfDomain,
  actionsOfTerritory,
  articlesOfTerritory,
  hasTerritoryDomain,
  latestResearch,
  memoized,
  territoryOf,
} from '../../src/lib/dataset-index.ts';
import { focusLayout } from '../../src/lib/map/frames.ts';
import { CompactPathContext } from '../../src/lib/map/path-context.ts';
import { featureBounds, frameWindow, mayContain, mayOverlap } from '../../src/lib/map/visible.ts';

const action = (id: string, territory: string, domains: string[]): ActionLike => ({
  id,
  territory,
  domains,
  startYear: 2020,
  endYear: null,
  recurring: false,
  status: 'réalisée',
});

const data = {
  territories: [
    { id: 'grenoble', researchedOn: '2026-03-01' },
    { id: 'lyon', researchedOn: '2026-05-12' },
    { id: 'brest', researchedOn: '2025-11-30' },
  ],
  actions: [
    action('a1', 'lyon', ['logement', 'sante']),
    action('a2', 'grenoble', ['langue']),
    action('a3', 'lyon', ['langue']),
    action('a4', 'grenoble', ['logement', 'langue']),
  ],
  articles: [
    { id: 'x', data: { territories: ['lyon', 'grenoble'] } },
    { id: 'y', data: { territories: ['lyon', 'lyon'] } },
  ],
};

describe('dataset indices answer as the scans they replace', () => {
  it.each(['grenoble', 'lyon', 'brest', 'inconnu'])('actions of territory %s, in dataset order', (id) => {
    expect(actionsOfTerritory(data, id)).toEqual(data.actions.filter((a) => a.territory === id));
  });

  it.each(['logement', 'langue', 'sante', 'emploi'])('actions of domain %s, in dataset order', (id) => {
    expect(actionsOfDomain(data, id)).toEqual(data.actions.filter((a) => a.domains.includes(id)));
  });

  it.each([
    ['lyon', 'sante', true],
    ['lyon', 'langue', true],
    ['grenoble', 'sante', false],
    ['brest', 'logement', false],
  ])('territory %s × domain %s has an action: %s', (territory, domain, expected) => {
    expect(hasTerritoryDomain(data, territory, domain)).toBe(expected);
  });

  it('lists an article once per territory, even when it names it twice', () => {
    expect(articlesOfTerritory(data, 'lyon').map((a) => a.id)).toEqual(['x', 'y']);
    expect(articlesOfTerritory(data, 'brest')).toEqual([]);
  });

  it('finds territories by id and the latest research date', () => {
    expect(territoryOf(data, 'brest')).toBe(data.territories[2]);
    expect(territoryOf(data, 'atlantide')).toBeUndefined();
    expect(latestResearch(data)).toBe('2026-05-12');
    expect(latestResearch({ territories: [] })).toBe('');
  });

  it('computes once per dataset object, separately for another one', () => {
    let calls = 0;
    const compute = () => ++calls;
    const other = { ...data };
    expect([memoized(data, 'k', compute), memoized(data, 'k', compute), memoized(other, 'k', compute)]).toEqual([1, 1, 2]);
  });
});

/** A small square of `size` degrees with its south-west corner at (lon, lat), d3 winding. */
const square = (lon: number, lat: number, size = 0.1): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon, lat + size],
        [lon + size, lat + size],
        [lon + size, lat],
        [lon, lat],
      ],
    ],
  },
});

describe('zoomed maps leave out only what they could not show', () => {
  const focus = square(5.7, 45.15);
  const layout = focusLayout(600, 420, focus);
  const frame = layout.frames[0]!;
  const visible = frameWindow(frame)!;
  const ctx = new CompactPathContext();
  const draw = (f: Feature) => {
    geoPath(frame.projection, ctx as unknown as GeoContext)(f);
    return ctx.result();
  };

  it('keeps the focus and its neighbours', () => {
    expect(mayOverlap(featureBounds(focus), visible)).toBe(true);
    expect(mayContain(visible, [5.75, 45.2])).toBe(true);
  });

  // A grid of squares across and far around the frame: wherever the culling says « cannot
  // overlap », drawing the square must give nothing at all.
  const grid = Array.from({ length: 21 }, (_, i) =>
    Array.from({ length: 21 }, (_, j) => square(3 + i * 0.27, 43.5 + j * 0.17)),
  ).flat();
  it('never leaves out a square that would have been drawn', () => {
    const culled = grid.filter((f) => !mayOverlap(featureBounds(f), visible));
    expect(culled.length).toBeGreaterThan(100);
    expect(culled.every((f) => draw(f) === '')).toBe(true);
    expect(grid.filter((f) => draw(f) !== '').every((f) => mayOverlap(featureBounds(f), visible))).toBe(true);
  });

  it('never leaves out a point that projects inside the frame', () => {
    for (const f of grid) {
      const [lon, lat] = f.geometry.coordinates[0]![0]! as [number, number];
      const [x, y] = frame.projection([lon, lat])!;
      const inside = x >= 0 && x <= frame.width && y >= 0 && y <= frame.height;
      if (inside) expect(mayContain(visible, [lon, lat])).toBe(true);
    }
  });
});
