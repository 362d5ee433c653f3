/**
 * Data releases: the committed archive verifies; a tampered, duplicate, missing or out-of-order
 * release stops the build with a French message naming the file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/lib/releases/load.ts';
import { parseSnapshot, serializeSnapshot, type SnapshotFile } from '../../src/lib/releases/snapshot.ts';

const changelog = readFileSync('content/changelog.md', 'utf8');

/** A copy of the committed archive to damage. */
function copyArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'releases-'));
  cpSync('releases', dir, { recursive: true });
  return dir;
}

const problemsOf = (text: string, dir: string) => {
  try {
    loadArchive(text, dir, 'content/changelog.md');
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('the committed archive', () => {
  const archive = loadArchive(changelog, 'releases');

  it('verifies and keeps 1.0.0 and 1.1.0 as they were published', () => {
    const byVersion = new Map(archive.archived.map((r) => [r.version, r.snapshot]));
    // Published facts, frozen by definition: the 1.0.0 and 1.1.0 changelog entries state them.
    expect(byVersion.get('1.0.0')?.data.actions.length).toBe(46);
    expect(byVersion.get('1.0.0')?.data.territories.length).toBe(32);
    expect(byVersion.get('1.1.0')?.data.actions.length).toBe(69);
    expect(byVersion.get('1.1.0')?.data.territories.length).toBe(37);
  });

  it('records the commit each snapshot was read at', () => {
    for (const r of archive.archived) expect(r.snapshot.source.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('lists archived releases oldest first, and every changelog version but the newest is archived', () => {
    expect(archive.archived.map((r) => r.version)).toEqual(
      archive.releases
        .filter((r) => r.snapshot)
        .map((r) => r.version)
        .reverse(),
    );
    for (const r of archive.releases.slice(1)) expect(r.snapshot).not.toBeNull();
  });
});

describe('what the build refuses', () => {
  it('a snapshot changed after its release, naming the file', () => {
    const dir = copyArchive();
    const file = join(dir, '1.1.0.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"version": "1.1.0"', '"version":  "1.1.0"'));
    expect(problemsOf(changelog, dir)).toMatch(new RegExp(`${dir}/1\\.1\\.0\\.json : modifié après sa publication`));
  });

  it('a version listed twice in the changelog', () => {
    const twice = changelog.replace('## 1.0.0 — 2026-11-26', '## 1.1.0 — 2026-11-26');
    expect(problemsOf(twice, copyArchive())).toMatch(/content\/changelog\.md › version 1\.1\.0 : elle figure deux fois/);
  });

  it('versions out of order', () => {
    const swapped = changelog.replace('## 1.1.0 — 2026-12-01', '## 0.9.0 — 2026-12-01');
    expect(problemsOf(swapped, copyArchive())).toMatch(
      /version 0\.9\.0 : placée au-dessus de 1\.0\.0 alors qu’elle est plus ancienne/,
    );
    const backwards = changelog.replace('## 1.1.0 — 2026-12-01', '## 1.1.0 — 2026-11-20');
    expect(problemsOf(backwards, copyArchive())).toMatch(/version 1\.1\.0 : datée du 2026-11-20, avant la version 1\.0\.0/);
  });

  it('a snapshot the manifest does not list, or a listed one that is missing', () => {
    const dir = copyArchive();
    writeFileSync(join(dir, '0.1.0.json'), '{}');
    expect(problemsOf(changelog, dir)).toMatch(/0\.1\.0\.json : instantané absent de manifest\.json/);
    const gone = copyArchive();
    rmSync(join(gone, '1.0.0.json'));
    expect(problemsOf(changelog, gone)).toMatch(/1\.0\.0\.json : fichier absent alors que manifest\.json le liste/);
  });

  it('an older version left without a snapshot', () => {
    const newer = `## 1.2.0 — 2026-12-02\n\n- Suite.\n\n## 1.1.5 — 2026-12-01\n\n- Oubliée.\n\n${changelog.slice(changelog.indexOf('## 1.1.0'))}`;
    const msg = problemsOf(`# Journal\n\n${newer}`, copyArchive());
    expect(msg).toMatch(/1\.1\.5\.json : absent ; la version 1\.1\.5 n’est plus la dernière/);
    expect(msg).not.toMatch(/1\.2\.0\.json/);
  });

  it('a snapshot whose date disagrees with the changelog', () => {
    const moved = changelog.replace('## 1.0.0 — 2026-11-26', '## 1.0.0 — 2026-11-25');
    expect(problemsOf(moved, copyArchive())).toMatch(
      /1\.0\.0\.json : daté du 2026-11-26 mais content\/changelog\.md date la version 1\.0\.0 du 2026-11-25/,
    );
  });
});

describe('snapshot files', () => {
  const file = JSON.parse(readFileSync('releases/1.0.0.json', 'utf8')) as SnapshotFile;

  it('are the same bytes whatever order the content was read in', () => {
    const shuffled = { ...file, actions: [...file.actions].reverse(), territories: [...file.territories].reverse() };
    expect(serializeSnapshot(shuffled)).toBe(serializeSnapshot(file));
  });

  it('name the file and the entry when today’s schema refuses one', () => {
    const bad = { ...file, actions: [{ ...(file.actions[0] as object), title: 42 }] };
    expect(() => parseSnapshot(serializeSnapshot(bad), 'releases/x.json')).toThrow(/releases\/x\.json › action « [^»]+ » :/);
  });
});
