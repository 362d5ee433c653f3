/**
 * The charts in English, as a newsroom uses them: an English embed page, the panel's iframe code
 * in either language, English downloads (CSV headers, SVG source line) and oEmbed, the English
 * charts on an English territory page, and the language switch between the two galleries.
 */
import { expect, test } from './lib/reader.ts';
import { parseCsv } from '../../src/lib/charts/export.ts';

test.describe('Charts in English', () => {
  test('an English embed renders in English with lang="en"', async ({ page }) => {
    await page.goto('/en/embed/actions-par-domaine/territoire-grenoble/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Documented actions by domain — Grenoble');
    await expect(page.locator('.chart-source')).toContainText('Source: Atlas CTAI, from');
    await expect(page.locator('.chart-data summary')).toHaveText('See the data (table)');
    await expect(page.locator('.chart-data thead th').first()).toHaveText('Domain');
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
      'href',
      /\/embed\/actions-par-domaine\/territoire-grenoble\/$/,
    );
    await expect(page.locator('.embed-footer')).toContainText('source by source');
  });

  test('the English gallery’s panel offers the English iframe code, and the French one', async ({ page }) => {
    await page.goto('/en/charts/');
    const figure = page.locator('#chart-signatures');
    await figure.locator('summary', { hasText: 'Embed / Download' }).click();
    const codes = figure.locator('textarea[data-embed-code]');
    await expect(codes.first()).toHaveValue(/src="[^"]*\/en\/embed\/signatures\/"/);
    await expect(codes.first()).toHaveValue(/title="Contracts signed over time — Atlas CTAI"/);
    const french = figure.locator('[data-embed-option]', { hasText: 'In French, follows updates' });
    await expect(french.locator('textarea')).toHaveValue(/src="[^"]*:\d+\/embed\/signatures\/"/);
    await expect(french.locator('[data-citation]')).toHaveAttribute('lang', 'fr');
    await expect(figure.getByRole('link', { name: 'CSV data (the table above)' })).toHaveAttribute(
      'download',
      /^signatures-v[\d.]+-en\.csv$/,
    );
  });

  test('the French gallery’s panel offers the English iframe code', async ({ page }) => {
    await page.goto('/graphiques/');
    const figure = page.locator('#graphique-signatures');
    await figure.locator('summary', { hasText: 'Intégrer / Télécharger' }).click();
    const english = figure.locator('[data-embed-option]', { hasText: 'En anglais' });
    await expect(english.locator('textarea')).toHaveValue(/src="[^"]*\/en\/embed\/signatures\/"/);
    await expect(english.locator('textarea')).toHaveValue(/title="Contracts signed over time — Atlas CTAI"/);
  });

  test('the English CSV has English headers, comma-separated', async ({ request }) => {
    const res = await request.get('/en/data/charts/actions-par-domaine/territoire-grenoble.csv');
    expect(res.ok()).toBe(true);
    const rows = parseCsv(await res.text(), ',');
    expect(rows[0]).toEqual(['Domain', 'Documented actions']);
    const signatures = parseCsv(await (await request.get('/en/data/charts/signatures.csv')).text(), ',');
    expect(signatures[0]).toEqual(['Territory', 'First signature', 'Precision', 'Amendments and renewals']);
    // The French file is unchanged: semicolons, French headers.
    const french = await (await request.get('/donnees/graphiques/signatures.csv')).text();
    expect(french.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Territoire;Première signature;Précision;Avenants et renouvellements',
    );
  });

  test('the English SVG and oEmbed are English', async ({ request }) => {
    const svg = await (await request.get('/en/data/charts/actions-par-annee.svg')).text();
    expect(svg).toContain('xml:lang="en"');
    expect(svg).toContain('<title>Documented actions, year by year</title>');
    expect(svg).toMatch(/Source: Atlas CTAI, from .* Data: version [\d.]+ of /);
    expect((await request.get('/en/data/charts/actions-par-annee.png')).headers()['content-type']).toBe('image/png');
    const oembed = await (await request.get('/en/oembed/actions-par-annee.json')).json();
    expect(oembed.title).toBe('Documented actions, year by year');
    expect(oembed.html).toMatch(/src="[^"]*\/en\/embed\/actions-par-annee\/"/);
    expect(oembed.provider_url).toMatch(/\/en\/$/);
  });

  test('a frozen English view cites its release in English', async ({ page }) => {
    await page.goto('/en/embed/versions/1.0.0/signatures/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.release-edition')).toContainText('Data version 1.0.0, published on');
    await expect(page.locator('[data-citation]')).toContainText('Atlas CTAI, “Contracts signed over time”, data version 1.0.0');
    await expect(page.getByRole('link', { name: 'CSV data' })).toHaveAttribute(
      'href',
      /\/en\/data\/versions\/1\.0\.0\/charts\/signatures\.csv$/,
    );
  });

  test('an English territory page shows its charts in English', async ({ page }) => {
    await page.goto('/en/territories/grenoble/');
    const chart = page.locator('figure.chart[data-chart="actions-par-domaine"]');
    await expect(chart.locator('h3')).toHaveText('Documented actions by domain — Grenoble');
    await expect(chart.locator('.chart-description')).toContainText('documented action');
  });

  test('the switch leads from the English gallery to the French one and back', async ({ page }) => {
    await page.goto('/en/charts/');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/:\d+\/graphiques\/$/);
    await expect(page.locator('h1')).toHaveText('Graphiques');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/en\/charts\/$/);
    await expect(page.locator('h1')).toHaveText('Charts');
  });
});
