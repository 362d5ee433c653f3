/**
 * Property-based tests of both imports (fast-check, fixed seeds so a failure replays): a few
 * hundred generated malformed inputs per run — random bytes, truncated quotes, BOMs, NUL and
 * control characters, direction marks, look-alike ids, huge cells, mixed separators, wrong
 * encodings, broken JSON structure, impossible dates. Whatever comes in:
 * - nothing throws except the import's own file-level error, always in French;
 * - every refusal names its line and field;
 * - a valid row or entry is never altered, and comes out exactly as it does alone.
 * The CLI level (nothing written unless all is valid, no stack trace) is in import-fuzz-cli.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CsvFileError, parseActionsCsv, type CsvContext } from '../../src/lib/spreadsheet/actions.ts';
import { encode, header, line, refusedCell, validRow, type Row } from '../fixtures/import-arbitraries.ts';
import { validateResearch, type ResearchInput } from '../../scripts/lib/research-import.ts';
import type { Domain } from '../../src/schemas/domain.ts';

const SEED = 20261201;
const domains = JSON.parse(readFileSync('content/domains.json', 'utf8')) as Domain[];
const ctx: CsvContext = { domains, territoryIds: new Set(['grenoble', 'nantes', 'strasbourg']), existing: new Map() };

/** Messages an editor must never see: English defaults, JS internals, stack frames. */
const NOT_FOR_EDITORS =
  /Cannot read|undefined is not|is not a function|TypeError|SyntaxError|^Invalid input|Expected |Unexpected token|\n\s+at /;

/* ---------- spreadsheet ---------- */

describe('spreadsheet import, generated inputs', () => {
  it('random bytes: a French file-level refusal or well-formed row errors, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          // Text-like noise with separators, quotes, BOMs and line ends.
          fc
            .array(fc.constantFrom(',', ';', '\t', '"', '\r\n', '\n', '\r', '\uFEFF', '\u0000', '\u200F', 'é', 'a', '=', ' '), {
              maxLength: 400,
            })
            .map((cs) => encode(`${header}\n${cs.join('')}`)),
        ),
        (bytes) => {
          let result;
          try {
            result = parseActionsCsv(bytes, ctx);
          } catch (e) {
            expect(e).toBeInstanceOf(CsvFileError);
            expect((e as Error).message).not.toMatch(NOT_FOR_EDITORS);
            return;
          }
          for (const err of result.errors) {
            expect(Number.isInteger(err.line) && err.line >= 2, JSON.stringify(err)).toBe(true);
            expect([...CSV_COLUMNS, '(ligne)']).toContain(err.column);
            expect(err.message).not.toMatch(NOT_FOR_EDITORS);
            expect(err.message.length).toBeGreaterThan(5);
          }
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('valid rows among refused ones: each bad line reported on its column, valid rows imported unaltered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(validRow, fc.option(refusedCell, { freq: 2 })), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        (rows, bom, eol) => {
          // Unique ids: a repeated id is its own (tested) refusal.
          const cases = rows.map(([row, bad], i) => {
            const r: Row = { ...row, id: `${row.id}-${i}` };
            return { row: bad ? { ...r, [bad[0]]: bad[1] } : r, bad, line: i + 2 };
          });
          const text = `${bom ? '\uFEFF' : ''}${[header, ...cases.map((c) => line(c.row))].join(eol)}${eol}`;
          const result = parseActionsCsv(encode(text), ctx);
          for (const c of cases.filter((c) => c.bad)) {
            const errs = result.errors.filter((e) => e.line === c.line);
            expect(errs.length, `${c.line} ${JSON.stringify(c.bad)} ${JSON.stringify(result.errors)}`).toBeGreaterThan(0);
            expect(errs.map((e) => e.column)).toContain(c.bad![0]);
          }
          const good = cases.filter((c) => !c.bad);
          expect(result.actions.map((a) => a.id)).toEqual(good.map((c) => c.row.id));
          // Never altered: the same row alone gives the same action, and its text is kept verbatim.
          for (const [i, c] of good.entries()) {
            const alone = parseActionsCsv(encode(`${header}\n${line(c.row)}\n`), ctx);
            expect(result.actions[i]).toEqual(alone.actions[0]);
            expect(result.actions[i]!.title).toBe(c.row.titre);
            expect(result.actions[i]!.summary).toBe(c.row.resume);
            expect(result.actions[i]!.sources[0]!.date).toBe(c.row.source_date);
          }
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('broken structure (truncated quotes, wrong separators, extra cells, wrong encoding) never crashes', () => {
    const breakLine = fc.constantFrom(
      (l: string) => l.replace(/,/, ',"'),
      (l: string) => l.replace(/,/g, ';'),
      (l: string) => `${l},en trop`,
      (l: string) => l.slice(0, Math.floor(l.length / 2)),
      (l: string) => `"${l}`,
      (l: string) => l.replace(/,/g, '\t'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(validRow, fc.option(breakLine)), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (rows, latin1) => {
          const lines = rows.map(([r, f], i) => {
            const l = line({ ...r, id: `${r.id}-${i}` });
            return f ? f(l) : l;
          });
          const text = [header, ...lines].join('\n');
          const bytes = latin1 ? Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff)) : encode(text);
          try {
            const result = parseActionsCsv(bytes, ctx);
            for (const e of result.errors) expect(e.message).not.toMatch(NOT_FOR_EDITORS);
            expect(result.actions.length + new Set(result.errors.map((e) => e.line)).size).toBeLessThanOrEqual(result.rows);
          } catch (e) {
            expect(e).toBeInstanceOf(CsvFileError);
            expect((e as Error).message).not.toMatch(NOT_FOR_EDITORS);
          }
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('thousands of rows: all valid ones imported, the one bad line found', () => {
    const rows = fc.sample(validRow, { seed: SEED, numRuns: 3000 }).map((r, i) => ({ ...r, id: `${r.id}-${i}` }));
    rows[2500] = { ...rows[2500]!, source_date: '2023-02-29' };
    const result = parseActionsCsv(encode([header, ...rows.map(line)].join('\n')), ctx);
    expect(result.actions).toHaveLength(2999);
    expect(result.errors).toEqual([
      { line: 2502, column: 'source_date', message: expect.stringMatching(/2023 n’est pas bissextile/) as unknown as string },
    ]);
  });
});

/* ---------- research JSON ---------- */

const FILES = ['territories', 'actions', 'figures', 'articles'] as const;
const KEYS = { territories: 'territoires', actions: 'actions', figures: 'chiffres', articles: 'articles' } as const;
const fixtures = Object.fromEntries(FILES.map((f) => [f, readFileSync(`tests/fixtures/research/${f}.json`, 'utf8')])) as Record<
  (typeof FILES)[number],
  string
>;
const research = (texts: Partial<Record<(typeof FILES)[number], string | Uint8Array>>): ResearchInput => {
  const file = (f: (typeof FILES)[number]) => {
    const t = texts[f] ?? fixtures[f];
    return { name: `${f}.json`, bytes: typeof t === 'string' ? encode(t) : t };
  };
  return {
    territories: file('territories'),
    actions: file('actions'),
    figures: file('figures'),
    articles: file('articles'),
    domains,
    departementsPopulation: () => 1000,
  };
};
const baseline = validateResearch(research({}));

/** A JSON path inside one entry and a replacement value, for structural and value corruptions. */
type Json = unknown;
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}
function setAt(root: Json, path: (string | number)[], value: Json | typeof DELETE): Json {
  if (path.length === 0) return value === DELETE ? null : value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, Json>;
  if (rest.length === 0 && value === DELETE) delete copy[head!];
  else copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}
const DELETE = Symbol('delete');

describe('research import, generated inputs', () => {
  it('the fixture itself is valid (so every refusal below comes from the corruption)', () => {
    expect(baseline.errors).toEqual([]);
    expect(baseline.territories).toHaveLength(1);
  });

  it('any field deleted, retyped or given a hostile value: refused with file:line › entry, or accepted unaltered elsewhere', () => {
    const file = fc.constantFrom(...FILES);
    const replacement = fc.oneof(
      fc.constant<Json | typeof DELETE>(DELETE),
      fc.constantFrom<Json>(
        null,
        0,
        -5,
        1e308,
        true,
        [],
        {},
        '',
        '\u0000',
        '\uFEFF',
        '\u202E',
        'grеnoble',
        '2024-02-30',
        '2099',
        '=1+1',
      ),
      fc.string({ unit: 'binary', maxLength: 50 }),
      fc.integer(),
    );
    fc.assert(
      fc.property(file, fc.nat(), replacement, (f, pick, value) => {
        const root = JSON.parse(fixtures[f]) as Record<string, Json>;
        const all = paths(root[KEYS[f]], [KEYS[f]]).filter((p) => p.length >= 2);
        const path = all[pick % all.length]!;
        const text = JSON.stringify(setAt(root, path, value), null, 2);
        const r = validateResearch(research({ [f]: text }));
        for (const e of r.errors) {
          expect(e).toMatch(new RegExp(`^  ${f}\\.json:\\d+ › `));
          expect(e).not.toMatch(NOT_FOR_EDITORS);
        }
        // Entries elsewhere are never altered by a corruption: other files (articles name the
        // territories, so they depend on them) and the other entries of the same file.
        for (const other of FILES.filter((o) => o !== f && !(f === 'territories' && o === 'articles'))) {
          expect(r[other]).toEqual(baseline[other]);
        }
        const hit = (baseline[f][path[1] as number] as { id: string } | undefined)?.id;
        const others = <T extends { id: string }>(xs: T[]) => xs.filter((x) => x.id !== hit);
        expect(others(r[f] as { id: string }[])).toEqual(others(baseline[f] as { id: string }[]));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('impossible dates, far-future years and negative amounts in the research are refused with their line', () => {
    const root = JSON.parse(fixtures.territories) as { territoires: Record<string, Json>[] };
    const cases: [(string | number)[], Json, RegExp][] = [
      [
        ['territoires', 0, 'premiere_signature', 'date'],
        '2019-02-30',
        /contract\.firstSignature\.value : date impossible « 2019-02-30 »/,
      ],
      [
        ['territoires', 0, 'evenements', 0, 'date'],
        '2019-13-45',
        /contract\.events\.0\.date\.value : date impossible « 2019-13-45 »/,
      ],
      [['territoires', 0, 'financement_etat', 0, 'montant_eur'], -300000, /montant négatif \(-300000 €\)/],
      [['territoires', 0, 'financement_etat', 0, 'montant_eur'], '300 000', /montant attendu en nombre d’euros.*« 300 000 »/],
      [['territoires', 0, 'cohorte'], '2099 (typo)', /contract\.cohortYear : année 2099 : plus de 5 ans après aujourd’hui/],
      [
        ['territoires', 0, 'premiere_signature', 'date'],
        '2023-01-01',
        /première signature \(2023-01-01\) postérieure à un avenant/,
      ],
    ];
    for (const [path, value, message] of cases) {
      const text = JSON.stringify(setAt(root, path, value), null, 2);
      const r = validateResearch(research({ territories: text }));
      expect(r.errors.join('\n'), JSON.stringify(path)).toMatch(message);
      // The entry's opening brace is on the line after `"territoires": [`.
      const entryLine = text.split('\n').findIndex((l) => l.includes('"territoires"')) + 2;
      expect(r.errors.join('\n')).toContain(`  territories.json:${entryLine} › territoires[0] (grenoble)`);
      expect(r.territories).toEqual([]);
    }
  });

  it('bytes that are not JSON (truncated, BOM, invalid UTF-8, random): one French error with line and column', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILES),
        fc.oneof(
          fc.nat().map((n) => (t: string) => encode(t.slice(0, n % t.length))),
          fc.constant((t: string) => encode(`\uFEFF${t}`)),
          fc.constant((t: string) => Uint8Array.from([...encode(t), 0xff, 0xfe])),
          fc.uint8Array({ maxLength: 500 }).map((b) => () => b),
          fc.nat().map((n) => (t: string) => encode(t.slice(0, n % t.length) + '\u0000' + t.slice(n % t.length))),
        ),
        (f, corrupt) => {
          const bytes = corrupt(fixtures[f]);
          let r: ReturnType<typeof validateResearch> | undefined;
          expect(() => (r = validateResearch(research({ [f]: bytes })))).not.toThrow();
          for (const e of r!.errors) {
            expect(e).toMatch(new RegExp(`^  ${f}\\.json(:\\d+(:\\d+)?)? `));
            expect(e).not.toMatch(NOT_FOR_EDITORS);
          }
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
