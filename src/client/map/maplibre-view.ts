/**
 * The interactive map, imported on demand by explorer.ts (this module pulls MapLibre, ~300 kB
 * gzip, into its own chunk). It replaces the SVG drawing with a MapLibre map on the offline style
 * (style.ts), keeps the SVG's legend, and returns a small handle; `dispose()` removes the map
 * and its WebGL context.
 *
 * Test hook (documented, present in every build, read-only): when the map is idle the explorer
 * root gets `data-map-ready`, `data-rendered-territories` lists, space-separated, the ids of
 * the territories `queryRenderedFeatures` finds drawn on the territory layers, and
 * `data-rendered-labels` the names printed, `territoire:Lyon` or `ville:Bordeaux`, separated by « | ».
 */
import * as maplibregl from 'maplibre-gl';
// As a URL, not a side-effect import: Astro would otherwise link this stylesheet from every page
// with a map, blocking first paint for a map that loads later.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FilterSpecification, GeoJSONSource, LngLatBoundsLike, MapGeoJSONFeature } from 'maplibre-gl';

/** Layers that draw the territories' areas (src/client/map/style.ts). */
const AREA_LAYERS = ['territory-fill', 'territory-hatch', 'territory-line'] as const;
import type { MapAction, MapData } from '../../lib/map/map-data.ts';
import { tallyLabel, type TerritoryTally } from '../../lib/map/tally.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { mapLive } from '../../lib/i18n/map-live.ts';
import { loadBasemap } from './basemap-data.ts';
import { boundsOfSvgBox, type ProjectionParams } from '../../lib/map/svg-extent.ts';
import {
  basemapStyle,
  hatchPattern,
  MARK_BOX,
  markBoxImage,
  markFeatures,
  maxRadiusFor,
  overlayLayers,
  readPalette,
  TERRITORY_LAYERS,
} from './style.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface MapViewOptions {
  /** The explorer root (test-hook attributes, colours). */
  root: HTMLElement;
  data: MapData;
  tallies: Map<string, TerritoryTally<MapAction>>;
  colour: string | null;
  focus: string | null;
  selected: string | null;
  /** Absolute URL of the geometry folder, ending with `/`. */
  geoBase: string;
  /** External vector style (PUBLIC_MAP_STYLE_URL); null for the offline style. */
  styleUrl: string | null;
  /** The page's edition (tooltips, the map's accessible title). */
  lang?: Lang;
  onSelect: (id: string) => void;
  /** The part of the SVG drawing in view when the reader asked for the map (SVG units), to start there. */
  startBox?: [number, number, number, number] | null;
}

export interface MapView {
  update(tallies: Map<string, TerritoryTally<MapAction>>, colour: string | null): void;
  select(id: string | null): void;
  /** Shows the tooltip of a territory (keyboard focus in the list), or hides it. */
  hint(id: string | null): void;
  dispose(): void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Adds MapLibre's stylesheet once, resolving when it applies (controls are unstyled before). */
function loadStylesheet(url: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[data-maplibre-css]`);
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = url;
  link.dataset['maplibreCss'] = '';
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('feuille de style de la carte introuvable'));
  });
  document.head.append(link);
  return loaded;
}

export async function createMapView(stage: HTMLElement, o: MapViewOptions): Promise<MapView> {
  const { data, root } = o;
  const [, layers] = await Promise.all([loadStylesheet(maplibreCssUrl), loadBasemap(o.geoBase)]);
  const palette = readPalette(root);
  const svg = stage.querySelector<SVGSVGElement>('.france-map-svg');
  const host = document.createElement('div');
  host.className = 'maplibre-host';
  // Same footprint as the drawing it replaces, so the page does not shift; capped on tall
  // screens so the map never needs scrolling through.
  const height = Math.min(Math.max(svg?.clientHeight ?? 480, 320), Math.max(window.innerHeight * 0.85, 320));
  host.style.height = `${Math.round(height)}px`;
  svg?.before(host);

  const byId = new Map(data.territories.map((t) => [t.id, t]));
  const ui = mapLive(o.lang ?? 'fr').explorer;
  const metro = data.zones.find((z) => z.id === 'metro')!;
  const bboxOf = (b: [number, number, number, number]): LngLatBoundsLike => [
    [b[0], b[1]],
    [b[2], b[3]],
  ];
  // A territory page starts on its territory; a shared link with a selection starts on that one.
  const start = byId.get(o.focus ?? o.selected ?? '');
  // Where the SVG was when the reader reached for the map: MapLibre takes over at that extent.
  const projectionJson = stage.querySelector<HTMLElement>('[data-projection]')?.dataset['projection'];
  const fromSvg =
    o.startBox && projectionJson ? boundsOfSvgBox(JSON.parse(projectionJson) as ProjectionParams, o.startBox) : null;
  const startBounds = fromSvg ?? (start ? padded(start.bbox) : metro.bbox);

  const map = new maplibregl.Map({
    container: host,
    style: o.styleUrl ?? basemapStyle(o.geoBase, palette, layers),
    bounds: bboxOf(startBounds),
    fitBoundsOptions: { padding: fromSvg ? 0 : 16 },
    attributionControl: { compact: true, customAttribution: 'IGN ADMIN EXPRESS, INSEE/DGCL, Natural Earth' },
    locale: {
      'Map.Title': o.focus ? ui.interactiveTitleFocus(byId.get(o.focus)!.name) : ui.interactiveTitle,
    },
    maxZoom: 11,
    minZoom: 2,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

  const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10, className: 'map-tooltip' });
  let hovered: string | null = null;
  let selected: string | null = o.selected;
  let tallies = o.tallies;
  let colour = o.colour;

  const setState = (id: string | null, key: 'hover' | 'selected', value: boolean) => {
    if (!id || !map.getSource('marks')) return;
    map.setFeatureState({ source: 'marks', id }, { [key]: value });
    map.setFeatureState({ source: 'territories', id }, { [key]: value });
  };

  const showTooltip = (id: string | null) => {
    if (!id) {
      popup.remove();
      return;
    }
    const t = byId.get(id);
    const tally = tallies.get(id);
    if (!t || !tally) return;
    const node = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = t.name;
    if (o.lang && o.lang !== 'fr') name.lang = 'fr';
    node.append(name, document.createElement('br'), tallyLabel(tally, o.lang));
    popup.setLngLat(t.point).setDOMContent(node).addTo(map);
  };

  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => reject(e.error ?? new Error('carte')));
  });

  map.addImage('hatch', hatchPattern(colour ?? palette.accent));
  map.addImage(MARK_BOX, markBoxImage());
  map.addSource('territories', { type: 'geojson', data: layers.territories, promoteId: 'id' });
  const marks = () => markFeatures(data, tallies, colour, maxRadiusFor(host.clientWidth), o.lang);
  map.addSource('marks', { type: 'geojson', data: marks(), promoteId: 'id' });
  // An external style brings its own labels (and fonts); ours are drawn only on the offline style.
  const labelNames = data.territories.map((t) => t.labelName);
  for (const layer of overlayLayers(palette, colour, !o.styleUrl, labelNames)) map.addLayer(layer);
  /** The style's own filter of each area layer (filled or hatched), before any kind-of-signatory filter. */
  const baseFilters = new Map(AREA_LAYERS.map((l) => [l, map.getFilter(l) ?? null]));
  /** Areas of territories outside the chosen kinds of signatory (no tally) leave the map with their marks. */
  const filterAreas = () => {
    const shown = tallies.size < data.territories.length ? ['in', ['get', 'id'], ['literal', [...tallies.keys()]]] : null;
    for (const layer of AREA_LAYERS) {
      const base = baseFilters.get(layer) ?? null;
      map.setFilter(layer, (shown && base ? ['all', base, shown] : (shown ?? base)) as FilterSpecification | null);
    }
  };
  filterAreas();
  if (svg) svg.style.display = 'none';
  // MapLibre's stylesheet arrives with this chunk, possibly after the constructor measured the
  // container: measure again and fit the starting view.
  map.resize();
  // The zone buttons sit over the map's top edge and the attribution over its bottom: fit
  // between them.
  const zonesBox = root.querySelector<HTMLElement>('[data-map-zones]');
  if (zonesBox && !o.focus) zonesBox.hidden = false;
  const padding = () => ({
    top: 16 + (zonesBox && !zonesBox.hidden ? zonesBox.offsetHeight + 8 : 0),
    right: 16,
    bottom: 40,
    left: 16,
  });
  map.fitBounds(bboxOf(startBounds), { padding: fromSvg ? 0 : padding(), animate: false });
  setState(selected, 'selected', true);

  const idOf = (f: MapGeoJSONFeature | undefined) => (f?.properties?.['id'] as string | undefined) ?? null;
  const hoverLayers = ['territory-circle', 'territory-fill', 'territory-hatch'];
  map.on('mousemove', (e) => {
    const id = idOf(map.queryRenderedFeatures(e.point, { layers: hoverLayers })[0]);
    if (id === hovered) return;
    setState(hovered, 'hover', false);
    hovered = id;
    setState(hovered, 'hover', true);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    showTooltip(id);
  });
  map.on('mouseout', () => {
    setState(hovered, 'hover', false);
    hovered = null;
    showTooltip(null);
  });
  map.on('click', (e) => {
    const id = idOf(map.queryRenderedFeatures(e.point, { layers: hoverLayers })[0]);
    if (id) o.onSelect(id);
  });

  // Test hook (see the module comment).
  const onIdle = () => {
    const ids = new Set(map.queryRenderedFeatures({ layers: [...TERRITORY_LAYERS] }).map((f) => f.properties['id'] as string));
    root.dataset['renderedTerritories'] = [...ids].sort().join(' ');
    const labelLayers = ['territory-label', 'places'].filter((l) => map.getLayer(l));
    const printed = map
      .queryRenderedFeatures({ layers: labelLayers })
      .map((f) =>
        f.layer.id === 'places' ? `ville:${String(f.properties['name'])}` : `territoire:${String(f.properties['labelName'])}`,
      );
    root.dataset['renderedLabels'] = [...new Set(printed)].sort().join('|');
    root.dataset['mapReady'] = '';
  };
  map.on('idle', onIdle);
  // Circles follow the map's width, as the SVG's do.
  map.on('resize', () => (map.getSource('marks') as GeoJSONSource | undefined)?.setData(marks()));

  // Zone buttons: metropolitan France and each overseas région.
  const zoneButtons = [...(zonesBox?.querySelectorAll<HTMLButtonElement>('button[data-zone]') ?? [])];
  const onZone = (e: Event) => {
    const b = e.currentTarget as HTMLButtonElement;
    const zone = data.zones.find((z) => z.id === b.dataset['zone']);
    if (!zone) return;
    for (const x of zoneButtons) x.setAttribute('aria-pressed', String(x === b));
    map.fitBounds(bboxOf(zone.bbox), { padding: padding(), animate: !reducedMotion() });
  };
  for (const b of zoneButtons) {
    b.setAttribute('aria-pressed', 'false');
    b.addEventListener('click', onZone);
  }

  const view: MapView = {
    update(next, nextColour) {
      tallies = next;
      colour = nextColour;
      (map.getSource('marks') as GeoJSONSource | undefined)?.setData(marks());
      filterAreas();
      map.setPaintProperty('territory-fill', 'fill-color', colour ?? palette.accent);
      map.setPaintProperty('territory-line', 'line-color', [
        'case',
        ['boolean', ['feature-state', 'selected'], false],
        palette.fg,
        colour ?? palette.accent,
      ]);
      map.updateImage('hatch', hatchPattern(colour ?? palette.accent));
      if (hovered) showTooltip(hovered);
    },
    select(id) {
      setState(selected, 'selected', false);
      selected = id;
      setState(selected, 'selected', true);
      const t = id ? byId.get(id) : undefined;
      if (t) map.fitBounds(bboxOf(padded(t.bbox)), { padding: padding(), maxZoom: 9, animate: !reducedMotion() });
    },
    hint(id) {
      setState(hovered, 'hover', false);
      hovered = id;
      setState(hovered, 'hover', true);
      showTooltip(id);
    },
    dispose() {
      for (const b of zoneButtons) b.removeEventListener('click', onZone);
      if (zonesBox) zonesBox.hidden = true;
      popup.remove();
      // map.remove() releases the WebGL context and every map listener.
      map.remove();
      host.remove();
      if (svg) svg.style.display = '';
      delete root.dataset['mapReady'];
      delete root.dataset['renderedTerritories'];
    },
  };
  return view;
}

/** A territory's bounds widened so its surroundings show. */
function padded([w, s, e, n]: [number, number, number, number]): [number, number, number, number] {
  const dx = Math.max((e - w) * 0.5, 0.3);
  const dy = Math.max((n - s) * 0.5, 0.2);
  return [w - dx, s - dy, e + dx, n + dy];
}
