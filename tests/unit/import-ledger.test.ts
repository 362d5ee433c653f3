/**
 * No edit is ever lost: after an editor changed an entry, re-running `npm run data` (research) or
 * re-importing a spreadsheet keeps the editor's version, updates only untouched entries and lists
 * each conflict with both values. Runs the real command on temporary copies of content/ and of
 * the research files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/schemas/action.ts';
import { CSV_COLUMNS } from '../../src/lib/spreadsheet/actions.ts';

const NODE = resolve('node_modules/.bin/node');
const DATA_DIR = [process.env.CTAI_DATA_DIR, '../shared/data/ctai', '/work/shared/data/ctai'].find(
  (d): d is string => !!d && existsSync(join(d, 'actions.json')),
);

let content: string;
let data: string;
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'ctai-ledger-content-'));
  data = mkdtempSync(join(tmpdir(), 'ctai-ledger-data-'));
  cpSync('content', content, { recursive: true });
  if (DATA_DIR) cpSync(DATA_DIR, data, { recursive: true });
});
afterEach(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

function run(...args: string[]) {
  const r = spawnSync(NODE, ['scripts/import-data.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CTAI_CONTENT_DIR: content, CTAI_DATA_DIR: data },
  });
  return { code: r.status, stderr: r.stderr };
}
const actionFile = (id: string) => join(content, 'actions', `${id}.json`);
const readAction = (id: string) => actionSchema.parse(JSON.parse(readFileSync(actionFile(id), 'utf8')));
/** Edits an action file as the editing interface saves it (stableJson order and format). */
function editAction(id: string, patch: Record<string, unknown>) {
  const a = JSON.parse(readFileSync(actionFile(id), 'utf8')) as Record<string, unknown>;
  writeFileSync(actionFile(id), JSON.stringify({ ...a, ...patch }, null, 2) + '\n');
}
/** Changes the research's own title of an action (a new research round). */
function researchRetitles(id: string, title: string) {
  const file = join(data, 'actions.json');
  const research = JSON.parse(readFileSync(file, 'utf8')) as { actions: { id: string; titre: string }[] };
  research.actions.find((a) => a.id === id)!.titre = title;
  writeFileSync(file, JSON.stringify(research, null, 2));
}

describe.skipIf(!DATA_DIR)('npm run data after an editor’s edit', () => {
  it('keeps the edit, updates untouched entries, and reports the conflict with both values', () => {
    editAction('grenoble-rising', { title: 'RISING (titre corrigé par la rédaction)' });
    researchRetitles('grenoble-rising', 'RISING (nouveau titre de la recherche)');
    researchRetitles('grenoble-sante', 'Santé (nouveau titre de la recherche)');
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    expect(readAction('grenoble-rising').title).toBe('RISING (titre corrigé par la rédaction)');
    expect(readAction('grenoble-sante').title).toBe('Santé (nouveau titre de la recherche)');
    expect(r.stderr).toMatch(/1 conflit\(s\)/);
    expect(r.stderr).toContain('actions/grenoble-rising.json : modifié par la rédaction, gardé tel quel');
    expect(r.stderr).toContain(
      'title — rédaction : « RISING (titre corrigé par la rédaction) » ; import : « RISING (nouveau titre de la recherche) »',
    );
    // Still the editor's on the next run, still reported.
    const again = run();
    expect(readAction('grenoble-rising').title).toBe('RISING (titre corrigé par la rédaction)');
    expect(again.stderr).toMatch(/1 conflit\(s\)/);
  });

  it('an edit the research does not touch again stays without a conflict', () => {
    editAction('grenoble-rising', { summary: 'Résumé réécrit par la rédaction.' });
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    expect(readAction('grenoble-rising').summary).toBe('Résumé réécrit par la rédaction.');
    expect(r.stderr).not.toMatch(/conflit/);
    expect(r.stderr).toMatch(/gardé\(s\) tel\(s\) quel\(s\) : actions\/grenoble-rising\.json/);
  });

  it('an entry deleted by an editor is not brought back', () => {
    rmSync(actionFile('grenoble-rising'));
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(actionFile('grenoble-rising'))).toBe(false);
    expect(r.stderr).toContain('actions/grenoble-rising.json : supprimé par la rédaction');
  });
});

describe('spreadsheet re-import over an edited entry', () => {
  const row = (title: string) =>
    [
      'essai-ledger',
      title,
      'grenoble',
      'langue',
      '2021',
      '2022',
      'réalisée',
      ...Array(3).fill(''),
      'Résumé.',
      '',
      'explicite',
      'haute',
      'https://exemple.org/essai',
      'Page',
      ...Array(6).fill(''),
    ].join(';');
  const sheet = (title: string) => {
    const file = join(content, 'essai.csv');
    writeFileSync(file, `${CSV_COLUMNS.join(';')}\n${row(title)}\n`);
    return file;
  };

  it('keeps the editor’s version and reports the spreadsheet’s', () => {
    expect(run('--csv', sheet('Titre du tableur')).code).toBe(0);
    expect(readAction('essai-ledger').title).toBe('Titre du tableur');
    editAction('essai-ledger', { title: 'Titre corrigé dans /admin/' });
    const r = run('--csv', sheet('Titre du tableur, version 2'));
    expect(r.code, r.stderr).toBe(0);
    expect(readAction('essai-ledger').title).toBe('Titre corrigé dans /admin/');
    expect(r.stderr).toContain('title — rédaction : « Titre corrigé dans /admin/ » ; import : « Titre du tableur, version 2 »');
  });

  it('updates an entry nobody edited', () => {
    run('--csv', sheet('Titre du tableur'));
    const r = run('--csv', sheet('Titre du tableur, version 2'));
    expect(r.stderr).not.toMatch(/conflit/);
    expect(readAction('essai-ledger').title).toBe('Titre du tableur, version 2');
  });
});
