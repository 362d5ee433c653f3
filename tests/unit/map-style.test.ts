import { describe, expect, it } from 'vitest';
import { EMPTY_RADIUS, hatchPattern, markFeatures, MAX_RADIUS, maxRadiusFor, overlayLayers } from '../../src/client/map/style.ts';
import type { MapData } from '../../src/lib/map/map-data.ts';
import { tallyTerritories } from '../../src/lib/map/tally.ts';

const territory = (id: string) => ({
  id,
  name: id,
  labelName: id,
  kind: 'ville',
  role: 'signataire' as const,
  areaName: id,
  firstSignature: '2019',
  contract: 'CTAI',
  namedByDiair: false,
  url: `/territoires/${id}/`,
  point: [2, 47] as [number, number],
  bbox: [1, 46, 3, 48] as [number, number, number, number],
});
const action = (id: string, t: string, domains: string[]) => ({
  id,
  title: id,
  url: `/actions/${id}/`,
  territory: t,
  domains,
  startYear: 2020,
  endYear: 2021,
  recurring: false,
  status: 'réalisée',
});
const data = {
  territories: [territory('a'), territory('b'), territory('c')],
  actions: [
    action('1', 'a', ['logement']),
    action('2', 'a', ['sante']),
    action('3', 'a', ['sante']),
    action('4', 'a', ['sante']),
    action('5', 'b', ['logement']),
  ],
  domains: [],
  statuses: [],
  years: [],
  lastYear: 2025,
  zones: [],
  maxCount: 4,
  coverage: '',
} as unknown as MapData;
const tallies = (domains: string[]) =>
  tallyTerritories(
    data.territories.map((t) => t.id),
    data.actions,
    ['logement', 'sante'],
    { domains },
  );

describe('markFeatures', () => {
  it('sizes circles by area, draws no-data territories as small rings, largest first', () => {
    const fc = markFeatures(data, tallies([]), null);
    expect(fc.features.map((f) => f.properties!['id'])).toEqual(['a', 'b', 'c']);
    const [a, b, c] = fc.features.map((f) => f.properties!);
    expect(a).toMatchObject({ count: 4, hasData: true, r: MAX_RADIUS, label: '4\u00A0actions documentées' });
    expect(b!['r']).toBeCloseTo(MAX_RADIUS / 2, 6);
    expect(c).toMatchObject({ count: 0, hasData: false, r: EMPTY_RADIUS, label: 'aucune action documentée' });
  });

  it('keeps the unfiltered scale under a filter and says when the filter, not the data, is empty', () => {
    const fc = markFeatures(data, tallies(['logement']), '#332288');
    const byId = new Map(fc.features.map((f) => [f.properties!['id'], f.properties!]));
    expect(byId.get('a')).toMatchObject({ count: 1, r: MAX_RADIUS / 2, colour: '#332288' });
    expect(byId.get('c')!['label']).toBe('aucune action documentée');
    const santé = new Map(markFeatures(data, tallies(['sante']), null).features.map((f) => [f.properties!['id'], f.properties!]));
    expect(santé.get('b')).toMatchObject({ hasData: false, label: 'aucune action documentée pour ce filtre' });
  });
});

describe('maxRadiusFor', () => {
  it.each([
    [1200, MAX_RADIUS],
    [600, MAX_RADIUS],
    [300, MAX_RADIUS / 2],
    [100, (MAX_RADIUS * 240) / 600],
  ])('%i px wide → %d', (w, r) => {
    expect(maxRadiusFor(w)).toBeCloseTo(r, 6);
  });
});

describe('hatchPattern', () => {
  it('draws a diagonal line in the given colour, faint elsewhere', () => {
    const { width, height, data: px } = hatchPattern('#ff8000', 8);
    expect([width, height, px.length]).toEqual([8, 8, 256]);
    expect([...px.slice(0, 4)]).toEqual([255, 128, 0, 190]);
    const offLine = (3 * 8 + 1) * 4;
    expect(px[offLine + 3]).toBe(22);
  });
});

describe('names on the MapLibre map', () => {
  const palette = { bg: '#fff', bgSoft: '#eee', fg: '#111', fgSoft: '#555', line: '#ccc', accent: '#a4372a', water: '#69c' };
  const layers = overlayLayers(palette, null, true, ['Lyon', 'Grenoble', 'Lyon']);
  const byId = new Map(layers.map((l) => [l.id, l]));

  it('leaves a city a territory is named after to the territory label: « Lyon » is printed once', () => {
    const filter = JSON.stringify((byId.get('places') as { filter: unknown }).filter);
    expect(filter).toContain('["literal",["Lyon","Grenoble"]]');
    expect(filter).toMatch(/^\["all",.*\["!",\["in",\["get","name"\]/);
  });

  it('places territory names before places, and every circle before both (collision boxes)', () => {
    const order = layers.map((l) => l.id);
    // MapLibre places the symbols of the top layer first.
    expect(order.indexOf('mark-collision')).toBeGreaterThan(order.indexOf('territory-label'));
    expect(order.indexOf('territory-label')).toBeGreaterThan(order.indexOf('places'));
    const collision = byId.get('mark-collision') as { layout: Record<string, unknown> };
    expect(collision.layout['icon-allow-overlap']).toBe(true);
    expect(collision.layout['icon-ignore-placement']).toBe(false);
  });
});
