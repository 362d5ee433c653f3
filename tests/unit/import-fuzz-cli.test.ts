/**
 * `npm run data` on generated inputs, as an editor runs it: nothing is written unless the whole
 * input is valid (or `--valid-only`, which writes exactly the valid rows), every line of output is
 * French with file, line and field, and no stack trace ever reaches the terminal. Few runs (each
 * spawns Node); the in-process fuzz tests (import-fuzz.test.ts) do the volume.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode, header, line, refusedCell, validRow } from '../fixtures/import-arbitraries.ts';

const NODE = resolve('node_modules/.bin/node');
const STACK = /\n\s+at |node:internal|TypeError|SyntaxError/;
let work: string;
beforeAll(() => void (work = mkdtempSync(join(tmpdir(), 'ctai-fuzz-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function freshContent(): string {
  const dir = mkdtempSync(join(work, 'content-'));
  cpSync('content', dir, { recursive: true });
  return dir;
}
const actionFiles = (content: string) => readdirSync(join(content, 'actions')).sort();
function run(content: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(NODE, ['scripts/import-data.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CTAI_CONTENT_DIR: content, ...env },
  });
  return { code: r.status, stderr: r.stderr };
}

describe('spreadsheet CLI on generated files', () => {
  it('all-or-nothing, French line-by-line refusals, --valid-only writes exactly the valid rows', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(validRow, fc.option(refusedCell)), { minLength: 1, maxLength: 6 }), (rows) => {
        const ids = rows.map(([r], i) => `${r.id}-${i}`);
        const lines = rows.map(([r, bad], i) => line({ ...r, id: ids[i]!, ...(bad ? { [bad[0]]: bad[1] } : {}) }));
        const file = join(work, `essai-${ids[0]}.csv`);
        writeFileSync(file, encode([header, ...lines].join('\r\n')));
        const content = freshContent();
        const before = actionFiles(content);
        const anyBad = rows.some(([, bad]) => bad);
        const r = run(content, ['--csv', file]);
        expect(r.stderr).not.toMatch(STACK);
        for (const l of r.stderr.trim().split('\n'))
          expect(l).toMatch(
            /^(.+\.csv:\d+ › [a-z0-9_()]+ : .+|Erreur : .+|.+\.csv : \d+ action\(s\) valide\(s\) importée\(s\).*)$/,
          );
        if (anyBad) {
          expect(r.code).toBe(1);
          expect(actionFiles(content)).toEqual(before);
          const partial = run(content, ['--csv', file, '--valid-only']);
          expect(partial.stderr).not.toMatch(STACK);
          const validIds = ids.filter((_, i) => !rows[i]![1]);
          expect(actionFiles(content)).toEqual([...before, ...validIds.map((id) => `${id}.json`)].sort());
        } else {
          expect(r.code, r.stderr).toBe(0);
          expect(actionFiles(content)).toEqual([...before, ...ids.map((id) => `${id}.json`)].sort());
        }
        rmSync(content, { recursive: true, force: true });
      }),
      { seed: 11, numRuns: 4 },
    );
  }, 60_000);

  it('random bytes: refused in French, nothing written, no stack trace', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 400 }), (bytes) => {
        const file = join(work, 'bruit.csv');
        writeFileSync(file, bytes);
        const content = freshContent();
        const before = actionFiles(content);
        const r = run(content, ['--csv', file]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^(Erreur : |.+bruit\.csv:\d+ › )/);
        expect(r.stderr).not.toMatch(STACK);
        expect(actionFiles(content)).toEqual(before);
        rmSync(content, { recursive: true, force: true });
      }),
      { seed: 11, numRuns: 3 },
    );
  }, 60_000);
});

describe('research CLI on corrupted files', () => {
  it.each([
    ['truncated JSON', (t: string) => t.slice(0, 500), /actions\.json:\d+:\d+ : JSON illisible/],
    [
      'not UTF-8',
      (t: string) => Buffer.concat([Buffer.from(t), Buffer.from([0xff])]),
      /actions\.json : le fichier n’est pas encodé en UTF-8/,
    ],
    ['list missing', () => '{"meta": {}}', /actions\.json:1 › actions : liste attendue/],
    [
      'entry of the wrong shape',
      (t: string) => t.replace('"titre":', '"titre": 12, "x":'),
      /actions\.json:\d+ › actions\[0\] \(grenoble-rising\) › titre : texte attendu/,
    ],
  ])(
    '%s: refused with the file and line, nothing written',
    (_name, corrupt, message) => {
      const data = mkdtempSync(join(work, 'data-'));
      cpSync('tests/fixtures/research', data, { recursive: true });
      writeFileSync(join(data, 'actions.json'), corrupt(readFileSync(join(data, 'actions.json'), 'utf8')));
      const content = freshContent();
      const before = actionFiles(content);
      const r = run(content, [], { CTAI_DATA_DIR: data });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/rien n'a été écrit/);
      expect(r.stderr).not.toMatch(STACK);
      expect(actionFiles(content)).toEqual(before);
    },
    30_000,
  );
});
