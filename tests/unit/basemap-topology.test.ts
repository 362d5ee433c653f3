import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { appendLayer, emptyTopology, keepObjects } from '../../scripts/lib/topology.ts';

const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
const decode = (topo: ReturnType<typeof emptyTopology>, name: string) =>
  feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;

describe('basemap topology', () => {
  // One step is 0.01° across this box: decoded positions fall within half a step of the input.
  const box = [0, 40, 10, 50];
  const ring = [
    [1.234, 41.111],
    [1.234, 42.987],
    [3.5, 42.987],
    [3.5, 41.111],
    [1.234, 41.111],
  ];

  it('appended polygons, lines and points decode with topojson-client to within half a quantum', () => {
    const topo = emptyTopology(box, 1001);
    appendLayer(
      topo,
      'areas',
      fc([{ type: 'Feature', properties: { id: 'a', drop: 1 }, geometry: { type: 'Polygon', coordinates: [ring] } }]),
      (p) => ({ id: p['id'] }),
    );
    appendLayer(
      topo,
      'lines',
      fc([
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [2, 45],
              [2.001, 45.001],
              [2.5, 45.5],
            ],
          },
        },
      ]),
      () => ({}),
    );
    appendLayer(
      topo,
      'points',
      fc([{ type: 'Feature', properties: { name: 'P' }, geometry: { type: 'Point', coordinates: [9.876, 49.123] } }]),
      (p) => ({ name: p['name'] }),
    );
    const area = decode(topo, 'areas').features[0]!;
    expect(area.properties).toEqual({ id: 'a' });
    (area.geometry as Polygon).coordinates[0]!.forEach((p, i) => {
      expect(Math.abs(p[0]! - ring[i]![0]!)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(p[1]! - ring[i]![1]!)).toBeLessThanOrEqual(0.005 + 1e-9);
    });
    // The two first positions of the line fall on the same step: one is dropped.
    expect((decode(topo, 'lines').features[0]!.geometry as LineString).coordinates).toHaveLength(2);
    const point = decode(topo, 'points').features[0]!;
    expect(point.properties).toEqual({ name: 'P' });
    expect((point.geometry as Point).coordinates[0]).toBeCloseTo(9.88, 5);
  });

  it('keepObjects drops the other objects and the arcs only they used, keeping shared ones', () => {
    const topo = emptyTopology(box, 1001);
    appendLayer(
      topo,
      'a',
      fc([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }]),
      () => ({}),
    );
    appendLayer(
      topo,
      'b',
      fc([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x! + 5, y!])] } }]),
      () => ({}),
    );
    expect(topo.arcs).toHaveLength(2);
    const kept = keepObjects(topo, { b: () => ({}) });
    expect(Object.keys(kept.objects)).toEqual(['b']);
    expect(kept.arcs).toHaveLength(1);
    const x0 = (decode(kept, 'b').features[0]!.geometry as Polygon).coordinates[0]![0]![0]!;
    expect(x0).toBeCloseTo(6.23, 5);
  });
});
