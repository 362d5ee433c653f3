/**
 * The editing interface as an editor uses it, in Debian's Chromium, on the local working copy
 * (the repository folder is an OPFS copy of content/: headless Chromium has no native folder
 * dialog). Saves are read back from the folder and parsed with the real schemas; refused values
 * show the schema's French message next to the field and leave the file as it was; a spreadsheet's
 * bad rows are listed by row; no request leaves 127.0.0.1; the edited content passes the build's
 * content checks.
 */
import { axeViolations } from './lib/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { utils, write } from '@e965/xlsx';
import { z } from 'astro/zod';
import { actionSchema } from '../../src/schemas/action.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { domainSchema } from '../../src/schemas/domain.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { CSV_COLUMNS } from '../../src/lib/spreadsheet/actions.ts';
import {
  contentCopyWith,
  contentFiles,
  contentProblems,
  frontmatterOf,
  readRepoFile,
  recordForeignRequests,
  stubRepositoryPicker,
} from './lib/admin.ts';

test.use({ locale: 'fr-FR' });
const files = contentFiles();
const ACTION = 'content/actions/grenoble-rising.json';
const ARTICLE = 'content/articles/agora-2018.md';

let foreign: string[];
test.beforeEach(async ({ page }) => {
  foreign = await recordForeignRequests(page);
  await stubRepositoryPicker(page, files);
});
test.afterEach(() => expect(foreign, 'requêtes vers un autre site').toEqual([]));

async function openLocalRepository(page: Page): Promise<void> {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Travailler avec un dépôt local' }).click();
  // The CMS reads every content file before it lists the collections: seconds when the other
  // worker keeps the second core busy.
  await expect(page.getByRole('treeitem', { name: 'Actions', exact: true })).toBeVisible({ timeout: 30_000 });
}
async function openEntry(page: Page, collection: string, id: string): Promise<void> {
  await page.goto(`/admin/#/collections/${collection}/entries/${id}`);
  await expect(page.getByRole('button', { name: 'Enregistrer' }).first()).toBeVisible({ timeout: 20_000 });
}
/** A field of the editor's form, scrolled into existence (the form renders its fields as they come into view). */
async function revealField(page: Page, label: string) {
  const editor = page.getByRole('group', { name: /^Modifier le contenu/ });
  const field = editor.getByRole('group', { name: new RegExp(`Champ « .?${label}.? »`) }).first();
  for (let i = 0; i < 40 && (await field.count()) === 0; i++) {
    await editor
      .getByRole('group', { name: /^Champ/ })
      .last()
      .scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
  }
  // Sveltia renders a list's items only once the list is on screen.
  await field.scrollIntoViewIfNeeded();
  return field;
}
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.map((line, i) => (line === a[i] ? null : line)).filter((l) => l !== null);
};

test('opens in French with the collections of the schemas, and passes axe', async ({ page }) => {
  await page.goto('/admin/');
  // Sveltia loads its configuration and bundle first: seconds when the other worker keeps the second core busy.
  await expect(page.getByRole('button', { name: 'Travailler avec un dépôt local' })).toBeVisible({ timeout: 30_000 });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Travailler avec un dépôt local' }).click();
  for (const label of [
    'Actions',
    'Articles',
    'Articles avec graphiques',
    'Territoires',
    'Chiffres clés',
    'Tableurs d’actions',
    'Journal des versions',
  ])
    await expect(page.getByRole('treeitem', { name: label, exact: true })).toBeVisible({ timeout: 30_000 });
  expect(await axeViolations(page, ['.ctai-sheet-link'])).toEqual([]);
  await expect(page.getByRole('button', { name: 'Créer une entrée ou des ressources' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Importer un tableur d’actions' })).toBeVisible();

  // The served configuration is the one the schemas give today (a stale build would differ).
  const served = (await (await page.request.get('/admin/config.json')).json()) as unknown;
  const domains = z.array(domainSchema).parse(JSON.parse(files['content/domains.json']!));
  expect(served).toEqual(JSON.parse(JSON.stringify(cmsConfig({ domains }, process.env))));
});

test('an action’s title and an article’s summary saved: one line changed each, files the schemas accept, content that builds', async ({
  page,
}) => {
  await openLocalRepository(page);
  await openEntry(page, 'actions', 'grenoble-rising');
  const title = page.getByRole('textbox', { name: 'Titre' }).first();
  await title.fill('Programme RISING (titre relu par la rédaction)');
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  await expect.poll(() => readRepoFile(page, ACTION)).not.toBe(files[ACTION]);
  const action = await readRepoFile(page, ACTION);
  expect(changedLines(files[ACTION]!, action)).toEqual(['  "title": "Programme RISING (titre relu par la rédaction)",']);
  expect(actionSchema.parse(JSON.parse(action)).title).toBe('Programme RISING (titre relu par la rédaction)');
  // Sveltia closes the editor once the save is done (its default « Fermer l’éditeur après
  // l’enregistrement »): opening the next entry before that close would have it close the new one.
  await expect(page.getByText('Entrée enregistrée.')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Modifier le contenu/ })).toHaveCount(0);

  await openEntry(page, 'articles', 'agora-2018');
  await page
    .getByRole('textbox', { name: 'Chapeau' })
    .first()
    .fill('Première Agora du Lab’R, à Paris : « travailler autrement ».');
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  await expect.poll(() => readRepoFile(page, ARTICLE)).not.toBe(files[ARTICLE]);
  const article = await readRepoFile(page, ARTICLE);
  expect(changedLines(files[ARTICLE]!, article)).toEqual([
    "summary: 'Première Agora du Lab’R, à Paris : « travailler autrement ».'",
  ]);
  expect(articleSchema.parse(frontmatterOf(article)).summary).toBe(
    'Première Agora du Lab’R, à Paris : « travailler autrement ».',
  );

  // The edited content passes what the build checks (schemas, cross-references).
  expect(contentProblems(contentCopyWith({ [ACTION]: action, [ARTICLE]: article }))).toEqual([]);
});

test('an end year before the start year and a javascript: link are refused in French, the file unchanged', async ({ page }) => {
  await openLocalRepository(page);
  await openEntry(page, 'actions', 'grenoble-rising');
  const start = (JSON.parse(files[ACTION]!) as { startYear: number }).startYear;
  await page
    .getByRole('spinbutton', { name: 'Année de fin' })
    .first()
    .fill(String(start - 1));
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  const message = `Année de fin : l’année de fin (${start - 1}) précède l’année de début (${start})`;
  await expect(page.locator('[data-key-path="endYear"] .ctai-field-error').first()).toHaveText(message);
  await expect(page.getByRole('alert').filter({ hasText: 'Enregistrement refusé' })).toContainText(message);
  await expect(page.getByText('signalé en rouge')).toBeVisible();
  expect(await readRepoFile(page, ACTION)).toBe(files[ACTION]);

  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('spinbutton', { name: 'Année de fin' }).first().fill(String(start));
  const url = (await revealField(page, 'Sources')).getByRole('textbox', { name: 'Adresse (URL)' }).first();
  await url.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  await expect(page.locator('.ctai-field-error').first()).toContainText(
    'Sources › 1 › Adresse (URL) : adresse web refusée : le protocole « javascript: » n’est pas autorisé, seules les URL http(s):// le sont',
  );
  expect(await readRepoFile(page, ACTION)).toBe(files[ACTION]);
});

test('a spreadsheet from Excel: bad rows listed by row and column, valid rows written as actions', async ({ page }) => {
  const header = [...CSV_COLUMNS];
  const row = (values: Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>) => header.map((c) => values[c] ?? '');
  const base = {
    titre: 'Ateliers de conversation (essai)',
    territoire: 'grenoble',
    domaines: 'Langue',
    annee_debut: 2023,
    statut: 'en cours',
    resume: 'Essai d’import depuis un tableur.',
    lien_ctai: 'explicite',
    confiance: 'haute',
    source_url: 'https://exemple.org/essai',
    source_titre: 'Page d’essai',
  };
  const sheet = utils.aoa_to_sheet([
    header,
    row({ ...base, id: 'essai-tableur-navigateur' }),
    row({ ...base, id: 'essai-annees', annee_fin: 2021 }),
    [],
    row({ ...base, id: 'essai-lien', source_url: 'javascript:alert(1)' }),
  ]);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Actions');
  const xlsx = Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

  await page.goto('/admin/tableur/');
  await page.getByRole('button', { name: 'Choisir le dossier du site' }).click();
  await expect(page.locator('#folder-status')).toContainText('territoires');
  await page
    .getByLabel('Fichier du tableur')
    .setInputFiles({ name: 'actions.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
  const problems = page.getByRole('table', { name: /Chaque problème/ });
  await expect(problems.getByRole('row')).toHaveCount(3);
  await expect(problems.getByRole('row').nth(1)).toContainText('3annee_finl’année de fin (2021) précède l’année de début (2023)');
  await expect(problems.getByRole('row').nth(2)).toContainText('5source_url');
  await expect(problems.getByRole('row').nth(2)).toContainText('le protocole « javascript: » n’est pas autorisé');
  await expect(page.getByRole('table', { name: /Actions ajoutées/ })).toContainText('essai-tableur-navigateurajoutée');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Enregistrer 1 action(s) valide(s)' }).click();
  await expect(page.locator('#write-status')).toContainText('1 fichier(s) écrit(s)');
  const written = actionSchema.parse(JSON.parse(await readRepoFile(page, 'content/actions/essai-tableur-navigateur.json')));
  expect(written).toMatchObject({
    title: 'Ateliers de conversation (essai)',
    domains: ['langue'],
    origin: 'tableur',
    startYear: 2023,
  });
  const ledger = JSON.parse(await readRepoFile(page, 'content/.import-state.json')) as { files: Record<string, string> };
  expect(ledger.files['actions/essai-tableur-navigateur.json']).toMatch(/^[0-9a-f]{64}$/);
});
