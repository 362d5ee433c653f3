import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { geoPath, type GeoContext } from 'd3-geo';
import { legendCounts, radiusScale } from '../../src/lib/map/radius.ts';
import { nudgeCoincident } from '../../src/lib/map/nudge.ts';
import { CompactPathContext, simplify } from '../../src/lib/map/path-context.ts';
import { focusLayout, franceLayout, frameFor } from '../../src/lib/map/frames.ts';
import { joinRepeatedParams } from '../../src/lib/map/form-params.ts';
import { decodeState, EMPTY_STATE } from '../../src/lib/url-state.ts';

describe('radiusScale', () => {
  const r = radiusScale(9, 18);
  it.each([
    [0, 0],
    [9, 18],
    [1, 6],
    [4, 12],
    [20, 18],
  ])('%i actions → radius %d', (count, radius) => {
    expect(r(count)).toBeCloseTo(radius, 6);
  });
  it('makes areas, not radii, proportional to counts', () => {
    expect(r(8) ** 2 / r(2) ** 2).toBeCloseTo(4, 6);
  });
  it('draws nothing when there is no data at all', () => {
    expect(radiusScale(0, 18)(3)).toBe(0);
  });
});

describe('legendCounts', () => {
  it.each([
    [0, []],
    [1, [1]],
    [2, [1, 2]],
    [9, [1, 5, 9]],
  ])('max %i → %j', (max, expected) => {
    expect(legendCounts(max)).toEqual(expected);
  });
});

describe('nudgeCoincident', () => {
  it('leaves distinct points alone and spreads coincident ones around their point', () => {
    const pts: [number, number][] = [
      [3, 49],
      [3, 49],
      [5, 45],
    ];
    const out = nudgeCoincident(pts, (p) => p, 0.1);
    expect(out[2]).toEqual([5, 45]);
    expect(out[0]).toEqual([2.9, 49]);
    expect(out[1]).toEqual([3.1, 49]);
  });
});

describe('simplify (Douglas–Peucker)', () => {
  it('drops points within tolerance and keeps corners', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 0],
      [3, 3],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(simplify(line, 0.05)).toEqual(line);
  });
});

describe('CompactPathContext', () => {
  it('writes relative, rounded path data that closes rings', () => {
    const ctx = new CompactPathContext(0.1, 1);
    ctx.moveTo(10, 10);
    ctx.lineTo(20.04, 10);
    ctx.lineTo(20, 15.5);
    ctx.closePath();
    expect(ctx.result()).toBe('M10,10l10,0l0,5.5z');
    expect(ctx.result()).toBe('');
  });
  it('drops rings smaller than the tolerance', () => {
    const ctx = new CompactPathContext(1, 1);
    ctx.moveTo(0, 0);
    ctx.lineTo(0.2, 0);
    ctx.lineTo(0.2, 0.2);
    ctx.closePath();
    expect(ctx.result()).toBe('');
  });
});

const square = (w: number, s: number, e: number, n: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  // d3 winding: clockwise outer ring.
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
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('franceLayout', () => {
  const metro = fc(square(-5, 42, 8, 51));
  const overseas = [
    { id: 'zone-01', name: 'Guadeloupe', features: fc(square(-61.8, 15.8, -61, 16.5)) },
    { id: 'zone-04', name: 'La Réunion', features: fc(square(55.2, -21.4, 55.8, -20.9)) },
  ];
  const layout = franceLayout(600, metro, overseas);

  it('puts metropolitan France across the width and the insets in a row below', () => {
    expect(layout.frames.map((f) => f.id)).toEqual(['metro', 'zone-01', 'zone-04']);
    const [m, a, b] = layout.frames;
    expect(a!.y).toBeGreaterThanOrEqual(m!.height);
    expect(a!.y).toBe(b!.y);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(b!.x + b!.width).toBeLessThanOrEqual(600);
    expect(layout.height).toBeGreaterThanOrEqual(a!.y + a!.height);
  });

  it('projects each zone inside its own frame', () => {
    for (const [frame, point] of [
      [layout.frames[0]!, [2, 47]],
      [layout.frames[1]!, [-61.5, 16.2]],
      [layout.frames[2]!, [55.5, -21.1]],
    ] as const) {
      const [x, y] = frame.projection(point as [number, number])!;
      expect(x).toBeGreaterThanOrEqual(frame.x);
      expect(x).toBeLessThanOrEqual(frame.x + frame.width);
      expect(y).toBeGreaterThanOrEqual(frame.y);
      expect(y).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });

  it('finds the frame of a point', () => {
    expect(frameFor(layout, [5.7, 45.2]).id).toBe('metro');
    expect(frameFor(layout, [55.45, -20.9]).id).toBe('zone-04');
  });

  it('uses a conformal conic projection for metropolitan France (meridians converge northwards)', () => {
    const p = layout.frames[0]!.projection;
    const widthSouth = p([8, 42])![0] - p([-5, 42])![0];
    const widthNorth = p([8, 51])![0] - p([-5, 51])![0];
    expect(widthNorth).toBeLessThan(widthSouth);
  });
});

describe('focusLayout', () => {
  it('centres the territory and clips what lies outside', () => {
    const layout = focusLayout(400, 300, square(5.6, 45.1, 5.9, 45.3));
    const p = layout.frames[0]!.projection;
    const [x, y] = p([5.75, 45.2])!;
    expect(x).toBeCloseTo(200, -1);
    expect(y).toBeCloseTo(150, -1);
    const ctx = new CompactPathContext();
    geoPath(p, ctx as unknown as GeoContext)(square(-5, 42, 8, 51));
    const d = ctx.result();
    const xs = [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  });
});

describe('joinRepeatedParams', () => {
  it('turns a submitted form into what the URL codec reads (old-style years migrate too)', () => {
    const p = joinRepeatedParams('domaines=logement&domaines=sante&statuts=realisee&statuts=&debut=2019&fin=');
    expect(p.get('domaines')).toBe('logement,sante');
    expect(p.get('statuts')).toBe('realisee');
    expect(decodeState(p, { domainIds: ['logement', 'sante'] })).toEqual({
      ...EMPTY_STATE,
      domains: ['logement', 'sante'],
      statuses: ['réalisée'],
      yearFrom: 2019,
    });
  });
  it('leaves an empty query empty', () => {
    expect(joinRepeatedParams('').toString()).toBe('');
  });
});
