/**
 * Synthetic data releases for build benchmarks: `count` releases of a content directory (e.g. the
 * ×10 synthetic content), release k holding the first k/count of its actions (by id) and everything
 * else, so each one adds actions across territories as real rounds do. Written under .tmp/ with
 * their manifest and a changelog, never into releases/.
 * Usage: node scripts/make-synthetic-releases.ts <content-dir> <count> [out-dir]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serializeSnapshot } from '../src/lib/releases/snapshot.ts';
import { sha256, type Manifest } from '../src/lib/releases/verify.ts';
import { snapshotOf, workingSource } from './lib/release-source.ts';

export function makeSyntheticReleases(contentDir: string, count: number, out: string): { releases: string; changelog: string } {
  if (!resolve(out).startsWith(resolve('.tmp'))) throw new Error(`les versions synthétiques vont sous .tmp/, pas dans ${out}`);
  rmSync(out, { recursive: true, force: true });
  const releases = join(out, 'releases');
  mkdirSync(releases, { recursive: true });
  const full = snapshotOf(workingSource(contentDir), '0.0.0', '2026-01-01');
  const actions = [...full.actions].sort((a, b) =>
    String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)),
  );
  const manifest: Manifest = { releases: [] };
  const headings: string[] = [];
  for (let k = 1; k <= count; k++) {
    const version = `0.${k}.0`;
    const date = `2026-01-${String(k).padStart(2, '0')}`;
    const text = serializeSnapshot({
      ...full,
      version,
      date,
      source: { commit: null, note: `version synthétique ${k}/${count} de ${contentDir} (banc d’essai)` },
      actions: actions.slice(0, Math.ceil((actions.length * k) / count)),
    });
    writeFileSync(join(releases, `${version}.json`), text);
    manifest.releases.push({ version, date, file: `${version}.json`, sha256: sha256(text) });
    headings.unshift(`## ${version} — ${date}\n\n- Version synthétique ${k} (banc d’essai).\n`);
  }
  writeFileSync(join(releases, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const changelog = join(out, 'changelog.md');
  writeFileSync(changelog, `# Journal des versions (synthétique)\n\n${headings.join('\n')}`);
  return { releases, changelog };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count, out] = process.argv.slice(2);
  if (!dir || !count)
    throw new Error('usage : node scripts/make-synthetic-releases.ts <dossier-contenu> <nombre> [dossier-sortie]');
  const made = makeSyntheticReleases(dir, Number(count), out ?? `.tmp/synthetic-releases-${count}`);
  process.stderr.write(`Versions synthétiques : ${made.releases} (journal ${made.changelog})\n`);
}
