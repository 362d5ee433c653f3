/**
 * The hostile-input corpus (tests/fixtures/hostile-inputs/cases.json): for each class of bad input,
 * inputs that once passed, with the refusal now expected — file, line, field and French reason —
 * or, for the inputs a rule accepts on purpose (folded ids, formula-like text kept verbatim), what
 * the import keeps. A regression on any of them fails CI.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseActionsCsv, type CsvContext } from '../../src/lib/spreadsheet/actions.ts';
import { parseChangelog } from '../../src/lib/changelog.ts';
import { contentProblems } from '../../src/lib/content-loaders.ts';
import { actionSchema } from '../../src/schemas/action.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import type { Domain } from '../../src/schemas/domain.ts';
import { territorySchema } from '../../src/schemas/territory.ts';

const DIR = 'tests/fixtures/hostile-inputs';
interface Case {
  file: string;
  format: 'territory' | 'action' | 'figure' | 'article' | 'csv' | 'changelog';
  line?: number;
  field?: string;
  message?: string;
  accepted?: Record<string, unknown>;
}
const cases = JSON.parse(readFileSync(`${DIR}/cases.json`, 'utf8')) as Case[];
const ctx: CsvContext = {
  domains: JSON.parse(readFileSync('content/domains.json', 'utf8')) as Domain[],
  territoryIds: new Set(['grenoble', 'nantes', 'strasbourg']),
  existing: new Map(),
};
const SCHEMAS = { territory: territorySchema, action: actionSchema, figure: figureSchema, article: articleSchema };

it('the corpus covers every class', () => {
  expect(new Set(cases.map((c) => c.format))).toEqual(new Set(['territory', 'action', 'figure', 'article', 'csv', 'changelog']));
  expect(cases.length).toBeGreaterThanOrEqual(30);
});

describe.each(cases.filter((c) => !c.accepted).map((c) => [c.file, c] as const))('%s is refused', (_file, c) => {
  const path = `${DIR}/${c.file}`;
  const source = readFileSync(path, 'utf8');
  const where = (line: number | string) => `${path}:${line} › ${c.field} : `;
  it('with its file, line, field and the rule', () => {
    if (c.format === 'csv') {
      const r = parseActionsCsv(new TextEncoder().encode(source), ctx);
      expect(r.actions).toEqual([]);
      const e = r.errors.find((x) => x.column === c.field);
      expect(e, JSON.stringify(r.errors)).toBeDefined();
      expect(e!.line).toBe(c.line);
      expect(e!.message).toContain(c.message);
    } else if (c.format === 'changelog') {
      expect(() => parseChangelog(source, path)).toThrow(`${where(c.line!)}`);
      expect(() => parseChangelog(source, path)).toThrow(c.message);
    } else {
      const { problems } = contentProblems(c.format === 'article' ? 'markdown' : 'json', source, path, SCHEMAS[c.format]);
      const hit = problems.find((p) => p.includes(` › ${c.field} : `));
      expect(hit, problems.join('\n')).toBeDefined();
      expect(hit).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:\\d+ › `));
      if (c.line) expect(hit!.startsWith(where(c.line))).toBe(true);
      expect(hit).toContain(c.message);
    }
  });
});

describe.each(cases.filter((c) => c.accepted).map((c) => [c.file, c] as const))('%s is accepted by rule', (_file, c) => {
  it('and kept as the rule says', () => {
    const r = parseActionsCsv(readFileSync(`${DIR}/${c.file}`), ctx);
    expect(r.errors).toEqual([]);
    expect(r.actions[0]).toMatchObject(c.accepted!);
  });
});

describe('the valid fixtures these were made from still pass (so each refusal comes from its change)', () => {
  it.each([
    ['json', 'tests/fixtures/hostile-content/territories/strasbourg.json', territorySchema],
    ['json', 'tests/fixtures/hostile-content/actions/hostile-texte.json', actionSchema],
    ['json', 'content/figures/circulaire-2019.json', figureSchema],
    ['markdown', 'tests/fixtures/hostile-content/articles/hostile-article.md', articleSchema],
  ] as const)('%s %s', (format, path, schema) => {
    expect(contentProblems(format, readFileSync(path, 'utf8'), path, schema).problems).toEqual([]);
  });
  it('the changelog', () => expect(parseChangelog(readFileSync('content/changelog.md', 'utf8')).length).toBeGreaterThan(0));
});
