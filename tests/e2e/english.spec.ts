/**
 * The English edition: pages render in English with `lang="en"`, the switch leads to the same
 * page in the other language and keeps the URL state, no French interface string shows outside
 * content marked `lang="fr"`. (Axe checks every English template in both schemes in the crawl,
 * crawl.spec.ts, the search results in a11y.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { fr } from '../../src/lib/i18n/fr.ts';
import { ACTION_STATUSES } from '../../src/schemas/action-values.ts';

const TEMPLATES = [
  ['home', '/en/'],
  ['territories', '/en/territories/'],
  ['territories of a kind', '/en/territories/kind/metropole/'],
  ['territory', '/en/territories/grenoble/'],
  ['territory without action', '/en/territories/nancy/'],
  ['catalogue', '/en/actions/'],
  ['action', '/en/actions/grenoble-rising/'],
  ['map', '/en/map/'],
  ['map embed', '/en/embed/map/lyon/'],
  ['about', '/en/about/'],
  ['articles', '/en/articles/'],
  // Its filters are filled in the browser from the search index: read once they show.
  ['search', '/en/search/', '[data-search-filters]'],
  ['data', '/en/data/'],
  ['404', '/en/404/'],
  ['charts', '/en/charts/'],
  ['chart embed', '/en/embed/actions-par-domaine/territoire-grenoble/'],
  ['frozen chart embed', '/en/embed/versions/1.0.0/signatures/'],
] as const;

/** French words that are English words too, and so prove nothing on an English page (« Public awareness »). */
const ALSO_ENGLISH = new Set(['Public']);
/** French interface words that are also part of names left as they are (« Grenoble-Alpes Métropole »). */
const ALSO_NAMES = new Set(['Métropole']);

/**
 * French interface strings: every string of the French dictionary that differs from its English
 * twin. The switch's labels are skipped: on a French page they name the English edition in English.
 */
function frenchStrings(): string[] {
  const out: string[] = [];
  const walk = (f: unknown, e: unknown, key: string) => {
    if (typeof f === 'string') {
      if (f.trim().length >= 4 && f !== e && !key.startsWith('switch') && !ALSO_ENGLISH.has(f) && !ALSO_NAMES.has(f)) out.push(f);
    } else if (f && typeof f === 'object') {
      for (const [k, v] of Object.entries(f)) walk(v, (e as Record<string, unknown>)[k], k);
    }
  };
  walk(fr, en, '');
  // Stored values shown through labels (statuses are French keys in the data).
  out.push(...ACTION_STATUSES.filter((s) => s.length >= 4));
  return out;
}
const normalise = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, ' ').replace(/’/g, "'");
/** Whether `text` holds `phrase` as whole words (« habitants » is not in « inhabitants »). */
const holds = (text: string, phrase: string) =>
  new RegExp(`(^|[^\\p{L}])${normalise(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

/** The page's visible text and labels outside any `lang="fr"` element. */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    // File names and code are identifiers, not interface text (`territoires.csv`).
    for (const el of body.querySelectorAll('[lang="fr"], code, [translate="no"], script, style, template')) el.remove();
    const attrs = [...body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [body.textContent ?? '', document.title, ...attrs].join('\n');
  });
}

// Independent page visits: both workers may share them (the file was a 6-minute tail on one worker).
test.describe.configure({ mode: 'parallel' });

test.describe('English edition', () => {
  test('every template is in English, without French interface strings', async ({ page }) => {
    // One page walks the templates (they share fonts and scripts from its cache); every page's
    // leaks are listed in the one assertion.
    test.setTimeout(30_000 + TEMPLATES.length * 5_000);
    const french = frenchStrings();
    const problems: string[] = [];
    for (const [name, path, ready] of TEMPLATES) {
      await page.goto(path);
      if (ready) await page.locator(ready).waitFor();
      const lang = await page.locator('html').getAttribute('lang');
      if (lang !== 'en') problems.push(`${name} (${path}) : lang="${lang}"`);
      const text = normalise(await chromeText(page));
      for (const s of french.filter((s) => holds(text, s))) problems.push(`${name} (${path}) : « ${s} »`);
    }
    expect(problems).toEqual([]);
  });

  test('the check sees French interface strings where they are: on the French twin', async ({ page }) => {
    await page.goto('/territoires/grenoble/');
    const text = normalise(await chromeText(page));
    expect(frenchStrings().filter((s) => holds(text, s)).length).toBeGreaterThan(10);
  });

  test('a territory renders in English, research texts marked French, with hreflang alternates', async ({ page }) => {
    await page.goto('/en/territories/grenoble/');
    await expect(page.locator('h1')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 2, name: 'Identity card' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'State funding' })).toBeVisible();
    await expect(page.locator('[data-french-facts]')).toContainText('never publish machine translations');
    // Every source title is French and says so.
    const sources = page.locator('.sources a[rel~="external"]');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const a of await sources.all()) await expect(a).toHaveAttribute('lang', 'fr');
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/territoires\/grenoble\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/territories\/grenoble\/$/);
  });

  test('an action without an English title shows its French title, marked and said to be French', async ({ page }) => {
    await page.goto('/en/actions/grenoble-rising/');
    const h1 = page.locator('h1');
    await expect(h1).toHaveAttribute('lang', 'fr');
    await expect(page.locator('[data-french-title]')).toContainText('no English version');
    await expect(page.getByText('Kind of organiser')).toBeVisible();
  });

  test('the switch leads to the same page in French and back', async ({ page }) => {
    await page.goto('/en/territories/grenoble/');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/territoires\/grenoble\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/en\/territories\/grenoble\/$/);
  });

  test('the switch keeps the filters of the catalogue (query string) both ways', async ({ page }) => {
    await page.goto('/actions/?domaines=logement');
    await expect(page.locator('input[name="domaines"][value="logement"]')).toBeChecked();
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/en\/actions\/\?(.*&)?domaines=logement(&|$)/);
    await expect(page.locator('input[name="domaines"][value="logement"]')).toBeChecked();
    await expect(page.locator('[data-result-count]')).toContainText('documented action');
    // A filter changed on the English page travels back to French.
    await page.locator('input[name="domaines"][value="sante"]').check();
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(/:\d+\/actions\/\?(.*&)?domaines=logement(%2C|,)sante(&|$)/);
    await expect(page.locator('input[name="domaines"][value="sante"]')).toBeChecked();
  });

  test('each edition searches its own index: the English search finds a territory by its name', async ({ page }) => {
    const hrefsOf = async () => {
      const links = page.locator('[data-search-results] li > a');
      await expect(links.first()).toBeVisible();
      return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    await page.goto('/en/search/?q=Grenoble');
    await expect(page.locator('[data-search-page-status]')).toContainText(/\d+\u00A0results? for “Grenoble”/);
    const english = await hrefsOf();
    expect(english).toContain('/en/territories/grenoble/');
    expect(english.filter((p) => !p.startsWith('/en/'))).toEqual([]);
    await expect(page.locator('[data-search-results] .badge').first()).toHaveText(/^(Territory|Action)$/);

    await page.goto('/recherche/?q=Grenoble');
    const french = await hrefsOf();
    expect(french).toContain('/territoires/grenoble/');
    expect(french.filter((p) => p.startsWith('/en/'))).toEqual([]);
  });

  test('the header search of an English page answers in English', async ({ page }) => {
    await page.goto('/en/territories/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('Grenoble');
    await expect(page.locator('[data-search-panel] [data-search-status]')).toHaveText(/^\d+\u00A0results?$/);
    await expect(page.locator('[data-search-panel] li > a').first()).toHaveAttribute('href', /\/en\//);
  });

  test('the English articles feed has an English channel and French items', async ({ request }) => {
    const xml = await (await request.get('/en/articles/rss.xml')).text();
    expect(xml).toContain('<title>Atlas CTAI · articles (in French)</title>');
    expect(xml).toMatch(/<channel>.*?<link>[^<]*\/en\/?<\/link>/);
    expect(xml).toContain('<language>fr</language>');
  });

  test('the sitemap lists both editions of a page as hreflang alternates', async ({ request }) => {
    const xml = await (await request.get('/sitemap-0.xml')).text();
    const entry = xml.split('<url>').find((u) => /<loc>[^<]*\/territoires\/grenoble\/<\/loc>/.test(u)) ?? '';
    expect(entry).toMatch(/hreflang="en" href="[^"]*\/en\/territories\/grenoble\/"/);
    expect(entry).toMatch(/hreflang="x-default" href="[^"]*\/territoires\/grenoble\/"/);
    expect(xml).toMatch(/<loc>[^<]*\/en\/actions\/grenoble-rising\/<\/loc>/);
  });

  test('a French page without an English twin offers the English home', async ({ page }) => {
    await page.goto('/domaines/logement/');
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', /\/en\/$/);
  });
});
