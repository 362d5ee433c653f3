/**
 * Finding a commune from what the reader typed, and wording the answer. Pure (no fetch, no DOM):
 * `shardsFor` says which index shards a query needs, `matchCommunes` ranks the rows of those
 * shards, `describeCommune` says what the data documents for one commune.
 */
import {
  departementOfInsee,
  postcodePrefix,
  type CommuneIndexMeta,
  type CommuneRow,
  type LookupTerritory,
} from './lookup-index.ts';
import type { Lang } from '../i18n/lang.ts';
import { mapLive } from '../i18n/map-live.ts';
import { couldBeSaint, looksLikePostcode, nameShard, normaliseName } from './normalise.ts';

/** Shortest name query worth answering (one letter matches thousands of communes). */
export const MIN_NAME_LENGTH = 2;

/** Shards to load for a query (empty when the query is too short to answer). */
export function shardsFor(meta: Pick<CommuneIndexMeta, 'shards' | 'postcodeShards'>, query: string): string[] {
  if (looksLikePostcode(query)) {
    const digits = query.replace(/\s/g, '');
    if (digits.length < 2) return [];
    const prefix = postcodePrefix(digits);
    // « 97 » alone does not say which overseas département: wait for the third digit.
    if (prefix.length > digits.length) return [];
    return meta.postcodeShards[prefix] ?? [];
  }
  const key = normaliseName(query);
  if (key.length < MIN_NAME_LENGTH) return [];
  if (couldBeSaint(key)) return meta.shards.filter((s) => s === 'n-s' || s.startsWith('n-s-'));
  const shard = `n-${nameShard(key)}`;
  return meta.shards.includes(shard) ? [shard] : [];
}

/** The shard that holds a commune by its INSEE code (a link `?commune=69266`). */
export const shardOfInsee = (insee: string) => `d-${departementOfInsee(insee)}`;

export interface Match {
  row: CommuneRow;
  /** 0 exact name or postcode, 1 name starts with the query, 2 a later word does. */
  rank: number;
}

/**
 * Communes matching `query`, best first: exact names, then names starting with it, then names
 * with a word starting with it; within each, larger communes first (rows come sorted that way).
 * A postcode matches the communes it serves (a partial one, those whose postcode starts with it).
 */
export function matchCommunes(rows: readonly CommuneRow[], query: string, limit = 8): Match[] {
  const out: Match[] = [];
  if (looksLikePostcode(query)) {
    const digits = query.replace(/\s/g, '');
    for (const row of rows) {
      if (row.postcodes.includes(digits)) out.push({ row, rank: 0 });
      else if (row.postcodes.some((p) => p.startsWith(digits))) out.push({ row, rank: 1 });
    }
  } else {
    const q = normaliseName(query);
    if (q.length < MIN_NAME_LENGTH) return [];
    for (const row of rows) {
      const key = normaliseName(row.name);
      const rank = key === q ? 0 : key.startsWith(q) ? 1 : key.includes(` ${q}`) ? 2 : -1;
      if (rank >= 0) out.push({ row, rank });
    }
  }
  // Stable sort: rows keep their population order within a rank.
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.rank - b.rank)
    .filter((m) => !seen.has(m.row.insee) && (seen.add(m.row.insee), true))
    .slice(0, limit);
}

/** « Saint-Étienne (42) »: the département tells homonyms apart. */
export const communeLabel = (row: CommuneRow) => `${row.name} (${departementOfInsee(row.insee)})`;

export interface CommuneAnswer {
  /** `covered`: a documented contract covers it; `context`: only a city of its EPCI signed; `none`: nothing documented. */
  status: 'covered' | 'context' | 'none';
  /** One sentence, French typography included. */
  headline: string;
  territories: LookupTerritory[];
  /** Territories of `context` (a city of the commune's intercommunality that signed). */
  nearby: LookupTerritory[];
}

/** How a territory's contract reaches the commune, in a few words. */
function perimeterPhrase(t: LookupTerritory, lang: Lang): string {
  return mapLive(lang).lookup.perimeter[t.perimeter](t.perimeterName);
}

/** The first signature as the edition prints it (the index carries both). */
export const sinceOf = (t: LookupTerritory, lang: Lang) => (lang === 'en' && t.sinceEn) || t.since;

export function describeCommune(row: CommuneRow, meta: Pick<CommuneIndexMeta, 'territories'>, lang: Lang = 'fr'): CommuneAnswer {
  const ui = mapLive(lang).lookup;
  const pick = (ids: number[]) => ids.map((i) => meta.territories[i]).filter((t): t is LookupTerritory => !!t);
  const territories = pick(row.covered);
  const nearby = pick(row.context);
  const label = communeLabel(row);
  if (territories.length) {
    const parts = territories.map((t) => ui.coveredPart(t.name, perimeterPhrase(t, lang), t.contract, sinceOf(t, lang)));
    return { status: 'covered', headline: ui.covered(label, parts.join(ui.and)), territories, nearby };
  }
  if (nearby.length)
    return { status: 'context', headline: ui.context(label, nearby.map((t) => t.name).join(', ')), territories, nearby };
  return { status: 'none', headline: ui.none(label), territories, nearby };
}
