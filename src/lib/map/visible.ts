/**
 * Which features a map frame can show, decided from bounding boxes before any drawing. A map
 * zoomed on one territory shows a few neighbours; projecting, clipping and simplifying every
 * territory of the country for each such map made the build quadratic in the territories.
 * Build time only (d3-geo).
 */
import { geoBounds } from 'd3-geo';
import type { Feature } from 'geojson';
import { memoized } from '../dataset-index.ts';
import type { Frame } from './frames.ts';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** A feature's geographic bounds, computed once per feature object. */
export function featureBounds(feature: Feature): Box {
  return memoized(feature, 'bounds', (f) => {
    const [[w, s], [e, n]] = geoBounds(f);
    return [w, s, e, n] as Box;
  });
}

/**
 * The longitudes and latitudes a frame's rectangle can show, with a margin: the projection is
 * inverted along the rectangle's edges (where the extremes of a region lie), densely enough that
 * the margin covers the curvature of parallels between samples. Null when the projection cannot
 * be inverted there (nothing is then culled).
 */
export function frameWindow(frame: Frame, samples = 64): Box | null {
  const invert = frame.projection.invert;
  if (!invert) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    for (const [x, y] of [
      [frame.x + t * frame.width, frame.y],
      [frame.x + t * frame.width, frame.y + frame.height],
      [frame.x, frame.y + t * frame.height],
      [frame.x + frame.width, frame.y + t * frame.height],
    ] as const) {
      const p = invert([x, y]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
      w = Math.min(w, p[0]);
      e = Math.max(e, p[0]);
      s = Math.min(s, p[1]);
      n = Math.max(n, p[1]);
    }
  }
  const margin = 0.05 * Math.max(e - w, n - s) + 0.01;
  return [w - margin, s - margin, e + margin, n + margin];
}

/** False only when the boxes surely do not overlap (a box across the antimeridian always may). */
export function mayOverlap([w, s, e, n]: Box, [ww, ws, we, wn]: Box): boolean {
  if (w > e) return true;
  return !(e < ww || w > we || n < ws || s > wn);
}

/** False only when the point is surely outside the window. */
export function mayContain([w, s, e, n]: Box, [lon, lat]: readonly [number, number]): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
