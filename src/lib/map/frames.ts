/**
 * Layout of the static map (build time): metropolitan France in a Lambert conformal conic
 * projection (the parallels and central meridian of Lambert-93), the five overseas régions as
 * insets in a row below it, or a single frame zoomed on one territory. Pure: features in,
 * projections and rectangles out, so it is tested without a DOM.
 */
import { geoBounds, geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';

export interface Frame {
  id: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  projection: GeoProjection;
  /** [west, south, east, north] of what the frame shows, to pick the frame of a point. */
  bounds: [number, number, number, number];
}

export interface FrameLayout {
  width: number;
  height: number;
  frames: Frame[];
}

export interface Zone {
  id: string;
  name: string;
  features: FeatureCollection;
}

const PAD = 6;
const INSET_LABEL = 18;

/** Metropolitan France's projection: Lambert-93 parallels (44°, 49°) and meridian (3° E). */
export function metroProjection(): GeoProjection {
  return geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
}

const boundsOf = (f: FeatureCollection | Feature): [number, number, number, number] => {
  const [[w, s], [e, n]] = geoBounds(f);
  return [w, s, e, n];
};

/** Metropolitan France across `width`, the overseas zones as equal insets in one row below. */
export function franceLayout(width: number, metro: FeatureCollection, overseas: readonly Zone[]): FrameLayout {
  const projection = metroProjection().fitWidth(width - 2 * PAD, metro);
  const [[, y0], [, y1]] = geoPath(projection).bounds(metro);
  const metroHeight = Math.ceil(y1 - y0) + 2 * PAD;
  projection.translate([projection.translate()[0] + PAD, projection.translate()[1] - y0 + PAD]);
  const frames: Frame[] = [
    { id: 'metro', name: 'France métropolitaine', x: 0, y: 0, width, height: metroHeight, projection, bounds: boundsOf(metro) },
  ];
  const n = overseas.length;
  const insetWidth = n ? (width - PAD * (n + 1)) / n : 0;
  const insetHeight = Math.round(insetWidth * 0.95);
  overseas.forEach((zone, i) => {
    const x = PAD + i * (insetWidth + PAD);
    const y = metroHeight + PAD;
    const p = geoMercator().fitExtent(
      [
        [x + 4, y + INSET_LABEL + 2],
        [x + insetWidth - 4, y + insetHeight - 4],
      ],
      zone.features,
    );
    frames.push({
      id: zone.id,
      name: zone.name,
      x,
      y,
      width: insetWidth,
      height: insetHeight,
      projection: p,
      bounds: boundsOf(zone.features),
    });
  });
  return { width, height: n ? metroHeight + insetHeight + 2 * PAD : metroHeight, frames };
}

/**
 * One frame of `width × height` centred on a feature, showing at least `minSpan` degrees around
 * it so its neighbours give context. Overseas features use Mercator, metropolitan ones Lambert.
 */
export function focusLayout(
  width: number,
  height: number,
  feature: Feature,
  opts: { overseas?: boolean; minSpan?: number } = {},
): FrameLayout {
  const [w, s, e, n] = boundsOf(feature);
  const minSpan = opts.minSpan ?? 0.9;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const halfX = Math.max((e - w) * 0.7, minSpan / 2);
  const halfY = Math.max((n - s) * 0.7, minSpan / 3);
  const extent: Feature<MultiPoint> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [cx - halfX, cy - halfY],
        [cx + halfX, cy + halfY],
        [cx - halfX, cy + halfY],
        [cx + halfX, cy - halfY],
      ],
    },
  };
  const projection = (opts.overseas ? geoMercator() : metroProjection())
    .fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      extent,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return {
    width,
    height,
    frames: [
      { id: 'focus', name: '', x: 0, y: 0, width, height, projection, bounds: [cx - halfX, cy - halfY, cx + halfX, cy + halfY] },
    ],
  };
}

/** The frame that shows a point: the first whose bounds contain it, else the first frame. */
export function frameFor(layout: FrameLayout, [lon, lat]: [number, number]): Frame {
  const margin = 1;
  return (
    layout.frames.find(
      ({ bounds: [w, s, e, n] }) => lon >= w - margin && lon <= e + margin && lat >= s - margin && lat <= n + margin,
    ) ?? layout.frames[0]!
  );
}
