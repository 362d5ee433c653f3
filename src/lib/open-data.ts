/**
 * What every open-data file shares: licence, version (from content/changelog.md), stable URLs
 * and the context the CSV columns need. Build-time only.
 */
import { readFileSync } from 'node:fs';
import changelogText from '../../content/changelog.md?raw';
import { parseChangelog } from './changelog.ts';
import type { ExportContext } from './data-dictionary.ts';
import type { Dataset } from './dataset.ts';
import type { Territory } from '../schemas/territory.ts';
import { actionsOfTerritory } from './dataset-index.ts';
import { href, routes } from './paths.ts';

export const LICENCE = {
  name: 'Licence Ouverte / Open Licence version 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

// CTAI_CHANGELOG (benchmarks with synthetic releases) replaces the changelog everywhere, as in releases/load.ts.
export const CHANGELOG = parseChangelog(
  process.env.CTAI_CHANGELOG ? readFileSync(process.env.CTAI_CHANGELOG, 'utf8') : changelogText,
);
export const DATA_VERSION = CHANGELOG[0]?.version ?? '0.0.0';

/** The files of /donnees/, in the order the page lists them. */
export const DATA_FILES = [
  { file: 'actions.csv', label: 'Actions (CSV)', labelEn: 'Actions (CSV)', rows: 'actions' },
  { file: 'actions.json', label: 'Actions (JSON)', labelEn: 'Actions (JSON)', rows: 'actions' },
  { file: 'territoires.csv', label: 'Territoires (CSV)', labelEn: 'Territories (CSV)', rows: 'territories' },
  { file: 'territoires.json', label: 'Territoires (JSON)', labelEn: 'Territories (JSON)', rows: 'territories' },
  {
    file: 'territoires.geojson',
    label: 'Territoires, points d’étiquette (GeoJSON)',
    labelEn: 'Territories, label points (GeoJSON)',
    rows: 'territories',
  },
  { file: 'chiffres.json', label: 'Chiffres clés (JSON)', labelEn: 'Key figures (JSON)', rows: 'figures' },
  { file: 'articles.json', label: 'Articles (JSON)', labelEn: 'Articles (JSON)', rows: 'articles' },
] as const;

export function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

export function exportContext(data: Dataset, site: URL | undefined): ExportContext {
  return {
    territoryName: (id) => data.territoryById.get(id)?.name ?? id,
    pageUrl: (kind, id) => absolute(kind === 'action' ? routes.action(id) : routes.territory(id), site),
    actionCount: (id) => actionsOfTerritory(data, id).length,
  };
}

/** The JSON files' envelope: provenance first, then the rows in `items`. */
export function jsonEnvelope<T>(title: string, items: T[], site: URL | undefined) {
  return {
    title,
    version: DATA_VERSION,
    licence: LICENCE,
    source: absolute(href('/donnees/'), site),
    count: items.length,
    items,
  };
}

export function jsonResponse(body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/**
 * The properties every territoires.geojson feature carries, live or in a release's files: one
 * definition, so a release's GeoJSON has the columns of the live one.
 */
export function territoryFeatureProperties(t: Territory, documentedActions: number) {
  return {
    id: t.id,
    nom: t.name,
    type_signataire: t.signatoryKind,
    premiere_signature: t.contract.firstSignature.value,
    premiere_signature_precision: t.contract.firstSignature.precision,
    nomme_par_diair: t.namedByDiair,
    actions_documentees: documentedActions,
    confiance: t.confidence,
  };
}
