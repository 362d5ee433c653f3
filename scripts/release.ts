/**
 * `npm run release`: archives the data releases of content/changelog.md.
 *
 *   npm run release                                  archive the newest version if it has no snapshot yet
 *   npm run release -- --version 1.0.0 --from a1b2c3 archive an older version from content/ at a commit
 *   npm run release -- --check                       only verify the archive (exit 1 on any problem)
 *
 * A snapshot is written once (releases/<version>.json) with its SHA-256 in releases/manifest.json
 * and never rewritten: the build refuses a snapshot whose bytes changed. Called by `npm run edit`
 * when the changelog gains a version, and by the CI recipes (docs/versions-des-donnees.md).
 * Env: CTAI_RELEASES_DIR (default releases), CTAI_CHANGELOG (default content/changelog.md),
 * CTAI_CONTENT_DIR (default content).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseChangelog } from '../src/lib/changelog.ts';
import { CHANGELOG_FILE, loadArchive, RELEASES_DIR } from '../src/lib/releases/load.ts';
import { parseSnapshot, serializeSnapshot } from '../src/lib/releases/snapshot.ts';
import { compareVersions, MANIFEST_FILE, sha256, type Manifest } from '../src/lib/releases/verify.ts';
import { gitSource, snapshotOf, workingSource } from './lib/release-source.ts';

const { values } = parseArgs({
  options: { version: { type: 'string' }, from: { type: 'string' }, check: { type: 'boolean', default: false } },
});
const log = (msg: string) => process.stderr.write(msg + '\n');
const fail = (msg: string): never => {
  log(msg);
  process.exit(1);
};

const changelogText = readFileSync(CHANGELOG_FILE, 'utf8');
const contentDir = process.env.CTAI_CONTENT_DIR ?? 'content';

function check(): void {
  try {
    const archive = loadArchive(changelogText);
    const pending = archive.releases[0]?.snapshot === null ? ` ; ${archive.releases[0]!.version} pas encore archivée` : '';
    log(`Versions vérifiées : ${archive.archived.length} archivée(s)${pending}.`);
  } catch (e) {
    fail((e as Error).message);
  }
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function archive(version: string, from: string | undefined): void {
  const entry = parseChangelog(changelogText, CHANGELOG_FILE).find((e) => e.version === version);
  if (!entry) fail(`${CHANGELOG_FILE} : aucune version ${version} ; ajoutez d’abord « ## ${version} — AAAA-MM-JJ » au journal.`);
  const file = join(RELEASES_DIR, `${version}.json`);
  const manifestPath = join(RELEASES_DIR, MANIFEST_FILE);
  const manifest: Manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest)
    : { releases: [] };
  if (existsSync(file) || manifest.releases.some((r) => r.version === version))
    fail(`${file} : la version ${version} est déjà archivée ; une version publiée ne se réécrit pas.`);
  const source = from ? gitSource(from, contentDir) : workingSource(contentDir);
  const text = serializeSnapshot(snapshotOf(source, version, entry!.date));
  // Parse before writing: a snapshot today's code cannot read is never committed.
  const parsed = parseSnapshot(text, file);
  mkdirSync(RELEASES_DIR, { recursive: true });
  writeAtomic(file, text);
  manifest.releases.push({ version, date: entry!.date, file: `${version}.json`, sha256: sha256(text) });
  manifest.releases.sort((a, b) => compareVersions(a.version, b.version));
  writeAtomic(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  log(
    `${file} : version ${version} du ${entry!.date} archivée (${source.describe.note}) — ` +
      `${parsed.data.territories.length} territoires, ${parsed.data.actions.length} actions, ` +
      `${parsed.data.figures.length} chiffres, ${parsed.articles.length} articles ; ${(text.length / 1024).toFixed(0)} ko.`,
  );
}

if (values.check) check();
else if (values.version) archive(values.version, values.from);
else {
  const newest = parseChangelog(changelogText, CHANGELOG_FILE)[0];
  if (!newest) fail(`${CHANGELOG_FILE} : aucune version dans le journal.`);
  if (existsSync(join(RELEASES_DIR, `${newest!.version}.json`))) log(`Version ${newest!.version} déjà archivée : rien à faire.`);
  else archive(newest!.version, values.from);
  check();
}
