/**
 * The editing interface as a test drives it: the site's content seeded into the browser's private
 * file system (OPFS) as a repository folder, `showDirectoryPicker` answering with that folder (no
 * native dialog in headless Chromium), files read back, and the edited copy checked as the build
 * checks content (schemas + cross-references).
 */
import { mkdtempSync, readFileSync, readdirSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { actionSchema } from '../../../src/schemas/action.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { domainSchema } from '../../../src/schemas/domain.ts';
import { figureSchema } from '../../../src/schemas/figure.ts';
import { territorySchema } from '../../../src/schemas/territory.ts';
import { checkIntegrity, formatProblems } from '../../../src/lib/integrity.ts';
import { describeIssues } from '../../../src/lib/zod-issues.ts';

/** The repository files the editing interface reads (content/ only: that is all it edits). */
export function contentFiles(dir = 'content'): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const f of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${f.name}` : f.name;
      if (f.isDirectory()) walk(p);
      else files[`content/${p}`] = readFileSync(join(dir, p), 'utf8');
    }
  };
  walk('');
  return files;
}

/** Before any page script: the picker returns an OPFS folder holding `.git/` and the content. */
export async function stubRepositoryPicker(page: Page, files: Record<string, string>): Promise<void> {
  await page.addInitScript((seed: Record<string, string>) => {
    const open = async () => {
      const root = await navigator.storage.getDirectory();
      try {
        return await root.getDirectoryHandle('repo');
      } catch {
        const repo = await root.getDirectoryHandle('repo', { create: true });
        await repo.getDirectoryHandle('.git', { create: true });
        for (const [path, text] of Object.entries(seed)) {
          const parts = path.split('/');
          let d = repo;
          for (const p of parts.slice(0, -1)) d = await d.getDirectoryHandle(p, { create: true });
          const w = await (await d.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
          await w.write(text);
          await w.close();
        }
        return repo;
      }
    };
    Object.defineProperty(window, 'showDirectoryPicker', { value: open, configurable: true });
  }, files);
}

/**
 * A file of the seeded repository, as the page left it. The CMS writes a file by replacing it: read
 * during that instant, the browser answers NotReadableError or NotFoundError, so a read is retried
 * for up to 5 s before it fails.
 */
export function readRepoFile(page: Page, path: string): Promise<string> {
  return page.evaluate(async (p) => {
    const read = async () => {
      let d = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      const parts = p.split('/');
      for (const part of parts.slice(0, -1)) d = await d.getDirectoryHandle(part);
      return (await (await d.getFileHandle(parts.at(-1)!)).getFile()).text();
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await read();
      } catch (e) {
        const transient = e instanceof DOMException && (e.name === 'NotReadableError' || e.name === 'NotFoundError');
        if (!transient || attempt >= 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, path);
}

/** Every request to an origin other than the test server is refused and recorded. */
export async function recordForeignRequests(page: Page): Promise<string[]> {
  const foreign: string[] = [];
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    foreign.push(route.request().url());
    return route.abort();
  });
  return foreign;
}

export const frontmatterOf = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

/** A copy of content/ with some files replaced (paths like `content/actions/x.json`). */
export function contentCopyWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctai-admin-content-'));
  cpSync('content', dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path.replace(/^content\//, '')), text);
  return dir;
}

/**
 * What the build checks of a content folder, without building the 800 pages: every entry against
 * its schema (as src/content.config.ts) and the cross-references (src/lib/integrity.ts).
 */
export function contentProblems(dir: string): string[] {
  const problems: string[] = [];
  const parse = <T>(
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: never } },
    value: unknown,
    file: string,
  ) => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    for (const i of describeIssues(r.error, value)) problems.push(`${file} › ${i.field} : ${i.message}`);
    return undefined;
  };
  const json = (sub: string) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ file: `${sub}/${f}`, data: JSON.parse(readFileSync(join(dir, sub, f), 'utf8')) as unknown }));
  const territories = json('territories').flatMap((e) => parse(territorySchema as never, e.data, e.file) ?? []) as {
    id: string;
  }[];
  const actions = json('actions').flatMap((e) => {
    const a = parse(actionSchema as never, e.data, e.file) as { id: string; territory: string; domains: string[] } | undefined;
    return a ? [{ ...a, file: e.file }] : [];
  });
  json('figures').forEach((e) => parse(figureSchema as never, e.data, e.file));
  const domains = (JSON.parse(readFileSync(join(dir, 'domains.json'), 'utf8')) as unknown[]).flatMap(
    (d) => parse(domainSchema as never, d, 'domains.json') ?? [],
  ) as { id: string }[];
  const articles = readdirSync(join(dir, 'articles')).flatMap((f) => {
    const a = parse(articleSchema as never, frontmatterOf(readFileSync(join(dir, 'articles', f), 'utf8')), `articles/${f}`) as
      { territories: string[]; domains: string[] } | undefined;
    return a ? [{ ...a, id: f.replace(/\.mdx?$/, ''), file: `articles/${f}` }] : [];
  });
  const integrity = checkIntegrity({
    territories: territories.map((t) => ({ id: t.id, file: `territories/${t.id}.json` })),
    domains: domains.map((d) => ({ id: d.id, file: 'domains.json' })),
    actions,
    articles,
  });
  return [...problems, ...integrity.map((p) => formatProblems([p]))];
}
