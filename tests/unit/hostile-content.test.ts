/**
 * Hostile strings at import: real tags and dangerous URL schemes are refused by the schemas;
 * the strings of tests/fixtures/hostile-content pass them, so the build test
 * (tests/e2e/builds.spec.ts) proves that rendering escapes what validation lets through.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actionSchema } from '../../src/schemas/action.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { territorySchema } from '../../src/schemas/territory.ts';
import { describeIssues } from '../../src/lib/zod-issues.ts';

const dir = 'tests/fixtures/hostile-content';
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const frontmatter = (path: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]!) as unknown;

describe('hostile entries that are not markup pass the schemas (and must be escaped by the site)', () => {
  const entries: [string, { safeParse: (v: unknown) => { success: boolean } }, unknown][] = [
    ...readdirSync(`${dir}/actions`).map(
      (f) => [`actions/${f}`, actionSchema, json(`${dir}/actions/${f}`)] as [string, typeof actionSchema, unknown],
    ),
    ...readdirSync(`${dir}/territories`).map(
      (f) => [`territories/${f}`, territorySchema, json(`${dir}/territories/${f}`)] as [string, typeof territorySchema, unknown],
    ),
    ...readdirSync(`${dir}/articles`).map(
      (f) => [`articles/${f}`, articleSchema, frontmatter(`${dir}/articles/${f}`)] as [string, typeof articleSchema, unknown],
    ),
  ];
  it.each(entries)('%s', (_file, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
    expect(JSON.stringify(value)).toMatch(/XSS-/);
  });
});

describe('markup and dangerous links are refused at import', () => {
  it.each([
    ['action-script.json', 'title', /balise HTML/],
    ['action-img-onerror.json', 'summary', /balise HTML/],
    ['action-svg-onload.json', 'carrier', /balise HTML/],
    ['action-javascript-url.json', 'sources.0.url', /« javascript: » n’est pas autorisé/],
    ['action-data-url.json', 'sources.0.url', /« data: » n’est pas autorisé/],
  ])('%s', (file, field, message) => {
    const value = json(`tests/fixtures/hostile-rejected/${file}`);
    const r = actionSchema.safeParse(value);
    expect(r.success).toBe(false);
    const issue = describeIssues(r.error!, value).find((i) => i.field === field);
    expect(issue?.message).toMatch(message);
  });
});
