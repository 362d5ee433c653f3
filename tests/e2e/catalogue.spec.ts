import type { Page } from '@playwright/test';
import { expect, test } from './lib/reader.ts';
import { actions, territories, domains } from './support/content.ts';

/** A territory and a domain that share at least two actions, and a domain with actions elsewhere too. */
function pickFilter() {
  const pairs = new Map<string, number>();
  for (const a of actions)
    for (const d of a.domains) pairs.set(`${a.territory}|${d}`, (pairs.get(`${a.territory}|${d}`) ?? 0) + 1);
  const [key] = [...pairs.entries()].sort((x, y) => y[1] - x[1])[0]!;
  const [territory, domain] = key.split('|') as [string, string];
  const expected = actions
    .filter((a) => a.territory === territory && a.domains.includes(domain))
    .map((a) => a.id)
    .sort();
  return { territory, domain, expected };
}

const visibleIds = async (page: Page) =>
  (
    await page.locator('[data-action]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['action']!))
  ).sort();

test('with JavaScript, filtering by a territory and a domain lists exactly the matching actions and updates the URL', async ({
  page,
}) => {
  const { territory, domain, expected } = pickFilter();
  await page.goto('/actions/');
  expect(await visibleIds(page)).toHaveLength(actions.length);
  await page.getByLabel('Territoire').selectOption(territory);
  await page.locator(`input[name="domaines"][value="${domain}"]`).check();
  expect(await visibleIds(page)).toEqual(expected);
  await expect(page.locator('[data-result-count]')).toContainText(String(expected.length));
  await expect(page).toHaveURL(new RegExp(`territoire=${territory}`));
  await expect(page).toHaveURL(new RegExp(`domaines=${domain}`));
  // The URL restores the same view.
  await page.reload();
  expect(await visibleIds(page)).toEqual(expected);
  await expect(page.getByLabel('Territoire')).toHaveValue(territory);
});

test('with JavaScript, a filter with no match says so', async ({ page }) => {
  const withActions = new Set(actions.map((a) => a.territory));
  const used = actions.filter((a) => a.territory === [...withActions][0]).flatMap((a) => a.domains);
  const unused = domains.find((d) => !used.includes(d.id));
  test.skip(!unused, 'every domain is used by that territory');
  await page.goto(`/actions/?territoire=${[...withActions][0]}&domaines=${unused!.id}`);
  expect(await visibleIds(page)).toEqual([]);
  await expect(page.getByText('Aucune action documentée pour ce filtre').first()).toBeVisible();
});

test('on a phone the filters fold above the results, and open by themselves for a filtered link', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/actions/');
  const panel = page.locator('[data-catalogue-panel]');
  await expect(panel).toBeVisible();
  await expect(panel).not.toHaveAttribute('open', '');
  await expect(page.locator('[data-action]').first()).toBeInViewport();
  await panel.getByText('Filtrer les actions').click();
  await expect(page.getByLabel('Territoire')).toBeVisible();

  const { territory } = pickFilter();
  await page.goto(`/actions/?territoire=${territory}`);
  await expect(page.getByLabel('Territoire')).toBeVisible();
  await expect(page.getByLabel('Territoire')).toHaveValue(territory);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue is the full list, and links filter by a territory then a domain', async ({ page }) => {
    const { territory, domain, expected } = pickFilter();
    const t = territories.find((x) => x.id === territory)!;
    const d = domains.find((x) => x.id === domain)!;
    await page.goto('/actions/');
    expect(await visibleIds(page)).toHaveLength(actions.length);
    await expect(page.locator('[data-catalogue-form]')).toBeHidden();
    await page
      .locator('[data-browse]')
      .getByRole('link', { name: new RegExp(`^${t.name} \\(`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/actions/territoire/${territory}/$`));
    expect(await visibleIds(page)).toEqual(
      actions
        .filter((a) => a.territory === territory)
        .map((a) => a.id)
        .sort(),
    );
    await page
      .locator('[data-browse]')
      .getByRole('link', { name: new RegExp(`^${d.label} \\(`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/actions/territoire/${territory}/domaine/${domain}/$`));
    expect(await visibleIds(page)).toEqual(expected);
  });

  test('the search page explains how to browse', async ({ page }) => {
    await page.goto('/recherche/?q=logement');
    await expect(page.getByText('La recherche fonctionne avec JavaScript')).toBeVisible();
  });
});
