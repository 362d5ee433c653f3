/**
 * Reading and writing the project's content files. Writes are deterministic (stable key order
 * given by the schema, 2-space JSON, trailing newline) so re-running an import changes nothing,
 * and atomic (temp file + rename) so an interrupted run never leaves half a file.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify as toYaml } from 'yaml';

export const CONTENT_DIR = process.env.CTAI_CONTENT_DIR ?? 'content';

export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function writeIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return true;
}

export function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function removeFile(path: string): void {
  rmSync(path, { force: true });
}

/**
 * Markdown with YAML frontmatter, in the YAML style the editing interface (Sveltia CMS) writes, so
 * an edit there changes only the lines edited.
 */
export function markdownFile(frontmatter: Record<string, unknown>, body: string): string {
  const yaml = toYaml(frontmatter, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'PLAIN',
    singleQuote: true,
  });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

export const paths = {
  territories: () => join(CONTENT_DIR, 'territories'),
  actions: () => join(CONTENT_DIR, 'actions'),
  figures: () => join(CONTENT_DIR, 'figures'),
  articles: () => join(CONTENT_DIR, 'articles'),
  domains: () => join(CONTENT_DIR, 'domains.json'),
};
