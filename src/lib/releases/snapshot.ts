/**
 * A data release's snapshot (`releases/<version>.json`): the content of `content/` as that version
 * published it, in the shape the content files have (schema input), so the same schemas and the
 * same chart code turn it into views. Written once by `npm run release`, never edited: its SHA-256
 * is kept in `releases/manifest.json` and checked by every build (verify.ts).
 *
 * Article bodies are left out (no view or download needs them); their id, title and date are kept
 * for the changelog's computed differences.
 */
import { actionSchema, type Action } from '../../schemas/action.ts';
import { domainSchema, type Domain } from '../../schemas/domain.ts';
import { figureSchema, type Figure } from '../../schemas/figure.ts';
import { territorySchema, type Territory } from '../../schemas/territory.ts';
import { describeIssues } from '../zod-issues.ts';
import { orderDataset } from '../dataset-order.ts';
import type { ChartData } from '../charts/types.ts';
import type { z } from 'astro/zod';

/** Bumped when the file layout changes; loaders migrate older formats (never the files). */
export const SNAPSHOT_FORMAT = 1;

export interface ArticleStub {
  id: string;
  title: string;
  date: string;
}

export interface SnapshotFile {
  format: number;
  version: string;
  date: string;
  /** Where the content came from: the commit it was read at, or the working copy. */
  source: { commit: string | null; note: string };
  territories: unknown[];
  actions: unknown[];
  figures: unknown[];
  domains: unknown[];
  articles: ArticleStub[];
}

/** A snapshot once parsed: chart-ready data, in the order the live site uses. */
export interface Snapshot {
  version: string;
  date: string;
  source: SnapshotFile['source'];
  data: ChartData;
  articles: ArticleStub[];
}

/**
 * One entity per line: compact (no indentation) yet readable in a diff or a pull request.
 * Entities are sorted by id so two snapshots of the same content are the same bytes.
 */
export function serializeSnapshot(s: SnapshotFile): string {
  const byId = (a: unknown, b: unknown) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id), 'en');
  const list = (items: unknown[]) => `[\n${[...items].sort(byId).map((x) => JSON.stringify(x)).join(',\n')}\n]`;
  return [
    '{',
    `"format": ${JSON.stringify(s.format)},`,
    `"version": ${JSON.stringify(s.version)},`,
    `"date": ${JSON.stringify(s.date)},`,
    `"source": ${JSON.stringify(s.source)},`,
    `"territories": ${list(s.territories)},`,
    `"actions": ${list(s.actions)},`,
    `"figures": ${list(s.figures)},`,
    `"domains": ${list(s.domains)},`,
    `"articles": ${list(s.articles)}`,
    '}',
    '',
  ].join('\n');
}

function parseAll<T>(items: unknown, schema: z.ZodType<T>, file: string, kind: string): T[] {
  if (!Array.isArray(items)) throw new Error(`${file} › ${kind} : liste attendue`);
  return items.map((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) return r.data;
    const id = (item as { id?: unknown })?.id ?? `n° ${i + 1}`;
    const what = describeIssues(r.error, item)
      .map((d) => `${d.field} : ${d.message}`)
      .join(' ; ');
    throw new Error(
      `${file} › ${kind} « ${String(id)} » : ${what}. Un instantané publié ne se corrige pas : ` +
        'si le schéma a changé, ajoutez une migration dans src/lib/releases/snapshot.ts.',
    );
  });
}

/**
 * Older snapshot formats are brought to the current one here, in code: the files stay as published.
 * (Format 1 is the first; nothing to migrate yet.)
 */
function migrate(raw: SnapshotFile): SnapshotFile {
  return raw;
}

/** Parses a snapshot file's text with today's schemas; errors name the file and the entry. */
export function parseSnapshot(text: string, file: string): Snapshot {
  let raw: SnapshotFile;
  try {
    raw = JSON.parse(text) as SnapshotFile;
  } catch (e) {
    throw new Error(`${file} : JSON illisible (${(e as Error).message})`);
  }
  if (typeof raw.format !== 'number' || raw.format > SNAPSHOT_FORMAT)
    throw new Error(`${file} › format : format ${String(raw.format)} inconnu de ce code (au plus ${SNAPSHOT_FORMAT})`);
  raw = migrate(raw);
  const ordered = orderDataset({
    territories: parseAll<Territory>(raw.territories, territorySchema, file, 'territoire'),
    actions: parseAll<Action>(raw.actions, actionSchema, file, 'action'),
    domains: parseAll<Domain>(raw.domains, domainSchema, file, 'domaine'),
    figures: parseAll<Figure>(raw.figures, figureSchema, file, 'chiffre'),
  });
  return { version: raw.version, date: raw.date, source: raw.source, data: ordered, articles: raw.articles };
}
