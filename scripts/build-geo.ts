/**
 * `npm run geo`: web-ready geometry for the maps, written to public/geo/ (never committed).
 *
 * Input: the openly licensed files in GEO_DATA_DIR (default ../shared/data/geo). Where that
 * directory is absent, the official Etalab « contours administratifs » GeoJSON files are
 * downloaded from GEO_FALLBACK_URL instead. Output (all GeoJSON, d3 winding order):
 *   departements.geojson, regions.geojson   basemap layers (metropolitan France and overseas), for the SVG maps drawn at build time
 *   basemap.topojson                        what MapLibre reads: départements and régions (shared arcs), rivers
 *                                           and places, quantized, decoded in the browser by topojson-client
 *   territories.topojson                    the territories' polygons for MapLibre, quantized (about 10 m)
 *   territories.geojson                     one polygon per territory, selected by EPCI SIREN (or région code)
 *   labels.geojson                          one point per territory (its main city where known)
 *   places.geojson, rivers.geojson, glyphs/ basemap extras when the data directory has them
 *   credits.json                            sources and licences to show on the site
 * Checks: every territory has a polygon, and the polygon contains its main city's point.
 * `--if-missing` does nothing when the output exists and was built for the same territories (used by `npm run build`).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { listFiles, readJson } from './lib/content-store.ts';
import { appendLayer, emptyTopology, keepObjects } from './lib/topology.ts';
import { CONTENT_DIR } from './lib/content-store.ts';

const log = (msg: string) => process.stderr.write(msg + '\n');
const OUT = process.env.GEO_OUT_DIR ?? 'public/geo';
const DATA_DIR = process.env.GEO_DATA_DIR ?? '../shared/data/geo';
const FALLBACK_URL =
  process.env.GEO_FALLBACK_URL ?? 'https://etalab-datasets.geo.data.gouv.fr/contours-administratifs/2026/geojson/';

type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
interface TerritoryLite {
  id: string;
  name: string;
  signatoryKind: string;
  epci: { siren: string; role: string } | null;
  city: { insee: string; name: string } | null;
  departements: { code: string; name: string }[];
  region: { code: string; name: string };
}
interface Basemap {
  departements: Area[];
  regions: Area[];
  /** The quantized topology the départements and régions come from (null for the Etalab fallback). */
  topology: Topology | null;
  epciBySiren: Map<string, Area>;
  places: Feature<Point, { insee: string; name: string; population: number }>[] | null;
  rivers: FeatureCollection | null;
  glyphsDir: string | null;
  credits: { name: string; licence: string; url?: string }[];
  /** One sentence on the vintage of the contours, shown with the credits. */
  note: string;
  inputs: string;
}

/**
 * Round coordinates: 3 decimals (~100 m) for the basemap simplified at 800 m, 4 (~10 m) for the
 * territories. Smaller files, no visible change at the zooms we offer.
 */
function roundGeometry<G extends Geometry>(g: G, digits: number): G {
  const k = 10 ** digits;
  const round = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * k) / k : (c as unknown[]).map(round));
  return { ...g, coordinates: round((g as Polygon).coordinates) } as G;
}

function fromTopo(topo: Topology, layer: string): Area[] {
  return (feature(topo, topo.objects[layer] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>)
    .features as Area[];
}

function loadLocal(dir: string): Basemap {
  log(`Géométrie : lecture de ${dir}`);
  const base = readJson<Topology>(join(dir, 'france-base.topojson'));
  const epci = readJson<Topology>(join(dir, 'epci-france.topojson'));
  const places = existsSync(join(dir, 'places.geojson'))
    ? readJson<FeatureCollection<Point, { insee: string; name: string; population: number }>>(join(dir, 'places.geojson'))
        .features
    : null;
  const meta = existsSync(join(dir, 'build-meta.json'))
    ? readJson<{ inputs: Record<string, string> }>(join(dir, 'build-meta.json'))
    : null;
  return {
    departements: fromTopo(base, 'departements'),
    regions: fromTopo(base, 'regions'),
    topology: base,
    // Territory polygons at the finer EPCI detail; regions there share its arcs.
    epciBySiren: new Map(fromTopo(epci, 'epci').map((f) => [String(f.properties['siren']), f])),
    places,
    rivers: existsSync(join(dir, 'rivers.geojson')) ? readJson<FeatureCollection>(join(dir, 'rivers.geojson')) : null,
    glyphsDir: existsSync(join(dir, 'glyphs')) ? join(dir, 'glyphs') : null,
    credits: [
      {
        name: 'IGN — ADMIN EXPRESS COG 2018 (contours des communes, agrégés en EPCI, départements, régions)',
        licence: 'Licence Ouverte / Etalab 2.0',
      },
      {
        name: 'INSEE / DGCL via @etalab/decoupage-administratif 6.0.0 (codes et appartenance 2026, populations légales)',
        licence: 'Licence Ouverte / Etalab 2.0',
      },
      { name: 'Natural Earth 10m (cours d’eau)', licence: 'domaine public' },
      { name: 'Noto Sans (glyphes de la carte)', licence: 'SIL Open Font License 1.1' },
    ],
    note: 'Contours de 2018 (IGN ADMIN EXPRESS COG 2018) ; codes, appartenance des communes aux EPCI et populations de 2026.',
    inputs: meta ? Object.values(meta.inputs).join(' ; ') : dir,
  };
}

async function download(name: string): Promise<FeatureCollection<Polygon | MultiPolygon>> {
  const url = new URL(name, FALLBACK_URL).href;
  log(`Géométrie : téléchargement de ${url}`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`téléchargement impossible : ${url} (HTTP ${res.status})`);
  return (await res.json()) as FeatureCollection<Polygon | MultiPolygon>;
}

/** Etalab files follow RFC 7946 (counter-clockwise outer rings); our outputs use d3's order. */
function toD3Winding(f: Area): Area {
  return turf.rewind(f, { reverse: true }) as Area;
}

async function loadEtalab(): Promise<Basemap> {
  const [deps, regs, epcis] = await Promise.all(
    ['departements-100m.geojson', 'regions-100m.geojson', 'epci-100m.geojson'].map(download),
  );
  const withCodeName = (f: Area) =>
    toD3Winding({ ...f, properties: { code: f.properties['code'], name: f.properties['nom'] ?? f.properties['name'] } });
  return {
    departements: deps!.features.map((f) => withCodeName(f as Area)),
    regions: regs!.features.map((f) => withCodeName(f as Area)),
    topology: null,
    epciBySiren: new Map(epcis!.features.map((f) => [String(f.properties!['code']), toD3Winding(f as Area)])),
    places: null,
    rivers: null,
    glyphsDir: null,
    credits: [
      {
        name: 'IGN — ADMIN EXPRESS via Etalab « contours administratifs »',
        licence: 'Licence Ouverte / Etalab 2.0',
        url: FALLBACK_URL,
      },
      { name: 'INSEE / DGCL via @etalab/decoupage-administratif 6.0.0', licence: 'Licence Ouverte / Etalab 2.0' },
    ],
    note: 'Contours officiels Etalab « contours administratifs » (IGN ADMIN EXPRESS, simplifiés à 100 m).',
    inputs: FALLBACK_URL,
  };
}

/**
 * The polygon drawn for a territory: its EPCI (signatory, or the signing commune's context), else
 * its département when a département signed (never the whole région), else its région.
 */
function signatoryArea(t: TerritoryLite, base: Basemap): { source: Area | undefined; role: string; what: string } {
  if (t.epci) return { source: base.epciBySiren.get(t.epci.siren), role: t.epci.role, what: `l’EPCI ${t.epci.siren}` };
  if (t.signatoryKind === 'département') {
    const code = t.departements[0]?.code ?? '';
    const source = base.departements.find((d) => String(d.properties['code']) === code);
    return { source, role: 'département', what: `le département ${code}` };
  }
  const source = base.regions.find((r) => String(r.properties['code']) === t.region.code);
  return { source, role: 'région', what: `la région ${t.region.code}` };
}

function territoryFeatures(territories: TerritoryLite[], base: Basemap) {
  const errors: string[] = [];
  const areas: Area[] = [];
  const labels: Feature<Point>[] = [];
  const placeByInsee = new Map((base.places ?? []).map((p) => [p.properties.insee, p]));
  let checked = 0;
  for (const t of territories) {
    const { source, role, what } = signatoryArea(t, base);
    if (!source) {
      errors.push(`${t.id} : aucun polygone pour ${what}`);
      continue;
    }
    areas.push({
      type: 'Feature',
      properties: { id: t.id, name: t.name, role, siren: t.epci?.siren ?? null, kind: t.signatoryKind },
      geometry: roundGeometry(source.geometry, 4),
    });
    const place = t.city ? placeByInsee.get(t.city.insee) : undefined;
    if (place) {
      checked++;
      if (!turf.booleanPointInPolygon(place, source))
        errors.push(`${t.id} : ${t.city!.name} (${t.city!.insee}) n’est pas dans le polygone de son territoire`);
    }
    const point = place?.geometry ?? turf.pointOnFeature(source).geometry;
    labels.push({ type: 'Feature', properties: { id: t.id, name: t.name, exact: !!place }, geometry: point });
  }
  return { areas, labels, errors, checked };
}

const none = () => ({});

/**
 * The basemap MapLibre draws, in one quantized topology: the source's own départements and
 * régions (borders shared, so each is stored once), plus rivers and places in its transform
 * (about 40 m at the source's quantization: below a pixel at the zooms the map allows).
 * Only the properties the style reads are kept.
 */
function basemapTopology(base: Basemap): Topology {
  const fcOf = (features: Feature[]) => ({ type: 'FeatureCollection', features }) as FeatureCollection;
  let topo: Topology;
  if (base.topology) topo = keepObjects(base.topology, { departements: none, regions: none });
  else {
    topo = emptyTopology(turf.bbox(fcOf(base.departements)), 1e5);
    appendLayer(topo, 'departements', fcOf(base.departements), none);
    appendLayer(topo, 'regions', fcOf(base.regions), none);
  }
  if (base.rivers) appendLayer(topo, 'rivers', base.rivers, none);
  if (base.places) appendLayer(topo, 'places', fcOf(base.places), (p) => ({ name: p['name'], population: p['population'] }));
  return topo;
}

/** Territory polygons for MapLibre, quantized to about 10 m: zoomed territory maps stay sharp. */
function territoriesTopology(areas: Area[]): Topology {
  const collection = { type: 'FeatureCollection', features: areas } as FeatureCollection;
  const [w, s, e, n] = turf.bbox(collection);
  const topo = emptyTopology([w, s, e, n], Math.ceil(Math.max(e - w, n - s) / 1e-4));
  appendLayer(topo, 'territories', collection, (p) => ({ id: p['id'], name: p['name'], role: p['role'] }));
  return topo;
}

function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, path);
}

function sizeReport(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return `  ${f.padEnd(24)} ${(buf.length / 1024).toFixed(1).padStart(8)} kB  (gzip ${(gzipSync(buf).length / 1024).toFixed(1)} kB)`;
    });
}

/**
 * What the territory geometry depends on, so `--if-missing` rebuilds when a territory is added or
 * its area changes (a stale public/geo would break the map for the new entry).
 */
function geometryKey(territories: TerritoryLite[]): string {
  const parts = territories
    .map((t) =>
      [
        t.id,
        t.signatoryKind,
        t.epci?.siren,
        t.epci?.role,
        t.city?.insee,
        t.region.code,
        ...t.departements.map((d) => d.code),
      ].join(':'),
    )
    .sort();
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}

function isUpToDate(key: string): boolean {
  const credits = join(OUT, 'credits.json');
  if (
    !['territories.geojson', 'basemap.topojson', 'territories.topojson'].every((f) => existsSync(join(OUT, f))) ||
    !existsSync(credits)
  )
    return false;
  return readJson<{ territoriesKey?: string }>(credits).territoriesKey === key;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'if-missing': { type: 'boolean', default: false } } });
  const territoriesDir = join(CONTENT_DIR, 'territories');
  const territories = listFiles(territoriesDir, '.json').map((f) => readJson<TerritoryLite>(join(territoriesDir, f)));
  const key = geometryKey(territories);
  if (values['if-missing'] && isUpToDate(key)) return;
  if (territories.length === 0) throw new Error(`aucun territoire dans ${territoriesDir} : lancez d’abord npm run data`);

  const base = existsSync(DATA_DIR) ? loadLocal(DATA_DIR) : await loadEtalab();
  const { areas, labels, errors, checked } = territoryFeatures(territories, base);
  if (errors.length) throw new Error(`géométrie incohérente :\n  ${errors.join('\n  ')}`);

  const tmpOut = `${OUT}.tmp-${process.pid}`;
  rmSync(tmpOut, { recursive: true, force: true });
  mkdirSync(tmpOut, { recursive: true });
  const fc = (features: Feature[]) => ({ type: 'FeatureCollection', features });
  const basemap = (f: Area) => ({ ...f, geometry: roundGeometry(f.geometry, 3) });
  writeJsonAtomic(join(tmpOut, 'departements.geojson'), fc(base.departements.map(basemap)));
  writeJsonAtomic(join(tmpOut, 'regions.geojson'), fc(base.regions.map(basemap)));
  writeJsonAtomic(join(tmpOut, 'territories.geojson'), fc(areas));
  writeJsonAtomic(join(tmpOut, 'labels.geojson'), fc(labels));
  if (base.places) writeJsonAtomic(join(tmpOut, 'places.geojson'), fc(base.places));
  writeJsonAtomic(join(tmpOut, 'basemap.topojson'), basemapTopology(base));
  writeJsonAtomic(join(tmpOut, 'territories.topojson'), territoriesTopology(areas));
  if (base.rivers) writeJsonAtomic(join(tmpOut, 'rivers.geojson'), base.rivers);
  if (base.glyphsDir) cpSync(base.glyphsDir, join(tmpOut, 'glyphs'), { recursive: true });
  writeJsonAtomic(join(tmpOut, 'credits.json'), {
    note: base.note,
    sources: base.credits,
    inputs: base.inputs,
    hasPlaces: !!base.places,
    territoriesKey: key,
  });
  rmSync(OUT, { recursive: true, force: true });
  renameSync(tmpOut, OUT);
  log(`Géométrie écrite dans ${OUT} : ${areas.length} territoires, ${checked} villes vérifiées dans leur polygone.`);
  for (const line of sizeReport(OUT)) log(line);
}

main().catch((e: unknown) => {
  log(`Erreur (npm run geo) : ${(e as Error).message}`);
  process.exit(1);
});
