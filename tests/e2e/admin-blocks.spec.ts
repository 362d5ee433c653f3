/**
 * « Graphique » in the article editor, as an editor uses it on the local repository: inserted from
 * the « Insérer » menu, chart and filter picked from lists generated with the site, the real built
 * chart shown in the preview (the embed page in an iframe), saved as the MDX the site renders.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkArticleBlocks, parseBlockLine } from '../../src/lib/article-blocks.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import { contentFiles, readRepoFile, recordForeignRequests, stubRepositoryPicker } from './lib/admin.ts';

test.use({ locale: 'fr-FR' });
const files = contentFiles();
const ARTICLE = 'content/articles/modele-article.mdx';
const ids = (dir: string) =>
  readdirSync(`content/${dir}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));

test('an editor adds a « Graphique » block, sees the real chart, saves the MDX the site renders', async ({ page }) => {
  test.setTimeout(180_000);
  const foreign = await recordForeignRequests(page);
  await stubRepositoryPicker(page, files);
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Travailler avec un dépôt local' }).click();
  await expect(page.getByRole('treeitem', { name: 'Articles avec graphiques', exact: true })).toBeVisible({ timeout: 30_000 });
  await page.goto('/admin/#/collections/articles-graphiques/entries/modele-article');
  await expect(page.getByRole('button', { name: 'Enregistrer' }).first()).toBeVisible({ timeout: 30_000 });

  const editor = page.getByRole('group', { name: /^Modifier le contenu/ });
  const body = editor.getByRole('group', { name: /Champ « .?Texte de l’article.? »/ }).first();
  for (let i = 0; i < 40 && (await body.count()) === 0; i++) {
    await editor
      .getByRole('group', { name: /^Champ/ })
      .last()
      .scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
  }
  await body.getByRole('textbox', { name: 'Texte de l’article' }).click();
  await page.keyboard.press('Control+End');
  await body.getByRole('button', { name: 'Insérer' }).click();
  await page.getByRole('menuitem', { name: 'Graphique' }).click();

  const block = body.getByRole('group', { name: 'Graphique', exact: true }).last();
  await block.getByRole('combobox', { name: 'Graphique' }).click();
  await page.getByRole('option', { name: CHARTS['actions-par-annee'].title, exact: true }).click();
  await block.getByRole('combobox', { name: /territoire/ }).click();
  await page.getByRole('option', { name: 'Grenoble (grenoble)' }).click();

  // The preview is the built embed page of that very view.
  const frame = page.locator('iframe[src$="/embed/actions-par-annee/territoire-grenoble/"]');
  const preview = page.getByRole('document', { name: 'Aperçu du contenu' });
  for (let i = 0; i < 60 && (await frame.count()) === 0; i++) {
    // The preview renders its fields as they scroll into view.
    await preview.evaluate((el) => el.scrollBy(0, 400));
    await preview.locator('xpath=..').evaluate((el) => el.scrollBy(0, 400));
    await page.waitForTimeout(200);
  }
  await frame.scrollIntoViewIfNeeded();
  // The chart draws a wide and a narrow SVG, one shown for the frame's width.
  await expect(frame.contentFrame().locator('svg[role="img"]:visible').first()).toBeVisible({ timeout: 30_000 });
  await expect(frame.contentFrame().getByRole('heading', { level: 1 })).toContainText('Grenoble');

  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  await expect
    .poll(
      async () =>
        (await readRepoFile(page, ARTICLE)).includes('territoire-grenoble') ||
        (await readRepoFile(page, ARTICLE)).includes("territoire: 'grenoble'"),
      { timeout: 30_000 },
    )
    .toBe(true);
  const saved = await readRepoFile(page, ARTICLE);
  const line = saved.split('\n').find((l) => l.startsWith('<ChartFigure'))!;
  expect(line).toBe(`<ChartFigure id="actions-par-annee" params={{ territoire: 'grenoble' }} />`);
  expect(parseBlockLine(line)).toEqual({ kind: 'graphique', chart: 'actions-par-annee', territoire: 'grenoble' });
  // The existing key figure survived the round trip, and the build's check accepts the file.
  expect(saved).toContain('<KeyFigure id="dotation-2019-2020" />');
  const catalogue = {
    charts: Object.values(CHARTS).map((c) => ({ id: c.id, params: c.params })),
    territories: ids('territories'),
    domains: (JSON.parse(readFileSync('content/domains.json', 'utf8')) as { id: string }[]).map((d) => d.id),
    figures: ids('figures'),
  };
  expect(checkArticleBlocks(saved, catalogue)).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the built article renders that syntax as the chart (no import in the file)', async ({ page }) => {
  const mdx = readFileSync('content/articles/les-ctai-en-chiffres.mdx', 'utf8');
  expect(mdx).not.toMatch(/^import /m);
  expect(mdx).toContain('<ChartFigure id="actions-par-annee"');
  await page.goto('/articles/les-ctai-en-chiffres/');
  await expect(page.locator('figure#graphique-actions-par-annee svg').first()).toBeVisible();
  await expect(page.locator('figure.key-figure').first()).toBeVisible();
});
