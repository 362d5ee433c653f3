/**
 * `npm run data` as an editor runs it, on a temporary copy of content/: idempotent reference
 * import, all-or-nothing spreadsheet import, `--valid-only`, and spreadsheet actions that survive
 * a re-import of the research.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/schemas/action.ts';

const NODE = resolve('node_modules/.bin/node');
/** The research files live outside the repository; CI finds the shared copy the same way. */
const DATA_DIR = [process.env.CTAI_DATA_DIR, '../shared/data/ctai', '/work/shared/data/ctai'].find(
  (d): d is string => !!d && existsSync(join(d, 'actions.json')),
);

let content: string;
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'ctai-content-'));
  cpSync('content', content, { recursive: true });
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(NODE, ['scripts/import-data.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CTAI_CONTENT_DIR: content, ...(DATA_DIR ? { CTAI_DATA_DIR: DATA_DIR } : {}) },
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** Path → sha256 of every file under the content copy. */
function snapshot(dir = content): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(content, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}
const added = (before: Map<string, string>, after: Map<string, string>) => [...after.keys()].filter((k) => !before.has(k)).sort();

describe.skipIf(!DATA_DIR)('reference import (npm run data)', () => {
  it('is idempotent: the committed content is what it writes, and a second run changes nothing', () => {
    const before = snapshot();
    const first = run();
    expect(first.code, first.stderr).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(first.stderr).toMatch(/0 fichier\(s\) modifié\(s\)/);
    const second = run();
    expect(second.code).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('keeps the actions imported from a spreadsheet', () => {
    expect(run('--csv', 'tests/fixtures/csv/good.csv').code).toBe(0);
    const withCsv = snapshot();
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    expect(snapshot()).toEqual(withCsv);
    expect(withCsv.has('actions/essai-ateliers-fle.json')).toBe(true);
  });

  it('removes a research file that no longer comes from the research, not an editor’s', () => {
    cpSync(join(content, 'actions/strasbourg-zakote.json'), join(content, 'actions/ancienne-action.json'));
    // As if an earlier import had written it (content/.import-state.json remembers what it wrote).
    const ledger = join(content, '.import-state.json');
    const state = JSON.parse(readFileSync(ledger, 'utf8')) as { files: Record<string, string> };
    state.files['actions/ancienne-action.json'] = createHash('sha256')
      .update(readFileSync(join(content, 'actions/ancienne-action.json')))
      .digest('hex');
    writeFileSync(ledger, JSON.stringify(state, null, 2) + '\n');
    const r = run();
    expect(r.code).toBe(0);
    expect(existsSync(join(content, 'actions/ancienne-action.json'))).toBe(false);
    expect(r.stderr).toMatch(/1 fichier\(s\) modifié\(s\)/);
  });
});

describe('spreadsheet import (npm run data -- --csv)', () => {
  it('adds one valid file per row of a good spreadsheet, and a re-run changes nothing', () => {
    const before = snapshot();
    const r = run('--csv', 'tests/fixtures/csv/good.csv');
    expect(r.code, r.stderr).toBe(0);
    const after = snapshot();
    expect(added(before, after)).toEqual(['actions/essai-ateliers-fle.json', 'actions/essai-permanence-sante.json']);
    for (const f of added(before, after)) {
      const data = JSON.parse(readFileSync(join(content, f), 'utf8')) as unknown;
      expect(actionSchema.safeParse(data).success).toBe(true);
      expect(data).toMatchObject({ origin: 'tableur' });
    }
    expect(run('--csv', 'tests/fixtures/csv/good.csv').code).toBe(0);
    expect(snapshot()).toEqual(after);
  });

  it('refuses a spreadsheet with bad rows: non-zero exit, each line with its reason, nothing written', () => {
    const before = snapshot();
    const r = run('--csv', 'tests/fixtures/csv/mixed.csv');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('mixed.csv:3 › territoire : territoire inconnu « atlantide »');
    expect(r.stderr).toContain('mixed.csv:6 › annee_fin : l’année de fin (2021) précède l’année de début (2023)');
    expect(r.stderr).toContain('mixed.csv:7 › (ligne) : 23 colonnes au lieu de 22');
    expect(r.stderr).toContain('mixed.csv:8 › source_url : adresse web refusée');
    expect(r.stderr).toMatch(/4 ligne\(s\) refusée\(s\) sur 6 ; rien n'a été écrit/);
    expect(snapshot()).toEqual(before);
  });

  it('with --valid-only writes the valid rows only, and still exits non-zero to flag the others', () => {
    const before = snapshot();
    const r = run('--csv', 'tests/fixtures/csv/mixed.csv', '--valid-only');
    expect(r.code).toBe(1);
    expect(added(before, snapshot())).toEqual(['actions/essai-bon-deux.json', 'actions/essai-bon-un.json']);
    expect(r.stderr).toMatch(/2 action\(s\) valide\(s\) importée\(s\).*4 ligne\(s\) ignorée\(s\)/);
  });

  it.each([
    ['empty.csv', /le fichier est vide/],
    ['missing-column.csv', /colonnes obligatoires absentes : source_titre/],
    ['absent.csv', /fichier introuvable/],
  ])('refuses %s as a whole, writing nothing', (file, message) => {
    const before = snapshot();
    const r = run('--csv', `tests/fixtures/csv/${file}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses the template row as is: its id belongs to the research action it copies', () => {
    const r = run('--csv', 'docs/modele-actions.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/modele-actions.csv:2 › id : identifiant « strasbourg-zakote » déjà pris/);
    // Nothing else is wrong with it: the template follows the format it documents.
    expect(r.stderr.match(/modele-actions\.csv:\d+ ›/g)).toHaveLength(1);
  });
});
