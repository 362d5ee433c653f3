/**
 * The commune lookup's index, built at build time (src/pages/data/communes/) and fetched by the
 * browser only when the reader uses the field: a small `index.json` (territories, sources, which
 * shards hold which postcodes) and shards of rows, one per first letter of the name (`n-a`…) and
 * one per département (`d-69`…), so a first answer costs one shard, not 35,000 communes.
 *
 * A row is one string, `name|insee|postcodes|population|covered|context`, with postcodes
 * space-separated and territories as indexes into `territories`, comma-separated: about half the
 * size of the same data as JSON objects.
 */
import type { Membership, Perimeter } from './membership.ts';
import { nameShard, normaliseName } from './normalise.ts';

export const INDEX_VERSION = 1;

export interface LookupTerritory {
  id: string;
  name: string;
  /** Territory page (base path included). */
  url: string;
  /** What the contract covers: the EPCI, the région or département, or the signing commune only. */
  perimeter: Perimeter;
  /** Name of that perimeter (« Métropole de Lyon », « Centre-Val de Loire », « Besançon »). */
  perimeterName: string;
  /** First signature as the site prints it (« 2019 », « 12 juin 2019 », « date inconnue »). */
  since: string;
  /** The same in the English edition (« 12 June 2019 »); the rest of the index serves both. */
  sinceEn?: string;
  contract: string;
  actions: number;
  /** A few documented actions, for the answer. */
  topActions: { title: string; url: string }[];
}

export interface CommuneIndexMeta {
  version: typeof INDEX_VERSION;
  /** Where the membership comes from, shown with every answer. */
  source: string;
  territories: LookupTerritory[];
  /** Shards that exist (`n-a`, `d-69`…). */
  shards: string[];
  /** Postcode prefix (`69`, `974`) → département shards holding a commune with such a postcode. */
  postcodeShards: Record<string, string[]>;
  /** Number of communes indexed. */
  communes: number;
}

export interface CommuneRow {
  name: string;
  insee: string;
  postcodes: string[];
  population: number;
  covered: number[];
  context: number[];
}

export interface IndexCommune {
  code: string;
  nom: string;
  codesPostaux?: string[];
  population?: number;
}

/** Département part of an INSEE code: `69`, `2A`, `974`. */
export const departementOfInsee = (insee: string) => (insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2));

export function encodeRow(r: CommuneRow): string {
  return [r.name, r.insee, r.postcodes.join(' '), r.population, r.covered.join(','), r.context.join(',')].join('|');
}

export function decodeRow(line: string): CommuneRow {
  const [name = '', insee = '', postcodes = '', population = '0', covered = '', context = ''] = line.split('|');
  const nums = (s: string) => (s ? s.split(',').map(Number) : []);
  return {
    name,
    insee,
    postcodes: postcodes ? postcodes.split(' ') : [],
    population: Number(population),
    covered: nums(covered),
    context: nums(context),
  };
}

/** The shards and their meta: pure, from the communes, their membership and the territories. */
export function buildLookupIndex(
  communes: readonly IndexCommune[],
  membership: ReadonlyMap<string, Membership>,
  territories: readonly LookupTerritory[],
  source: string,
): { meta: CommuneIndexMeta; shards: Map<string, string[]> } {
  const indexOf = new Map(territories.map((t, i) => [t.id, i]));
  const ref = (ids: readonly string[]) =>
    ids.map((id) => {
      const i = indexOf.get(id);
      if (i === undefined) throw new Error(`commune : territoire « ${id} » absent de l’index`);
      return i;
    });
  const shards = new Map<string, string[]>();
  const push = (key: string, row: string) => {
    const list = shards.get(key);
    if (list) list.push(row);
    else shards.set(key, [row]);
  };
  const postcodeShards: Record<string, Set<string>> = {};
  // Larger communes first: matching keeps the order, so « Saint-Denis » finds the largest first.
  const sorted = [...communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code));
  for (const c of sorted) {
    const m = membership.get(c.code);
    const row = encodeRow({
      name: c.nom,
      insee: c.code,
      postcodes: c.codesPostaux ?? [],
      population: c.population ?? 0,
      covered: ref(m?.covered ?? []),
      context: ref(m?.context ?? []),
    });
    const dep = departementOfInsee(c.code);
    push(`n-${nameShard(normaliseName(c.nom))}`, row);
    push(`d-${dep}`, row);
    for (const p of c.codesPostaux ?? []) (postcodeShards[postcodePrefix(p)] ??= new Set()).add(`d-${dep}`);
  }
  return {
    meta: {
      version: INDEX_VERSION,
      source,
      territories: [...territories],
      shards: [...shards.keys()].sort(),
      postcodeShards: Object.fromEntries(
        Object.entries(postcodeShards)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, [...v].sort()]),
      ),
      communes: communes.length,
    },
    shards,
  };
}

/** The prefix of a postcode that `postcodeShards` is keyed by: 3 digits overseas (97x, 98x), else 2. */
export const postcodePrefix = (digits: string) => (/^9[78]/.test(digits) ? digits.slice(0, 3) : digits.slice(0, 2));
