/**
 * The release archive as the build sees it: the changelog's versions, each with its snapshot when
 * archived. Verified once per build (verify.ts); any problem stops the build with every message.
 * `CTAI_RELEASES_DIR` points the tests at fixture archives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangelog, type ChangelogEntry } from '../changelog.ts';
import { archiveProblems, changelogProblems, MANIFEST_FILE } from './verify.ts';
import { parseSnapshot, type Snapshot } from './snapshot.ts';

export interface Release {
  version: string;
  date: string;
  items: string[];
  /** The data as published; null for the newest version until `npm run release` archives it. */
  snapshot: Snapshot | null;
}

export interface ReleaseArchive {
  /** Newest first, as in the changelog. */
  releases: Release[];
  /** Archived releases, oldest first (the order frozen views are planned in). */
  archived: (Release & { snapshot: Snapshot })[];
}

export const RELEASES_DIR = process.env.CTAI_RELEASES_DIR ?? 'releases';
export const CHANGELOG_FILE = process.env.CTAI_CHANGELOG ?? 'content/changelog.md';

/** Reads and checks the archive in `dir` against `changelogText`; throws every problem at once. */
export function loadArchive(changelogText: string, dir = RELEASES_DIR, changelogFile = CHANGELOG_FILE): ReleaseArchive {
  const changelog: ChangelogEntry[] = parseChangelog(changelogText, changelogFile);
  const snapshots = new Map<string, Uint8Array>();
  if (existsSync(dir))
    for (const name of readdirSync(dir).sort())
      if (name.endsWith('.json') && name !== MANIFEST_FILE) snapshots.set(name, readFileSync(join(dir, name)));
  const manifestPath = join(dir, MANIFEST_FILE);
  const manifest = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : null;
  const problems = [...changelogProblems(changelog, changelogFile), ...archiveProblems(changelog, { dir, manifest, snapshots })];
  if (problems.length)
    throw new Error(`Versions des données incohérentes, le site n’est pas construit :\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const releases = changelog.map((e): Release => {
    const bytes = snapshots.get(`${e.version}.json`);
    const snapshot = bytes ? parseSnapshot(new TextDecoder().decode(bytes), `${dir}/${e.version}.json`) : null;
    return { ...e, snapshot };
  });
  const archived = releases.filter((r): r is Release & { snapshot: Snapshot } => r.snapshot !== null).reverse();
  return { releases, archived };
}

let cached: { key: string; archive: ReleaseArchive } | undefined;

/**
 * The build's archive, read once. Under `astro dev`, where `npm run edit` archives a version while
 * the server runs, it is read again when the changelog or the manifest changed.
 */
export function getArchive(): ReleaseArchive {
  if (cached && !import.meta.env?.DEV) return cached.archive;
  const changelog = readFileSync(CHANGELOG_FILE, 'utf8');
  const manifestPath = join(RELEASES_DIR, MANIFEST_FILE);
  const key = changelog + (existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : '');
  if (cached?.key !== key) cached = { key, archive: loadArchive(changelog) };
  return cached.archive;
}

/** The version the live site stamps on its files and images: the changelog's newest. */
export function liveEdition(): { version: string; date: string } | undefined {
  const newest = getArchive().releases[0];
  return newest && { version: newest.version, date: newest.date };
}
