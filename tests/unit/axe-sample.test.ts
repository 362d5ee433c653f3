import { describe, expect, it } from 'vitest';
import { axeExtra, axeSeed, pageShape, planAxe } from '../e2e/lib/axe-sample.ts';

const territory = (extra = '') =>
  `<main><h1 class="title">X</h1><div class="map" data-map-explorer="1"></div>${extra}<table class="list"></table></main>`;

describe('pageShape', () => {
  it('is the same for two pages of one template that differ only by their text', () => {
    expect(pageShape(territory().replace('X', 'Lyon'))).toBe(pageShape(territory().replace('X', 'Grenoble')));
  });
  it('differs when a part is shown on one page only (a state: no action, a chart, a form)', () => {
    expect(pageShape(territory('<p class="empty">Aucune action</p>'))).not.toBe(pageShape(territory()));
    expect(pageShape(territory('<form></form>'))).not.toBe(pageShape(territory()));
  });
  it('ignores the scoping attributes Astro adds', () => {
    expect(pageShape('<p class="a astro-x1" data-astro-cid-abc="">')).toBe(pageShape('<p class="a">'));
  });
});

describe('planAxe', () => {
  const pages = new Map<string, string>([
    ...Array.from({ length: 30 }, (_, i) => [`/t/${i}/`, 'territory'] as [string, string]),
    ['/', 'home'],
    ['/carte/', 'map'],
    ['/t/empty/', 'territory-empty'],
  ]);

  it('checks one page of every shape, plus the sample, in the order given', () => {
    const plan = planAxe(pages, 7, 5);
    expect(plan.shapes).toBe(4);
    expect(plan.pages).toHaveLength(4 + 5);
    expect(plan.pages).toContain('/');
    expect(plan.pages).toContain('/carte/');
    expect(plan.pages).toContain('/t/empty/');
    expect(plan.pages).toEqual([...pages.keys()].filter((p) => plan.pages.includes(p)));
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
    expect(axeExtra({})).toBe(24);
    expect(axeExtra({ AXE_EXTRA: '3' })).toBe(3);
  });
});
