/** State functions of the charts (data + filters → series), on the hand-built fixture. */
import { describe, expect, test } from 'vitest';
import { domainBarsState } from '../../src/lib/charts/actions-par-domaine/state.ts';
import { yearColumnsState } from '../../src/lib/charts/actions-par-annee/state.ts';
import { domainYearState } from '../../src/lib/charts/domaines-par-annee/state.ts';
import { territoryBarsState } from '../../src/lib/charts/actions-par-territoire/state.ts';
import { signaturesState, spanOf } from '../../src/lib/charts/signatures/state.ts';
import { signaturesLayout } from '../../src/lib/charts/signatures/layout.ts';
import { envelopeState } from '../../src/lib/charts/enveloppe-2019-2020/state.ts';
import { countsState, whenOf } from '../../src/lib/charts/territoires-engages/state.ts';
import {
  buildChart,
  chartVariants,
  HIGHLIGHT_VIEWS_MAX_TERRITORIES,
  isPublished,
  resolveParams,
} from '../../src/lib/charts/registry.ts';
import { paramsOf, variantFromQuery, variantOf } from '../../src/lib/charts/variants.ts';
import { heightMessages } from '../../src/client/charts/embed-child.ts';
import { fixture } from '../fixtures/chart-data.ts';

describe('actions par domaine', () => {
  test.each([
    {
      params: {},
      bars: [
        ['logement', 3],
        ['langue', 2],
        ['emploi', 2],
      ],
      without: [],
      total: 5,
      multi: 2,
    },
    {
      params: { territoire: 'alpha' },
      bars: [
        ['logement', 2],
        ['langue', 1],
      ],
      without: ['emploi'],
      total: 2,
      multi: 1,
    },
    { params: { territoire: 'gamma' }, bars: [], without: ['logement', 'langue', 'emploi'], total: 0, multi: 0 },
  ])('$params', ({ params, bars, without, total, multi }) => {
    const s = domainBarsState(fixture, params);
    expect(s.bars.map((b) => [b.id, b.count])).toEqual(bars);
    expect(s.without.map((d) => d.id)).toEqual(without);
    expect(s.total).toBe(total);
    expect(s.multiDomain).toBe(multi);
  });
});

test.each([
  {
    id: 'actions-par-domaine',
    params: { territoire: 'alpha', domaine: 'langue' },
    key: 'langue',
    sentence: 'En évidence, « Langue » : 1 action',
  },
  {
    id: 'actions-par-territoire',
    params: { territoire: 'beta' },
    key: 'beta',
    sentence: 'En évidence, Beta : 2 actions documentées (rang 2 sur 3)',
  },
  { id: 'actions-par-territoire', params: { territoire: 'gamma' }, key: null, sentence: 'Gamma : aucune action documentée.' },
] as const)('$id $params: the filter highlights one mark, and the description names it', ({ id, params, key, sentence }) => {
  const v = buildChart(id, fixture, params);
  const highlighted = [...v.svg!.wide.body.matchAll(/class="mark is-highlight" data-key="([^"]+)"/g)].map((m) => m[1]);
  expect(highlighted).toEqual(key ? [key] : []);
  expect(v.description.replace(/[\u00A0\u202F]/g, ' ')).toContain(sentence);
});

describe('actions par année', () => {
  test.each([
    // a3 has no end year: it runs to lastYear (2024). a4 has no year at all.
    { params: {}, counts: [1, 2, 2, 2, 2, 1], undated: 1 },
    { params: { domaine: 'emploi' }, counts: [0, 1, 1, 2, 2, 1], undated: 0 },
    { params: { territoire: 'beta', domaine: 'langue' }, counts: [0, 0, 0, 0, 0, 0], undated: 1 },
  ])('$params', ({ params, counts, undated }) => {
    const s = yearColumnsState(fixture, params);
    expect(s.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(s.years.map((y) => y.count)).toEqual(counts);
    expect(s.undated).toBe(undated);
  });
});

test('domaines par année: one series per domain with actions, same years for all', () => {
  const s = domainYearState(fixture, {});
  expect(s.series.map((d) => [d.id, d.total])).toEqual([
    ['logement', 3],
    ['langue', 2],
    ['emploi', 2],
  ]);
  expect(s.series[0]!.values.map((v) => v.count)).toEqual([1, 2, 2, 1, 1, 1]);
  expect(s.max).toBe(2);
  expect(s.undated).toBe(1);
});

describe('actions par territoire', () => {
  test.each([
    { params: {}, bars: ['alpha:2', 'beta:2', 'delta:1'], without: ['epsilon', 'gamma'] },
    { params: { domaine: 'langue' }, bars: ['alpha:1', 'beta:1'], without: ['delta', 'epsilon', 'gamma'] },
    // The territory filter does not apply to a chart comparing territories.
    { params: { territoire: 'alpha' }, bars: ['alpha:2', 'beta:2', 'delta:1'], without: ['epsilon', 'gamma'] },
  ])('$params', ({ params, bars, without }) => {
    const s = territoryBarsState(fixture, params);
    expect(s.bars.map((b) => `${b.id}:${b.count}`)).toEqual(bars);
    expect(s.without.map((t) => t.id).sort()).toEqual(without);
  });

  test('territories without action are rows saying so, never zero', () => {
    const v = buildChart('actions-par-territoire', fixture);
    expect(v.table.rows.find((r) => r.key === 'gamma')?.cells).toEqual(['Gamma', 'aucune action documentée']);
    expect(v.svg!.wide.body).not.toContain('data-key="gamma"');
  });
});

describe('signatures', () => {
  test.each([
    { value: '2019', start: 2019, end: 2020 },
    { value: '2020-03', start: 2020 + 2 / 12, end: 2020 + 3 / 12 },
    { value: '2019-01-01', start: 2019, end: 2019 },
    { value: '2019-07-02', start: 2019 + 182 / 365, end: 2019 + 182 / 365 },
  ])('spanOf($value)', ({ value, start, end }) => {
    const s = spanOf(value)!;
    expect(s.start).toBeCloseTo(start, 6);
    expect(s.end).toBeCloseTo(end, 6);
  });

  test('spanOf("") is null', () => expect(spanOf('')).toBeNull());

  test('rows sorted by date, precision kept, cohort year when no date, unknown last', () => {
    const s = signaturesState(fixture, { territoire: 'beta' });
    expect(s.rows.map((r) => [r.id, r.placement, r.uncertain])).toEqual([
      ['alpha', 'jour', false],
      ['beta', 'mois', false],
      ['gamma', 'cohorte', false],
      ['delta', 'jour', true],
      ['epsilon', 'inconnue', false],
    ]);
    expect(s.rows.find((r) => r.id === 'epsilon')!.span).toBeNull();
    expect(s.rows.find((r) => r.id === 'beta')!.highlight).toBe(true);
    expect(s.rows[0]!.events.map((e) => [e.kind, e.placement])).toEqual([
      ['avenant', 'année'],
      ['renouvellement', 'jour'],
    ]);
    expect(s.counts).toEqual({ jour: 2, mois: 1, année: 0, borne: 0, cohorte: 1, inconnue: 1 });
  });

  test('a bound is placed as a bound, before the cohort year, and never as a dated point (Pau, Marseille)', () => {
    const bounded = {
      ...fixture,
      territories: fixture.territories.map((t) =>
        t.id === 'gamma' || t.id === 'epsilon'
          ? {
              ...t,
              contract: {
                ...t.contract,
                firstSignature: { ...t.contract.firstSignature, qualifier: 'déduite' as const, after: '2022-10-24' },
              },
            }
          : t,
      ),
    };
    const s = signaturesState(bounded, {});
    const row = (id: string) => s.rows.find((r) => r.id === id)!;
    for (const id of ['gamma', 'epsilon']) {
      expect(row(id)).toMatchObject({ placement: 'borne', boundSide: 'after', uncertain: true });
      expect(row(id).label).toMatch(/^après le\s24\soctobre\s2022 \(borne déduite\)$/);
    }
    expect(s.counts).toMatchObject({ borne: 2, cohorte: 0, inconnue: 0 });
    // The arrow runs from the bound to the plot's right edge.
    const l = signaturesLayout(s, 640);
    const r = l.rows.find((x) => x.key === 'gamma')!;
    expect(r.x2).toBe(634);
    expect(r.x1).toBeLessThan(r.x2);
    expect(l.legend.map((i) => i.key)).toContain('borne');
    expect(signaturesLayout(signaturesState(fixture, {}), 640).legend.map((i) => i.key)).not.toContain('borne');
  });
});

test('enveloppe: shares sorted, total exact', () => {
  const s = envelopeState(fixture);
  expect(s.axes.map((a) => a.share)).toEqual([60, 27.5, 12.5]);
  expect(s.total).toBe(100);
});

describe('compteurs de territoires', () => {
  test.each([
    { period: '2019-07', sources: [], date: '2019-07', when: 'juillet\u00A02019' },
    { period: '2019', sources: ['2019-11'], date: '2019-11', when: 'novembre\u00A02019' },
    { period: '2021', sources: ['2022-05'], date: '2021', when: '2021' },
    { period: '~2023', sources: [], date: '2023', when: 'vers 2023' },
    { period: 'date de la page inconnue', sources: [], date: '', when: 'date inconnue' },
  ])('whenOf($period)', ({ period, sources, date, when }) => {
    const f = {
      ...fixture.figures[2]!,
      period,
      sources: sources.map((d) => ({ url: 'https://x.org', title: 't', publisher: '', date: d })),
    };
    expect(whenOf(f)).toEqual({ date, when });
  });

  test('dated counts first, in order; undated last', () => {
    expect(countsState(fixture).map((p) => p.id)).toEqual(['nb-2019-juillet', 'nb-2021', 'nb-interieur', 'nb-ti-22']);
  });
});

describe('filters', () => {
  test.each([
    {
      id: 'actions-par-annee',
      raw: { territoire: 'alpha', domaine: 'langue' },
      params: { territoire: 'alpha', domaine: 'langue' },
      error: false,
    },
    { id: 'actions-par-annee', raw: { territoire: 'atlantide' }, params: {}, error: true },
    { id: 'actions-par-domaine', raw: { domaine: 'langue' }, params: { domaine: 'langue' }, error: false },
    { id: 'domaines-par-annee', raw: { domaine: 'langue' }, params: {}, error: false },
    { id: 'actions-par-territoire', raw: { domaine: 'sport' }, params: {}, error: true },
    { id: 'enveloppe-2019-2020', raw: { territoire: 'alpha' }, params: {}, error: false },
  ] as const)('$id $raw', ({ id, raw, params, error }) => {
    const r = resolveParams(id, fixture, raw);
    expect(r.params).toEqual(params);
    expect(r.error !== null).toBe(error);
  });

  test('an unknown filter gives a message in place of the drawing', () => {
    const v = buildChart('actions-par-annee', fixture, { territoire: 'atlantide' });
    expect(v.svg).toBeNull();
    expect(v.message).toContain('Territoire inconnu');
    expect(v.table.rows).toEqual([]);
  });

  test.each([
    [{}, ''],
    [{ territoire: 'alpha' }, 'territoire-alpha'],
    [{ domaine: 'langue' }, 'domaine-langue'],
    [{ territoire: 'le-havre', domaine: 'acces-droits' }, 'territoire-le-havre--domaine-acces-droits'],
  ])('variantOf(%o) = %s and back', (params, variant) => {
    expect(variantOf(params)).toBe(variant);
    expect(paramsOf(variant)).toEqual(params);
  });

  test.each([
    ['', null],
    ['?childId=x', null],
    ['?territoire=Alpha', 'territoire-alpha'],
    ['?domaine=langue&territoire=alpha', 'territoire-alpha--domaine-langue'],
  ])('variantFromQuery(%s)', (search, variant) => expect(variantFromQuery(search)).toBe(variant));

  test.each([
    { id: 'actions-par-territoire', params: { territoire: 'gamma' }, published: true },
    { id: 'actions-par-territoire', params: { territoire: 'gamma', domaine: 'langue' }, published: false },
    { id: 'actions-par-territoire', params: { territoire: 'alpha', domaine: 'langue' }, published: true },
  ] as const)('$params has static files: $published', ({ id, params, published }) => {
    expect(isPublished(buildChart(id, fixture, params), fixture)).toBe(published);
  });

  test('variants: default, each filter alone, and pairs with actions only', () => {
    const v = chartVariants('actions-par-annee', fixture).map(variantOf);
    expect(v).toContain('');
    expect(v).toContain('territoire-epsilon');
    expect(v).toContain('territoire-alpha--domaine-langue');
    expect(v).not.toContain('territoire-alpha--domaine-emploi');
    expect(chartVariants('signatures', fixture)).toHaveLength(1 + fixture.territories.length);
  });

  test('past HIGHLIGHT_VIEWS_MAX_TERRITORIES, comparative charts stop pre-rendering territory highlights, filters stay', () => {
    const many = Array.from({ length: HIGHLIGHT_VIEWS_MAX_TERRITORIES + 1 }, (_, i) => ({
      ...fixture.territories[0]!,
      id: `t${i}`,
    }));
    const big = { ...fixture, territories: many };
    expect(chartVariants('signatures', big).map(variantOf)).toEqual(['']);
    expect(chartVariants('actions-par-territoire', big).every((p) => !p.territoire)).toBe(true);
    expect(chartVariants('actions-par-territoire', big)).toHaveLength(1 + fixture.domains.length);
    // A territory still filters the charts it narrows.
    expect(chartVariants('domaines-par-annee', big)).toHaveLength(1 + many.length);
  });
});

test('resize messages in pym.js and AMP formats', () => {
  expect(heightMessages('atlas-ctai', 812)).toEqual([
    'pymxPYMxatlas-ctaixPYMxheightxPYMx812',
    { sentinel: 'amp', type: 'embed-size', height: 812 },
  ]);
});
