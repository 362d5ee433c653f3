import { describe, expect, it } from 'vitest';
import { axeExtra, axeSeed, pageFeatures, pageParts, pageTemplate, planAxe } from '../e2e/lib/axe-sample.ts';

const territory = (extra = '') =>
  `<main><h1 class="title">X</h1><div class="map" data-map-explorer="1"></div>${extra}<table class="list"></table></main>`;

describe('pageParts', () => {
  it('are the same for two pages of one template that differ only by their text', () => {
    expect(pageParts(territory().replace('X', 'Lyon'))).toEqual(pageParts(territory().replace('X', 'Grenoble')));
  });
  it('name a part shown on one page only (a state: no action, a chart, a form)', () => {
    expect(pageParts(territory('<p class="empty">Aucune action</p>'))).toContain('.empty');
    expect(pageParts(territory('<form></form>'))).toContain('<form');
    expect(pageParts(territory())).not.toContain('<form');
  });
  it('ignore the scoping attributes Astro adds', () => {
    expect(pageParts('<p class="a astro-x1" data-astro-cid-abc="">')).toEqual(pageParts('<p class="a">'));
  });
});

describe('pageTemplate', () => {
  it('keeps the section and the edition, one star per deeper level, under a base path too', () => {
    expect(pageTemplate('/')).toBe('/');
    expect(pageTemplate('/territoires/')).toBe('/territoires');
    expect(pageTemplate('/territoires/grenoble/')).toBe('/territoires/*');
    expect(pageTemplate('/en/territories/kind/metropole/')).toBe('/en/territories/*/*');
    expect(pageTemplate('/ctai/actions/grenoble-rising/', '/ctai/')).toBe('/actions/*');
  });
});

describe('planAxe', () => {
  const page = (path: string, html: string) => [path, pageFeatures(path, html)] as [string, string[]];
  const pages = new Map<string, string[]>([
    ...Array.from({ length: 30 }, (_, i) => page(`/t/${i}/`, territory())),
    page('/t/empty/', territory('<p class="empty">Aucune action</p>')),
    page('/t/chart/', territory('<figure class="chart"></figure>')),
    page('/t/both/', territory('<p class="empty"></p><figure class="chart"></figure>')),
    page('/', '<main class="home"></main>'),
    page('/carte/', territory()),
  ]);

  it('checks pages covering every part of every template, plus the sample, in the order given', () => {
    const plan = planAxe(pages, 7, 5);
    // One territory page showing both optional parts covers them all; the map is its own template.
    expect(plan.covering).toBe(3);
    expect(plan.pages).toHaveLength(3 + 5);
    for (const p of ['/', '/carte/', '/t/both/']) expect(plan.pages).toContain(p);
    // The cover is told apart from the sample (the crawl checks it in the dark scheme too).
    expect(new Set(plan.cover)).toEqual(new Set(['/', '/carte/', '/t/both/']));
    expect(plan.pages).toEqual([...pages.keys()].filter((p) => plan.pages.includes(p)));
  });

  it('every part of every template is on a checked page, whatever the seed', () => {
    for (let seed = 0; seed < 20; seed++) {
      const plan = planAxe(pages, seed, 5);
      const covered = new Set(plan.cover.flatMap((p) => pages.get(p)!));
      expect(covered).toEqual(new Set([...pages.values()].flat()));
      expect(plan.cover).toEqual(plan.pages.filter((p) => plan.cover.includes(p)));
    }
  });

  it('draws the same pages for a seed, and other pages for other seeds', () => {
    expect(planAxe(pages, 7, 5).pages).toEqual(planAxe(pages, 7, 5).pages);
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => planAxe(pages, seed, 5).pages.join()));
    expect(draws.size).toBeGreaterThan(15);
  });

  it('over the days, every page is checked', () => {
    const seen = new Set(Array.from({ length: 60 }, (_, seed) => planAxe(pages, seed, 5).pages).flat());
    expect(seen.size).toBe(pages.size);
  });

  it('checks every page when asked to (AXE_ALL=1)', () => {
    expect(planAxe(pages, 1, axeExtra({ AXE_ALL: '1' })).pages).toEqual([...pages.keys()]);
  });
});

describe('seed and sample size', () => {
  it('rotate daily unless fixed', () => {
    const day = 86_400_000;
    expect(axeSeed({}, 20_000 * day + 5)).toBe(20_000);
    expect(axeSeed({}, 20_001 * day)).toBe(20_001);
    expect(axeSeed({ AXE_SEED: '42' }, 0)).toBe(42);
    expect(axeExtra({})).toBe(12);
    expect(axeExtra({ AXE_EXTRA: '3' })).toBe(3);
  });
});
