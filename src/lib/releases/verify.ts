/**
 * What the build refuses about releases, as French messages naming the file: a changelog version
 * listed twice or out of order, a snapshot changed after its release (SHA-256 differs from the
 * manifest), a snapshot missing, unlisted, or disagreeing with the changelog. Pure: the loader,
 * the release script and the tests call it with file contents.
 */
import { createHash } from 'node:crypto';
import type { ChangelogEntry } from '../changelog.ts';

export interface ManifestEntry {
  version: string;
  date: string;
  file: string;
  sha256: string;
}

export interface Manifest {
  releases: ManifestEntry[];
}

export const MANIFEST_FILE = 'manifest.json';

export function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `1.10.0` → [1, 10, 0]; null when not `X.Y.Z`. */
export function parseVersion(v: string): [number, number, number] | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Changelog problems: malformed, duplicate, or out-of-order versions (newest first, dates never going up). */
export function changelogProblems(entries: readonly ChangelogEntry[], file = 'content/changelog.md'): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (!parseVersion(e.version))
      problems.push(`${file} › version « ${e.version} » : numéro attendu sous la forme 1.2.0 (trois nombres séparés par des points)`);
    if (seen.has(e.version)) problems.push(`${file} › version ${e.version} : elle figure deux fois dans le journal ; chaque version est unique`);
    seen.add(e.version);
    const older = entries[i + 1];
    if (!older) return;
    if (compareVersions(e.version, older.version) <= 0 && e.version !== older.version)
      problems.push(
        `${file} › version ${e.version} : placée au-dessus de ${older.version} alors qu’elle est plus ancienne ; la plus récente vient en premier`,
      );
    if (e.date < older.date)
      problems.push(`${file} › version ${e.version} : datée du ${e.date}, avant la version ${older.version} (${older.date}) qui la précède`);
  });
  return problems;
}

export interface ReleaseFiles {
  /** `releases/` as the messages name it. */
  dir: string;
  /** Text of manifest.json, or null when absent. */
  manifest: string | null;
  /** Snapshot files present in the folder: name → bytes. */
  snapshots: Map<string, Uint8Array>;
}

/**
 * Every problem of the release archive against the changelog. Only the newest changelog version may
 * lack a snapshot (it is built from the current content until `npm run release` archives it).
 */
export function archiveProblems(changelog: readonly ChangelogEntry[], files: ReleaseFiles): string[] {
  const problems: string[] = [];
  const manifestPath = `${files.dir}/${MANIFEST_FILE}`;
  let manifest: Manifest = { releases: [] };
  if (files.manifest !== null) {
    try {
      manifest = JSON.parse(files.manifest) as Manifest;
      if (!Array.isArray(manifest.releases)) throw new Error('champ « releases » absent');
    } catch (e) {
      return [`${manifestPath} : illisible (${(e as Error).message})`];
    }
  }
  const listed = new Set<string>();
  manifest.releases.forEach((r, i) => {
    const path = `${files.dir}/${r.file}`;
    if (listed.has(r.version)) problems.push(`${manifestPath} › version ${r.version} : archivée deux fois`);
    listed.add(r.version);
    const previous = manifest.releases[i - 1];
    if (previous && compareVersions(r.version, previous.version) <= 0)
      problems.push(`${manifestPath} › version ${r.version} : listée après ${previous.version} ; les versions vont de la plus ancienne à la plus récente`);
    if (r.file !== `${r.version}.json`) problems.push(`${manifestPath} › version ${r.version} : fichier « ${r.file} » attendu « ${r.version}.json »`);
    const bytes = files.snapshots.get(r.file);
    if (!bytes) {
      problems.push(`${path} : fichier absent alors que ${MANIFEST_FILE} le liste (version ${r.version})`);
      return;
    }
    const actual = sha256(bytes);
    if (actual !== r.sha256)
      problems.push(
        `${path} : modifié après sa publication (SHA-256 attendu ${r.sha256.slice(0, 12)}…, trouvé ${actual.slice(0, 12)}…). ` +
          'Une version publiée ne change plus : rétablissez le fichier (git checkout -- ' +
          `${path}) et décrivez la correction dans une nouvelle version.`,
      );
    const entry = changelog.find((e) => e.version === r.version);
    if (!entry) problems.push(`${path} : la version ${r.version} n’est pas dans content/changelog.md`);
    else if (entry.date !== r.date)
      problems.push(`${path} : daté du ${r.date} mais content/changelog.md date la version ${r.version} du ${entry.date}`);
  });
  for (const name of files.snapshots.keys())
    if (!manifest.releases.some((r) => r.file === name))
      problems.push(`${files.dir}/${name} : instantané absent de ${MANIFEST_FILE} (créez les versions avec npm run release)`);
  changelog.slice(1).forEach((e) => {
    if (!listed.has(e.version))
      problems.push(
        `${files.dir}/${e.version}.json : absent ; la version ${e.version} n’est plus la dernière et doit être archivée ` +
          `(npm run release -- --version ${e.version} --from <commit>)`,
      );
  });
  return problems;
}
