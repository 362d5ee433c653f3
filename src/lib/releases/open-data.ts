/**
 * A release's open data (`/donnees/versions/<version>/`): the CSV, JSON and GeoJSON files of
 * /donnees/ made from its snapshot, stamped with its version, and a SHA-256 manifest of them.
 * Articles are left out: a snapshot keeps only their titles and dates.
 */
import { toCsv } from '../csv.ts';
import { actionColumns, tableOf, territoryColumns, type Column, type ExportContext } from '../data-dictionary.ts';
import { actionsOfTerritory } from '../dataset-index.ts';
import { loadGeo } from '../map/load-geo.ts';
import { absolute, LICENCE, territoryFeatureProperties } from '../open-data.ts';
import { href, routes } from '../paths.ts';
import type { Snapshot } from './snapshot.ts';
import { compareVersions, sha256 } from './verify.ts';

export interface ReleaseFile {
  file: string;
  label: string;
  type: string;
  text: string;
}

export const RELEASE_FILE_NAMES = ['actions.csv', 'actions.json', 'territoires.csv', 'territoires.json', 'territoires.geojson', 'chiffres.json'];
// A .txt name: every host serves it as text, and `sha256sum -c SHA256SUMS.txt` reads it as well.
export const MANIFEST_NAME = 'SHA256SUMS.txt';

const made = new WeakMap<Snapshot, ReleaseFile[]>();

/** The files of a release (made once per snapshot: the manifest and each file's route share them). */
export function releaseFiles(s: Snapshot, site: URL | undefined): ReleaseFile[] {
  const known = made.get(s);
  if (known) return known;
  const files = makeFiles(s, site);
  made.set(s, files);
  return files;
}

function makeFiles(s: Snapshot, site: URL | undefined): ReleaseFile[] {
  const data = s.data;
  const names = new Map(data.territories.map((t) => [t.id, t.name]));
  const ctx: ExportContext = {
    territoryName: (id) => names.get(id) ?? id,
    pageUrl: (kind, id) => absolute(kind === 'action' ? routes.action(id) : routes.territory(id), site),
    actionCount: (id) => actionsOfTerritory(data, id).length,
  };
  const envelope = (title: string, items: unknown[]) =>
    JSON.stringify(
      { title, version: s.version, date: s.date, licence: LICENCE, source: absolute(href(`/donnees/versions/${s.version}/`), site), count: items.length, items },
      null,
      1,
    );
  // Columns and fields added after this release stay out of its files: they are published once.
  const published = <T>(columns: Column<T>[]) => columns.filter((c) => !c.since || compareVersions(c.since, s.version) <= 0);
  const later = <T>(columns: Column<T>[]) => columns.filter((c) => c.since && compareVersions(c.since, s.version) > 0 && c.field);
  const withoutLater = <T extends object>(columns: Column<T>[], rows: readonly T[]) => {
    const drop = new Set(later(columns).map((c) => c.field!));
    return drop.size ? rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !drop.has(k)))) : [...rows];
  };
  const csv = <T>(columns: Column<T>[], rows: readonly T[]) => {
    const t = tableOf(published(columns), rows);
    return toCsv(t.header, t.rows);
  };
  const { labels } = loadGeo();
  const pointOf = new Map(labels.features.map((f) => [f.properties.id, f]));
  const geojson = {
    type: 'FeatureCollection',
    name: 'territoires',
    version: s.version,
    licence: LICENCE,
    features: data.territories.map((t) => ({
      type: 'Feature',
      // Label points come from today's geometry; a territory it no longer knows has none.
      geometry: pointOf.get(t.id)?.geometry ?? null,
      properties: territoryFeatureProperties(t, ctx.actionCount(t.id)),
    })),
  };
  return [
    { file: 'actions.csv', label: 'Actions (CSV)', type: 'text/csv', text: csv(actionColumns(ctx), data.actions) },
    { file: 'actions.json', label: 'Actions (JSON)', type: 'application/json', text: envelope('Actions documentées des CTAI', withoutLater(actionColumns(ctx), data.actions)) },
    { file: 'territoires.csv', label: 'Territoires (CSV)', type: 'text/csv', text: csv(territoryColumns(ctx), data.territories) },
    {
      file: 'territoires.json',
      label: 'Territoires (JSON)',
      type: 'application/json',
      text: envelope(
        'Territoires engagés dans un CTAI',
        withoutLater(territoryColumns(ctx), data.territories).map((t) => ({ ...t, actionCount: ctx.actionCount(String(t.id)) })),
      ),
    },
    { file: 'territoires.geojson', label: 'Territoires, points d’étiquette (GeoJSON)', type: 'application/geo+json', text: JSON.stringify(geojson, null, 1) },
    {
      file: 'chiffres.json',
      label: 'Chiffres clés (JSON)',
      type: 'application/json',
      text: envelope('Chiffres clés des CTAI', [...data.figures].sort((a, b) => a.id.localeCompare(b.id))),
    },
  ];
}

/** `sha256sum -c` format: « <hex>  <file> » per line. */
export function sha256Manifest(files: readonly ReleaseFile[]): string {
  return files.map((f) => `${sha256(f.text)}  ${f.file}\n`).join('');
}
