/**
 * The offline map style, built only from the project's own files under `geoBase`
 * (`…/geo/`): régions, départements, rivers and places (decoded from TopoJSON by
 * basemap-data.ts), labels with the shipped
 * Noto Sans glyphs. No tile server, no font or sprite from another origin. Colours come from the
 * page's CSS variables, so the map follows the light or dark theme.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapData, MapAction } from '../../lib/map/map-data.ts';
import { radiusScale } from '../../lib/map/radius.ts';
import { tallyLabel, type TerritoryTally } from '../../lib/map/tally.ts';
import type { Lang } from '../../lib/i18n/lang.ts';

export interface Palette {
  bg: string;
  bgSoft: string;
  fg: string;
  fgSoft: string;
  line: string;
  accent: string;
  water: string;
}

/** Largest circle, in pixels, on a map 600 px wide (the SVG's drawing width); narrower maps scale it down like the SVG. */
export const MAX_RADIUS = 18;

export function maxRadiusFor(width: number): number {
  return MAX_RADIUS * Math.min(1, Math.max(width, 240) / 600);
}
export const EMPTY_RADIUS = 4;
const LABEL_SIZE = 13;
/** The transparent image that stands for a circle in MapLibre's label collisions. */
export const MARK_BOX = 'mark-box';
export const MARK_BOX_SIZE = 16;
export const markBoxImage = () => ({ width: MARK_BOX_SIZE, height: MARK_BOX_SIZE, data: new Uint8Array(MARK_BOX_SIZE ** 2 * 4) });
/** Layers holding a territory's features (what `queryRenderedFeatures` checks). */
export const TERRITORY_LAYERS = ['territory-fill', 'territory-hatch', 'territory-circle'] as const;

export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    bg: v('--bg', '#fbfaf7'),
    bgSoft: v('--bg-soft', '#f1eee7'),
    fg: v('--fg', '#1d1d1b'),
    fgSoft: v('--fg-soft', '#55534e'),
    line: v('--line', '#d8d4ca'),
    accent: v('--accent', '#a4372a'),
    water: '#6f9fc9',
  };
}

/** The basemap layers as GeoJSON (see basemap-data.ts); rivers and places are optional. */
export interface BasemapSources {
  departements: FeatureCollection;
  regions: FeatureCollection;
  rivers: FeatureCollection | null;
  places: FeatureCollection | null;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function basemapStyle(geoBase: string, p: Palette, layers: BasemapSources): StyleSpecification {
  return {
    version: 8,
    name: 'Atlas CTAI hors ligne',
    // The template stays literal: MapLibre substitutes {fontstack} and {range}.
    glyphs: `${geoBase}glyphs/{fontstack}/{range}.pbf`,
    sources: {
      departements: { type: 'geojson', data: layers.departements },
      regions: { type: 'geojson', data: layers.regions },
      rivers: { type: 'geojson', data: layers.rivers ?? EMPTY },
      places: { type: 'geojson', data: layers.places ?? EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': p.bg } },
      { id: 'departements-fill', type: 'fill', source: 'departements', paint: { 'fill-color': p.bgSoft } },
      { id: 'departements-line', type: 'line', source: 'departements', paint: { 'line-color': p.line, 'line-width': 0.6 } },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        paint: { 'line-color': p.water, 'line-opacity': 0.6, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 2] },
      },
      {
        id: 'regions-line',
        type: 'line',
        source: 'regions',
        paint: { 'line-color': p.fgSoft, 'line-opacity': 0.6, 'line-width': 1 },
      },
    ],
  };
}

/** Overlay layers (above any basemap, ours or an external style), places labels on top. */
export function overlayLayers(
  p: Palette,
  colour: string | null,
  withPlaces: boolean,
  labelNames: readonly string[] = [],
): LayerSpecification[] {
  const areaColour = colour ?? p.accent;
  const mark = ['coalesce', ['get', 'colour'], p.accent] as unknown as string;
  const layers: LayerSpecification[] = [
    {
      id: 'territory-fill',
      type: 'fill',
      source: 'territories',
      filter: ['!=', ['get', 'role'], 'rattachement'],
      paint: {
        'fill-color': areaColour,
        'fill-opacity': ['match', ['get', 'role'], 'région', 0.14, 0.3] as unknown as number,
      },
    },
    {
      id: 'territory-hatch',
      type: 'fill',
      source: 'territories',
      filter: ['==', ['get', 'role'], 'rattachement'],
      paint: { 'fill-pattern': 'hatch', 'fill-opacity': 0.9 },
    },
    {
      id: 'territory-line',
      type: 'line',
      source: 'territories',
      paint: {
        'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], p.fg, areaColour] as unknown as string,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 2.5, 0.8] as unknown as number,
      },
    },
    {
      id: 'territory-circle',
      type: 'circle',
      source: 'marks',
      paint: {
        'circle-radius': ['get', 'r'] as unknown as number,
        'circle-color': ['case', ['get', 'hasData'], mark, p.bg] as unknown as string,
        'circle-opacity': ['case', ['get', 'hasData'], 0.82, 1] as unknown as number,
        'circle-stroke-color': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          p.fg,
          ['boolean', ['feature-state', 'hover'], false],
          p.fg,
          ['get', 'hasData'],
          p.bg,
          p.fgSoft,
        ] as unknown as string,
        'circle-stroke-width': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          3,
          ['boolean', ['feature-state', 'hover'], false],
          2.5,
          1.5,
        ] as unknown as number,
      },
    },
  ];
  if (withPlaces)
    layers.push(
      {
        id: 'places',
        type: 'symbol',
        source: 'places',
        // Larger cities first; smaller ones appear as the reader zooms in. A city a territory is
        // named after is left to the territory's label: one name per place, never « Lyon » twice.
        filter: [
          'all',
          ['>=', ['get', 'population'], ['step', ['zoom'], 150000, 6, 40000, 7.5, 10000, 9, 0]],
          ['!', ['in', ['get', 'name'], ['literal', [...new Set(labelNames)]]]],
        ] as never,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Regular'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 9, 13] as never,
          'text-offset': [0, 0.9],
          'text-anchor': 'top',
          'symbol-sort-key': ['-', 0, ['get', 'population']] as never,
        },
        paint: { 'text-color': p.fgSoft, 'text-halo-color': p.bg, 'text-halo-width': 1.5 },
      },
      // Names of the territories, most documented first; MapLibre drops those without room
      // (the list and the tooltips name every territory) and shows more as the reader zooms in.
      // Above the places, so they are placed before them.
      {
        id: 'territory-label',
        type: 'symbol',
        source: 'marks',
        layout: {
          'text-field': ['get', 'labelName'],
          // The same face as the places: one set of glyph files to fetch, not two (~90 kB).
          'text-font': ['Noto Sans Regular'],
          'text-size': LABEL_SIZE,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          // Just clear of the territory's own circle (its collision box, below).
          'text-radial-offset': ['/', ['+', ['get', 'r'], 5], LABEL_SIZE] as never,
          'symbol-sort-key': ['-', 0, ['get', 'count']] as never,
        },
        paint: { 'text-color': p.fg, 'text-halo-color': p.bg, 'text-halo-width': 2 },
      },
      // Every circle as an invisible box in MapLibre's collision index, placed first (top layer):
      // circles are not symbols, so without it a name could be printed over another territory's
      // circle. Always placed (allow-overlap), never crossed by a label (ignore-placement off).
      {
        id: 'mark-collision',
        type: 'symbol',
        source: 'marks',
        layout: {
          'icon-image': MARK_BOX,
          'icon-size': ['/', ['*', 2, ['get', 'r']], MARK_BOX_SIZE] as never,
          'icon-allow-overlap': true,
          'icon-ignore-placement': false,
          'icon-padding': 0,
        },
      },
    );
  return layers;
}

/** One point per territory with what the circle layer draws: radius, colour, data state. */
export function markFeatures(
  data: MapData,
  tallies: Map<string, TerritoryTally<MapAction>>,
  colour: string | null,
  maxRadius = MAX_RADIUS,
  lang: Lang = 'fr',
): FeatureCollection<Point> {
  const radius = radiusScale(data.maxCount, maxRadius);
  const features = data.territories
    // A territory without a tally is outside the chosen kinds of signatory: no mark.
    .filter((t) => tallies.has(t.id))
    .map((t) => {
      const tally = tallies.get(t.id);
      const count = tally?.count ?? 0;
      const hasData = !!tally && tally.state === 'some';
      return {
        type: 'Feature' as const,
        properties: {
          id: t.id,
          name: t.name,
          labelName: t.labelName,
          count,
          hasData,
          label: tally ? tallyLabel(tally, lang) : '',
          r: hasData ? radius(count) : Math.min(EMPTY_RADIUS, maxRadius / 3),
          ...(colour ? { colour } : {}),
        },
        geometry: { type: 'Point' as const, coordinates: t.point },
      };
    })
    // Draw large circles first so small ones stay on top and clickable.
    .sort((a, b) => b.properties.r - a.properties.r);
  return { type: 'FeatureCollection', features };
}

/** A diagonal hatch as raw pixels (no image request): 8×8 RGBA, one line per tile. */
export function hatchPattern(hex: string, size = 8): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      const o = (y * size + x) * 4;
      data.set(onLine ? [r, g, b, 190] : [r, g, b, 22], o);
    }
  return { width: size, height: size, data };
}
