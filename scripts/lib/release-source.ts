/**
 * Reads `content/` either from the working copy or as it was at a git commit (to backfill releases
 * published before the archive existed), and turns it into a snapshot file (release snapshot format).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { SNAPSHOT_FORMAT, type ArticleStub, type SnapshotFile } from '../../src/lib/releases/snapshot.ts';

export interface ContentSource {
  /** Paths relative to the content folder, e.g. `actions/lyon-aap.json`. */
  list(sub: string): string[];
  read(path: string): string;
  describe: SnapshotFile['source'];
}

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** `content/` at `commit` (any name git accepts); the full commit id goes into the snapshot. */
export function gitSource(commit: string, contentDir = 'content'): ContentSource {
  const sha = git(['rev-parse', '--verify', `${commit}^{commit}`]).trim();
  const files = git(['ls-tree', '-r', '--name-only', sha, '--', `${contentDir}/`])
    .split('\n')
    .filter(Boolean)
    .map((p) => p.slice(contentDir.length + 1));
  return {
    list: (sub) => files.filter((f) => f.startsWith(`${sub}/`) && !f.slice(sub.length + 1).includes('/')).sort(),
    read: (path) => git(['show', `${sha}:${contentDir}/${path}`]),
    describe: { commit: sha, note: `contenu de ${contentDir}/ au commit ${sha.slice(0, 7)}` },
  };
}

/** The working copy; records HEAD, and says so when `content/` has uncommitted changes. */
export function workingSource(contentDir = 'content'): ContentSource {
  let head: string | null = null;
  let dirty = true;
  try {
    head = git(['rev-parse', 'HEAD']).trim();
    dirty = git(['status', '--porcelain', '--', contentDir]).trim() !== '';
  } catch {
    // Not a git checkout (a downloaded archive): the snapshot says so.
  }
  return {
    list: (sub) =>
      existsSync(join(contentDir, sub))
        ? readdirSync(join(contentDir, sub))
            .filter((f) => !f.startsWith('.'))
            .sort()
            .map((f) => `${sub}/${f}`)
        : [],
    read: (path) => readFileSync(join(contentDir, path), 'utf8'),
    describe:
      head && !dirty
        ? { commit: head, note: `contenu de ${contentDir}/ au commit ${head.slice(0, 7)}` }
        : {
            commit: null,
            note: head
              ? `copie de travail de ${contentDir}/, avec des modifications non enregistrées dans git au-dessus du commit ${head.slice(0, 7)}`
              : `copie de travail de ${contentDir}/ (hors git)`,
          },
  };
}

/** The snapshot of `source` for `version` dated `date` (schema validation happens on parsing). */
export function snapshotOf(source: ContentSource, version: string, date: string): SnapshotFile {
  const json = (sub: string) =>
    source
      .list(sub)
      .filter((p) => p.endsWith('.json'))
      .map((p) => JSON.parse(source.read(p)) as unknown);
  const articles: ArticleStub[] = source
    .list('articles')
    .filter((p) => /\.mdx?$/.test(p))
    .flatMap((p) => {
      const fm = readFrontmatter(source.read(p)).data ?? {};
      if (fm['draft'] === true) return [];
      const id = p.slice('articles/'.length).replace(/\.mdx?$/, '');
      return [{ id, title: String(fm['title'] ?? id), date: String(fm['date'] ?? '') }];
    });
  const domains = JSON.parse(source.read('domains.json')) as unknown;
  return {
    format: SNAPSHOT_FORMAT,
    version,
    date,
    source: source.describe,
    territories: json('territories'),
    actions: json('actions'),
    figures: json('figures'),
    domains: Array.isArray(domains) ? domains : [],
    articles,
  };
}
