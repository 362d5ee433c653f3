/**
 * Appending GeoJSON layers to an existing quantized TopoJSON topology, in that topology's own
 * transform, so one file carries the whole basemap for `topojson-client` to decode in the
 * browser. The topology's own objects keep their shared arcs; appended lines and polygons get
 * arcs of their own (delta-encoded, consecutive duplicates dropped), points are quantized in place.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';

type Props = Record<string, unknown>;

export function appendLayer(topo: Topology, name: string, fc: FeatureCollection, pick: (p: Props) => Props): void {
  if (!topo.transform) throw new Error('appendLayer : topologie non quantifiée (pas de transform)');
  const {
    scale: [sx, sy],
    translate: [tx, ty],
  } = topo.transform;
  const q = ([x, y]: Position): [number, number] => [Math.round((x! - tx) / sx), Math.round((y! - ty) / sy)];
  const arc = (line: Position[]): number => {
    const points = line.map(q).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
    // A ring needs four positions; a line two. Very small rings keep their (quantized) shape.
    const encoded = points.map((p, i) => (i === 0 ? p : [p[0] - points[i - 1]![0], p[1] - points[i - 1]![1]]));
    topo.arcs.push(encoded as [number, number][]);
    return topo.arcs.length - 1;
  };
  const geometry = (g: Geometry, properties: Props): GeometryObject | null => {
    switch (g.type) {
      case 'Point':
        return { type: 'Point', coordinates: q(g.coordinates), properties };
      case 'MultiPoint':
        return { type: 'MultiPoint', coordinates: g.coordinates.map(q), properties };
      case 'LineString':
        return { type: 'LineString', arcs: [arc(g.coordinates)], properties };
      case 'MultiLineString':
        return { type: 'MultiLineString', arcs: g.coordinates.map((l) => [arc(l)]), properties };
      case 'Polygon':
        return { type: 'Polygon', arcs: g.coordinates.map((r) => [arc(r)]), properties };
      case 'MultiPolygon':
        return { type: 'MultiPolygon', arcs: g.coordinates.map((p) => p.map((r) => [arc(r)])), properties };
      default:
        return null;
    }
  };
  topo.objects[name] = {
    type: 'GeometryCollection',
    geometries: fc.features
      .map((f: Feature) => (f.geometry ? geometry(f.geometry, pick((f.properties ?? {}) as Props)) : null))
      .filter((g): g is GeometryObject => g !== null),
  };
}

/** Keeps only the objects named, with only the properties `pick` returns; drops arcs no object uses. */
export function keepObjects(topo: Topology, names: Record<string, (p: Props) => Props>): Topology {
  const objects: Topology['objects'] = {};
  for (const [name, pick] of Object.entries(names)) {
    const o = topo.objects[name];
    if (!o) throw new Error(`keepObjects : objet « ${name} » absent de la topologie`);
    const geometries = o.type === 'GeometryCollection' ? o.geometries : [o];
    objects[name] = {
      type: 'GeometryCollection',
      geometries: geometries.map((g) => ({ ...g, properties: pick((g.properties ?? {}) as Props) })),
    };
  }
  // Renumber the arcs still used (an arc index i < 0 means arc ~i reversed).
  const used = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const remap = (i: number): number => {
    const abs = i < 0 ? ~i : i;
    let n = used.get(abs);
    if (n === undefined) {
      n = arcs.length;
      arcs.push(topo.arcs[abs]!);
      used.set(abs, n);
    }
    return i < 0 ? ~n : n;
  };
  const walk = (a: unknown): unknown => (typeof a === 'number' ? remap(a) : (a as unknown[]).map(walk));
  for (const o of Object.values(objects))
    if (o.type === 'GeometryCollection')
      for (const g of o.geometries) if ('arcs' in g) (g as { arcs: unknown }).arcs = walk(g.arcs);
  return { ...topo, objects, arcs };
}

/** A topology with no object yet, quantized to `n` steps across `bbox` ([w, s, e, n]). */
export function emptyTopology([w, s, e, n]: number[], steps: number): Topology {
  return {
    type: 'Topology',
    transform: { scale: [(e! - w!) / (steps - 1), (n! - s!) / (steps - 1)], translate: [w!, s!] },
    objects: {},
    arcs: [],
  };
}
