/**
 * From a part of the static SVG map to the geographic bounds it shows, so MapLibre can take over
 * from the SVG at the same extent. The SVG is drawn at build time with a d3 projection
 * (frames.ts); its parameters travel in the page (`data-projection`) and are rebuilt here, in the
 * browser chunk that loads with MapLibre. Pure.
 */
import { geoConicConformal, geoMercator, type GeoProjection } from 'd3-geo';

/** What the page says about the projection of the map's main frame. */
export interface ProjectionParams {
  kind: 'conic' | 'mercator';
  scale: number;
  translate: [number, number];
  rotate: [number, number];
  /** Conic only: standard parallels. */
  parallels?: [number, number];
  /** The frame's rectangle in SVG units, [x0, y0, x1, y1]: outside it lie the insets. */
  frame: [number, number, number, number];
}

export function projectionParams(
  kind: ProjectionParams['kind'],
  p: GeoProjection & { parallels?: () => [number, number] },
  frame: ProjectionParams['frame'],
): ProjectionParams {
  const [rx, ry] = p.rotate();
  return {
    kind,
    scale: p.scale(),
    translate: p.translate(),
    rotate: [rx, ry],
    ...(kind === 'conic' && p.parallels ? { parallels: p.parallels() } : {}),
    frame,
  };
}

export function rebuildProjection(params: ProjectionParams): GeoProjection {
  const base = params.kind === 'conic' ? geoConicConformal().parallels(params.parallels ?? [44, 49]) : geoMercator();
  return base.rotate(params.rotate).scale(params.scale).translate(params.translate);
}

/**
 * Bounds [west, south, east, north] of the box [x0, y0, x1, y1] (SVG units) clipped to the main
 * frame, from its corners and edge midpoints (the conic's parallels curve). Null when the box
 * misses the frame.
 */
export function boundsOfSvgBox(
  params: ProjectionParams,
  box: [number, number, number, number],
): [number, number, number, number] | null {
  const [fx0, fy0, fx1, fy1] = params.frame;
  const x0 = Math.max(box[0], fx0);
  const y0 = Math.max(box[1], fy0);
  const x1 = Math.min(box[2], fx1);
  const y1 = Math.min(box[3], fy1);
  if (x1 <= x0 || y1 <= y0) return null;
  const projection = rebuildProjection(params);
  const xs = [x0, (x0 + x1) / 2, x1];
  const ys = [y0, (y0 + y1) / 2, y1];
  const points = xs.flatMap((x) => ys.map((y) => projection.invert!([x, y]))).filter((p): p is [number, number] => !!p);
  if (!points.length) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.max(-85, Math.min(...lats)), Math.max(...lons), Math.min(85, Math.max(...lats))];
}
