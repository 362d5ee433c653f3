/**
 * /admin/tableur/ as on the hosted site (no folder opened): spreadsheets as editors make them are
 * checked against the built content with the command line's reader, then handed to the editing
 * interface; every bad kind is refused in place, the zip bomb in seconds, without the tab falling.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { spreadsheetFixtures } from '../../scripts/make-spreadsheet-fixtures.ts';
import { templateInputFromContent } from '../../scripts/lib/template-input.ts';
import { recordForeignRequests } from './lib/admin.ts';

test.use({ locale: 'fr-FR' });
const fixtures = spreadsheetFixtures(templateInputFromContent('content'));
const dir = mkdtempSync(join(tmpdir(), 'ctai-sheets-e2e-'));
/** A fixture as a file on disk: Playwright hands a path to the page faster than a 12 MB buffer. */
const upload = (name: string) => {
  const path = join(dir, name);
  writeFileSync(path, fixtures[name]!);
  return path;
};

let foreign: string[];
test.beforeEach(async ({ page }) => {
  foreign = await recordForeignRequests(page);
  await page.goto('/admin/tableur/');
  await expect(page.getByLabel('Fichier du tableur')).toBeEnabled();
});
test.afterEach(() => expect(foreign, 'requêtes vers un autre site').toEqual([]));

test('the template downloads as a workbook from the page', async ({ page }) => {
  const link = page.getByRole('link', { name: 'modèle de tableur (.xlsx)' });
  const response = await page.request.get((await link.getAttribute('href')) ?? 'absent');
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
});

for (const name of ['feuille-mode-d-emploi-d-abord.xlsx', 'modele-rempli-libreoffice.ods', 'lignes-de-titre.csv']) {
  test(`${name}: checked against the site's content, then handed to the editing interface`, async ({ page }) => {
    await page.getByLabel('Fichier du tableur').setInputFiles(upload(name));
    await expect(page.locator('#sheet-status')).toContainText('2 ligne(s) lue(s), 2 valide(s)');
    const preview = page.getByRole('table', { name: /Actions ajoutées/ });
    await expect(preview).toContainText('essai-modele-fleajoutée');
    await expect(page.getByRole('heading', { name: '3. Publier ce tableur' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Tableurs d’actions › Nouveau/ })).toHaveAttribute(
      'href',
      /\/admin\/#\/collections\/tableurs\/new$/,
    );
    await expect(page.getByRole('button', { name: /Enregistrer/ })).toBeHidden();
  });
}

const refused: [string, RegExp][] = [
  ['sans-ligne-de-noms.xlsx', /aucune des feuilles \(« Mode d’emploi », « Feuil1 »\)/],
  ['bombe-400-mo.xlsx', /classeur trop volumineux une fois décompressé/],
  ['bombe-menteuse-400-mo.xlsx', /classeur piégé ou abîmé/],
  ['trop-lourd.csv', /fichier trop lourd : 12 Mo, limite 10 Mo/],
  ['trop-de-lignes.csv', /trop de lignes/],
  ['classeur-tronque.xlsx', /classeur abîmé/],
];
for (const [name, message] of refused) {
  test(`${name}: refused in place with what to fix`, async ({ page }) => {
    await page.getByLabel('Fichier du tableur').setInputFiles(upload(name));
    // From the moment the page has the file: refused within seconds, the zip bombs included.
    const start = Date.now();
    await expect(page.locator('#sheet-status')).toHaveText(message, { timeout: 10_000 });
    expect(Date.now() - start).toBeLessThan(10_000);
    await expect(page.locator('#sheet-status')).toHaveClass('erreur');
    await expect(page.getByRole('heading', { name: '3. Publier ce tableur' })).toBeHidden();
  });
}

test('a cell too long: its row refused on its column', async ({ page }) => {
  await page.getByLabel('Fichier du tableur').setInputFiles(upload('cellule-trop-longue.csv'));
  const problems = page.getByRole('table', { name: /Chaque problème/ });
  await expect(problems.getByRole('row').nth(1)).toContainText('2resumecellule de 10\u202f001 caractères');
  await expect(page.getByRole('heading', { name: '3. Publier ce tableur' })).toBeHidden();
});

test('ambiguous dates: each row listed with its line, nothing offered for publication', async ({ page }) => {
  await page.getByLabel('Fichier du tableur').setInputFiles(upload('dates-ambigues.csv'));
  const problems = page.getByRole('table', { name: /Chaque problème/ });
  await expect(problems.getByRole('row').nth(1)).toContainText('2source_datedate « 03/05/21 » ambiguë');
  await expect(problems.getByRole('row').nth(2)).toContainText('3source_datedate « 05/23/2021 »');
  await expect(page.getByRole('heading', { name: '3. Publier ce tableur' })).toBeHidden();
});
