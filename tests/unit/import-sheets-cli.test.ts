/**
 * Spreadsheets saved through /admin/ (content/tableurs/) are imported by the build step
 * `npm run data -- --tableurs` with the command line's rules: all or nothing per file, the ledger
 * respected, a refused file failing with its file, line and column. Also the zip bomb through the
 * command line, timed and measured as an editor would run it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/schemas/action.ts';
import { spreadsheetFixtures } from '../../scripts/make-spreadsheet-fixtures.ts';
import { templateInputFromContent } from '../../scripts/lib/template-input.ts';

const NODE = resolve('node_modules/.bin/node');
const fixtures = spreadsheetFixtures(templateInputFromContent('content'));

let content: string;
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'ctai-sheets-'));
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'tableurs', 'fichiers'), { recursive: true });
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

const upload = (name: string, as = name) => writeFileSync(join(content, 'tableurs', 'fichiers', as), fixtures[name]!);
const actionPath = (id: string) => join(content, 'actions', `${id}.json`);
function run(...args: string[]) {
  const r = spawnSync(NODE, ['scripts/import-data.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CTAI_CONTENT_DIR: content },
  });
  return { code: r.status, stderr: r.stderr };
}

describe('npm run data -- --tableurs (run by npm run build)', { timeout: 30_000 }, () => {
  it('imports a spreadsheet saved through /admin/, and a second run changes nothing', () => {
    upload('modele-rempli-excel.xlsx');
    const first = run('--tableurs');
    expect(first.code, first.stderr).toBe(0);
    const action = actionSchema.parse(JSON.parse(readFileSync(actionPath('essai-modele-fle'), 'utf8')));
    expect(action).toMatchObject({ territory: 'grenoble', origin: 'tableur', sources: [{ date: '2021-05-03' }] });
    expect(JSON.parse(readFileSync(join(content, '.import-state.json'), 'utf8')).files).toHaveProperty([
      'actions/essai-modele-fle.json',
    ]);
    const second = run('--tableurs');
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/2 action\(s\) valide\(s\) importée\(s\), 0 fichier\(s\) modifié\(s\)/);
  });

  it('refuses a bad file with its file, line and column; nothing of it is written', () => {
    upload('dates-ambigues.csv');
    const r = run('--tableurs');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tableurs\/fichiers\/dates-ambigues\.csv:2 › source_date : date « 03\/05\/21 » ambiguë/);
    expect(r.stderr).toMatch(/tableurs\/fichiers\/dates-ambigues\.csv:3 › source_date/);
    expect(r.stderr).toMatch(/1 tableur\(s\) refusé\(s\) sur 1 .* le site en ligne garde sa dernière version/);
    expect(existsSync(actionPath('essai-modele-fle'))).toBe(false);
  });

  it('refuses two spreadsheets giving the same action', () => {
    upload('modele-rempli-excel.xlsx', 'a.xlsx');
    upload('lignes-de-titre.xlsx', 'b.xlsx');
    const r = run('--tableurs');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\.xlsx:5 › id : identifiant « essai-modele-fle » déjà importé par .*a\.xlsx \(ligne 2\)/);
  });

  it('keeps an action an editor corrected in /admin/ since the import (the ledger)', () => {
    upload('modele-rempli-excel.xlsx');
    expect(run('--tableurs').code).toBe(0);
    const edited = { ...JSON.parse(readFileSync(actionPath('essai-modele-fle'), 'utf8')), title: 'Titre corrigé dans /admin/' };
    writeFileSync(actionPath('essai-modele-fle'), JSON.stringify(edited, null, 2) + '\n');
    const r = run('--tableurs');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(actionPath('essai-modele-fle'), 'utf8')).title).toBe('Titre corrigé dans /admin/');
  });
});

const time = '/usr/bin/time';
describe.skipIf(!existsSync(time))('a zip bomb through the command line', () => {
  it.each(['bombe-400-mo.xlsx', 'bombe-menteuse-400-mo.xlsx'])(
    '%s: refused within 10 s, under 300 MB',
    (name) => {
      const file = join(content, name);
      writeFileSync(file, fixtures[name]!);
      const r = spawnSync(time, ['-f', 'mesure %e s %M kB', NODE, 'scripts/import-data.ts', '--csv', file], {
        encoding: 'utf8',
        env: { ...process.env, CTAI_CONTENT_DIR: content },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/classeur (trop volumineux|piégé)/);
      const [, seconds, kb] = /mesure ([\d.]+) s (\d+) kB/.exec(r.stderr)!;
      expect(Number(seconds)).toBeLessThan(10);
      expect(Number(kb)).toBeLessThan(300 * 1024);
    },
    30_000,
  );
});
