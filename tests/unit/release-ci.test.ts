/**
 * The release recipe the CI files run (docs/ci/archive-release.sh → scripts/release.ts), run here
 * in a scratch git repository: a new changelog version is archived and committed once, with the
 * commit it was read at; a second run changes nothing; a tampered snapshot fails the check.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = mkdtempSync(join(tmpdir(), 'release-ci-'));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const env = {
  ...process.env,
  RELEASE_CMD: `${process.execPath} ${resolve('scripts/release.ts')}`,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};
const recipe = () => spawnSync('sh', [resolve('docs/ci/archive-release.sh')], { cwd: repo, env, encoding: 'utf8' });

describe('the CI release recipe', () => {
  cpSync('content', join(repo, 'content'), { recursive: true });
  cpSync('releases', join(repo, 'releases'), { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'contenu');
  // Today's newest version may await its archive (as on the repository right after an import):
  // the recipe archives it first, as the CI would have.
  recipe();
  const changelog = join(repo, 'content/changelog.md');
  const text = readFileSync(changelog, 'utf8');
  const first = text.indexOf('\n## ');
  writeFileSync(changelog, `${text.slice(0, first)}\n## 9.0.0 — 2026-12-09\n\n- Version de test.\n${text.slice(first)}`);
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qam', 'version 9.0.0');
  const contentCommit = git('rev-parse', 'HEAD');

  it('archives the new version and commits it, recording the commit the content was read at', () => {
    const run = recipe();
    expect(run.status, run.stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(repo, 'releases/9.0.0.json'), 'utf8')) as { source: { commit: string } };
    expect(snapshot.source.commit).toBe(contentCommit);
    expect(git('log', '-1', '--format=%s')).toBe('Version des données 9.0.0 archivée (npm run release)');
    expect(git('status', '--porcelain')).toBe('');
  }, 60_000);

  it('changes nothing when run again', () => {
    const head = git('rev-parse', 'HEAD');
    expect(recipe().status).toBe(0);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  }, 60_000);

  it('fails the check, naming the file, once a published snapshot is edited', () => {
    const file = join(repo, 'releases/9.0.0.json');
    expect(existsSync(file)).toBe(true);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"9.0.0"', '"9.0.1"'));
    const check = spawnSync(process.execPath, [resolve('scripts/release.ts'), '--check'], { cwd: repo, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('releases/9.0.0.json : modifié après sa publication');
  }, 60_000);
});
