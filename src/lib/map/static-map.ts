/**
 * The geometry of the static SVG map (build time, d3-geo): which layout (France with its overseas
 * insets, or one frame zoomed on a territory), the basemap paths per frame and the territory
 * areas, as SVG path data. FranceMap.astro only writes what this returns.
 */
import { geoBounds, geoPath, type GeoContext } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { memoized } from '../dataset-index.ts';
import { focusLayout, franceLayout, frameFor, type Frame, type FrameLayout } from './frames.ts';
import { isOverseas, type GeoBundle } from './load-geo.ts';
import { CompactPathContext } from './path-context.ts';
import type { TerritoryRole } from './map-data.ts';
import { featureBounds, frameWindow, mayOverlap, type Box } from './visible.ts';

export interface StaticGeometry {
  layout: FrameLayout;
  /** Geographic window of a zoomed map (features outside are left out), null for France. */
  visible: Box | null;
  basemap: { frame: Frame; departements: string; regions: string }[];
  areas: { id: string; role: TerritoryRole; d: string }[];
  /** Whether the focused territory lies overseas (Mercator rather than Lambert). */
  focusOverseas: boolean;
}

const fc = <F>(features: F[]) => ({ type: 'FeatureCollection', features }) as FeatureCollection;

// Régions under intercommunalities (one covers the other), then the largest areas first.
const ROLE_ORDER = { région: 0, département: 1, signataire: 2, rattachement: 3 } as const;

function overseasRegions(geo: GeoBundle) {
  return geo.regions.features.filter((f) => isOverseas(f.properties));
}

function containsLoosely(f: Feature, [lon, lat]: [number, number]): boolean {
  const [[w, s], [e, n]] = geoBounds(f);
  return lon >= w - 1 && lon <= e + 1 && lat >= s - 1 && lat <= n + 1;
}

/** Basemap and territory areas of a layout; `visible` culls what cannot reach a zoomed frame. */
function draw(geo: GeoBundle, layout: FrameLayout, visible: Box | null, focusOverseas: boolean): StaticGeometry {
  const ctx = new CompactPathContext();
  // Country-wide basemaps are context drawn on every map page: coarser simplification and whole
  // units keep them to a third of the bytes, invisibly at that scale.
  const basemapCtx = new CompactPathContext(1.2, 0);
  const pathIn = (frame: Frame, features: object[], context = ctx): string => {
    geoPath(frame.projection, context as unknown as GeoContext)(fc(features as never[]));
    return context.result();
  };
  const basemapPathIn = (frame: Frame, features: object[]) => pathIn(frame, features, frame.id === 'focus' ? ctx : basemapCtx);
  // Only the features of a frame's zone: an inset's projection would otherwise draw metropolitan
  // France far outside it.
  const zoneOf = (frame: Frame) => (p: { code: string; zone?: string; region?: string }) =>
    frame.id === 'focus'
      ? true
      : frame.id === 'metro'
        ? !isOverseas({ code: p.region ?? p.code, zone: p.zone })
        : `zone-${p.region ?? p.code}` === frame.id;
  const shown = (f: Feature) => !visible || mayOverlap(featureBounds(f), visible);
  const basemap = layout.frames.map((frame) => ({
    frame,
    departements: basemapPathIn(
      frame,
      geo.departements.features.filter((f) => zoneOf(frame)(f.properties) && shown(f)),
    ),
    regions: basemapPathIn(
      frame,
      geo.regions.features.filter((f) => zoneOf(frame)(f.properties) && shown(f)),
    ),
  }));
  const areas = geo.territories.features
    .filter(shown)
    .sort((a, b) => ROLE_ORDER[a.properties.role] - ROLE_ORDER[b.properties.role])
    .map((f) => {
      const frame = frameFor(layout, geo.points.get(f.properties.id)!);
      return { id: f.properties.id, role: f.properties.role, d: pathIn(frame, [f]) };
    })
    .filter((a) => a.d);
  return { layout, visible, basemap, areas, focusOverseas };
}

/**
 * The geometry of a map `width` units wide: France (drawn once per width, the same on every page
 * that shows it) or zoomed on the territory `focus`.
 */
export function staticGeometry(geo: GeoBundle, width: number, focus?: string): StaticGeometry {
  const overseas = overseasRegions(geo);
  if (focus) {
    const area = geo.territories.features.find((f) => f.properties.id === focus);
    if (!area) throw new Error(`FranceMap : territoire « ${focus} » inconnu (prop focus)`);
    const point = geo.points.get(focus);
    const focusOverseas = !!point && overseas.some((r) => containsLoosely(r, point));
    const zoomed = focusLayout(width, Math.round(width * 0.7), area, { overseas: focusOverseas });
    return draw(geo, zoomed, frameWindow(zoomed.frames[0]!), focusOverseas);
  }
  return memoized(geo, `france-map:${width}`, () =>
    draw(
      geo,
      franceLayout(
        width,
        fc(geo.regions.features.filter((f) => !isOverseas(f.properties))),
        [...overseas]
          .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
          .map((f) => ({ id: `zone-${f.properties.code}`, name: f.properties.name, features: fc([f]) })),
      ),
      null,
      false,
    ),
  );
}
