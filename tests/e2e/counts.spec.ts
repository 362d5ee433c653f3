/**
 * No page states a count that differs from the dataset. The counts are computed here from the
 * files in content/ (not through the site's code), then every « N territoires », « N actions »,
 * « N chiffres », « N articles » or « N domaines » printed on the pages readers start from must be
 * one of them. Quoted programme figures (key-figure cards: « plus de 400 actions », sourced) and
 * the dictionary's documentation are excluded; older changelog entries are history and excluded too,
 * but the newest one must give today's counts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';
import { existsSync, readFileSync } from 'node:fs';
import { actions, domains, figures, publishedArticles, territories } from './support/content.ts';

interface ActionCounted {
  id: string;
  territory: string;
  domains: string[];
  status: string;
  startYear: number | null;
  endYear: number | null;
}
interface TerritoryCounted {
  id: string;
  namedByDiair: boolean;
  signatoryKind: string;
  researchedOn: string;
  contract: { firstSignature: { precision: string }; cohortYear: number | null };
}
const actionFiles = actions as unknown as ActionCounted[];
const territoryFiles = territories as unknown as TerritoryCounted[];
// An action runs from its start year to its end year, or to the research's year when open-ended.
const lastYear = Math.max(...territoryFiles.map((t) => Number(t.researchedOn.slice(0, 4))));
const yearsOf = (a: ActionCounted) => {
  if (a.startYear === null) return [];
  const end = a.endYear ?? Math.max(a.startYear, lastYear);
  return Array.from({ length: end - a.startYear + 1 }, (_, i) => String(a.startYear! + i));
};
const researchArticles = publishedArticles.filter(
  (a) =>
    existsSync(`content/articles/${a.id}.md`) &&
    /^origin:\s*recherche\s*$/m.test(readFileSync(`content/articles/${a.id}.md`, 'utf8')),
);

const T = territoryFiles.length;
const A = actionFiles.length;
const withAction = new Set(actionFiles.map((a) => a.territory)).size;
const tally = (keys: string[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>()).values()];

/** Every count the dataset can justify, per noun. */
const allowed: Record<string, Set<number>> = {
  territoire: new Set([
    T,
    withAction,
    T - withAction,
    territoryFiles.filter((t) => t.namedByDiair).length,
    ...tally(territoryFiles.map((t) => t.contract.firstSignature.precision)),
    ...tally(territoryFiles.map((t) => t.signatoryKind)),
    ...tally(territoryFiles.map((t) => String(t.contract.cohortYear))),
  ]),
  action: new Set([
    A,
    actionFiles.filter((a) => a.domains.length > 1).length,
    ...tally(actionFiles.flatMap((a) => a.domains)),
    ...tally(actionFiles.map((a) => a.territory)),
    ...tally(actionFiles.map((a) => a.status)),
    ...tally(actionFiles.flatMap(yearsOf)),
  ]),
  chiffre: new Set([figures.length]),
  article: new Set([publishedArticles.length, researchArticles.length]),
  domaine: new Set([domains.length, new Set(actionFiles.flatMap((a) => a.domains)).size]),
};

// Number and noun in one run of text (a tab or line break means two table cells or two lines).
const COUNT = /(\d(?:[\d\u00a0\u202f ]*\d)?)[ \u00a0\u202f]+(territoire|action|chiffre|article|domaine)s?\b/g;
const asNumber = (s: string) => Number(s.replace(/[\s\u00a0\u202f]/g, ''));

/** The page’s visible text, without quoted figures, dictionary descriptions, changelog history and computed release differences. */
async function countedText(page: Page): Promise<string> {
  // Hidden in place rather than cut from a clone: innerText needs layout to keep table cells apart.
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    main
      .querySelectorAll<HTMLElement>('.key-figure, .dictionary, .changelog-entry ~ .changelog-entry, .release-changes')
      .forEach((el) => {
        el.style.display = 'none';
      });
    // What screen readers hear but innerText skips: SVG descriptions and accessible names.
    const spoken = [...main.querySelectorAll('desc, title, [aria-label]')]
      .filter((el) => !el.closest('.key-figure, .dictionary'))
      .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
    return [main.innerText, ...spoken].join('\n');
  });
}

function wrongCounts(text: string): string[] {
  return (
    [...text.matchAll(COUNT)]
      // « 0 action » only ever explains a notation; a stale count of a growing dataset is never zero.
      .filter((m) => asNumber(m[1]!) !== 0 && !allowed[m[2]!]!.has(asNumber(m[1]!)))
      .map((m) => `« ${text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 20).replace(/\s+/g, ' ')} »`)
  );
}

// Both the HTML as built (what a reader without JavaScript gets) and the page once its islands
// have rewritten their counts from /data/*.json.
for (const js of [false, true]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    for (const path of ['/', '/carte/', '/donnees/', '/territoires/', '/actions/']) {
      test(`every count printed on ${path} follows content/`, async ({ page }) => {
        await page.goto(path, { waitUntil: 'networkidle' });
        const text = await countedText(page);
        expect([...text.matchAll(COUNT)].length, 'the page prints counts').toBeGreaterThan(0);
        expect(wrongCounts(text)).toEqual([]);
      });
    }

    test('the home and map pages give the coverage sentence with today’s counts', async ({ page }) => {
      for (const path of ['/', '/carte/']) {
        await page.goto(path, { waitUntil: 'networkidle' });
        const text = (await countedText(page)).replace(/[\u00a0\u202f]/g, ' ');
        expect(text, path).toContain(`${withAction} territoires sur ${T} ont au moins une action documentée (${A} actions`);
      }
    });
  });
}

test('the open-data page counts the rows each file really has; the newest changelog entry gives today’s counts', async ({
  page,
  request,
}) => {
  await page.goto('/donnees/');
  const rows = await page
    .locator('table tbody tr')
    .filter({ has: page.locator('a[href$=".csv"], a[href$=".json"], a[href$=".geojson"]') })
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector('a')!.getAttribute('href')!,
        rows: Number(tr.querySelector('td.num')!.textContent!.replace(/\D/g, '')),
      })),
    );
  expect(rows.length).toBeGreaterThan(4);
  for (const { href, rows: stated } of rows) {
    const body = await (await request.get(href)).text();
    const actual = href.endsWith('.csv')
      ? body.trim().split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).length - 1
      : href.endsWith('.geojson')
        ? (JSON.parse(body) as { features: unknown[] }).features.length
        : (Object.values(JSON.parse(body) as Record<string, unknown>).find(Array.isArray) as unknown[]).length;
    expect(actual, href).toBe(stated);
  }

  const newest = (await page.locator('.changelog-entry').first().innerText()).replace(/[\u00a0\u202f]/g, ' ');
  expect(newest).toContain(`${T} territoires`);
  expect(newest).toContain(`${A} actions documentées`);
  expect(newest).toContain(`${figures.length} chiffres clés`);
});
