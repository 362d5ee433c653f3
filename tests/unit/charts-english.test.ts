/**
 * The English edition of the charts: every chart reads in English (titles, axes, legends, table
 * headers, sentences, source line, British dates and numbers), research text stays French and is
 * marked so, and the French views — the edition of record — are exactly what they were.
 */
import { describe, expect, test } from 'vitest';
import { buildChart, CHART_IDS, CHARTS } from '../../src/lib/charts/registry.ts';
import { parseCsv, standaloneSvg, toCsv } from '../../src/lib/charts/export.ts';
import type { ChartData, ChartView } from '../../src/lib/charts/types.ts';
import { frenchRuns, plain } from '../../src/lib/charts/shared/text.ts';
import { chartUrlsFor } from '../../src/lib/charts/urls.ts';
import { twinPath } from '../../src/lib/i18n/paths.ts';
import { fixture } from '../fixtures/chart-data.ts';

/** The fixture with the English domain labels the newsroom writes in content/domains.json. */
const EN_LABELS: Record<string, string> = { logement: 'Housing', langue: 'Language', emploi: 'Employment' };
const data: ChartData = {
  ...fixture,
  domains: fixture.domains.map((d) => ({ ...d, labelEn: EN_LABELS[d.id]!, shortLabelEn: EN_LABELS[d.id]! })),
};

/** French interface words that must not show in an English chart (names and quoted headings aside). */
const FRENCH = [
  /\bactions? documentées?\b/i,
  /\bdomaines?\b/i,
  /\bterritoires?\b/i,
  /\bannées?\b/i,
  /\baucune?\b/i,
  /\bsans\b/i,
  /\bdonnées\b/i,
  /\bsource :/i,
  /\bd’après\b/,
  /\bavenants?\b/i,
  /\bdate inconnue\b/,
  /\bjuin|mars|janvier|mai\b/,
  / : /,
];

/** The English text of a view a reader sees, without what is French on purpose (marked or quoted « … »). */
function englishText(view: ChartView): string {
  const svg = [view.svg?.wide.body ?? '', view.svg?.narrow.body ?? '']
    .join('\n')
    .replace(/<text[^>]*lang="fr"[^>]*>.*?<\/text>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/data-tip="[^"]*"/g, '');
  const table = view.table.rows.flatMap((r) => r.cells.filter((_, i) => !view.table.columns[i]?.lang));
  return [
    view.title,
    view.subtitle,
    view.description,
    ...view.notes,
    view.source.text,
    view.message ?? '',
    ...view.table.columns.map((c) => c.label),
    ...table,
    svg,
  ]
    .join('\n')
    .replace(/«[^»]*»/g, '“quoted”')
    .replace(/\u2068[^\u2069]*\u2069/g, 'Name');
}

describe.each(CHART_IDS)('%s in English', (id) => {
  const view = buildChart(id, data, {}, 'en');

  test('title, subtitle and language are the English edition’s', () => {
    expect(view.lang).toBe('en');
    expect(view.title).toBe(CHARTS[id].en.title);
    expect(view.subtitle).toBe(CHARTS[id].en.subtitle);
    expect(view.svg).not.toBeNull();
    expect(view.description.length).toBeGreaterThan(40);
  });

  test('no French interface word in what a reader sees', () => {
    const text = englishText(view);
    expect(FRENCH.filter((re) => re.test(text)).map(String)).toEqual([]);
  });

  test('the French view is unchanged by the English one', () => {
    expect(JSON.stringify(buildChart(id, fixture))).toBe(JSON.stringify(buildChart(id, fixture, {}, 'fr')));
  });

  test('the English CSV is comma-separated with English headers, cell for cell', () => {
    const csv = toCsv(view.table, 'en');
    expect(parseCsv(csv, ',')).toEqual([view.table.columns.map((c) => c.label), ...view.table.rows.map((r) => r.cells)]);
    expect(csv.split('\r\n')[0]).not.toMatch(/;/);
  });
});

describe('English chart details', () => {
  test('domains are named in English, with the filter in the title', () => {
    const view = buildChart('actions-par-domaine', data, { territoire: 'alpha', domaine: 'logement' }, 'en');
    expect(plain(view.title)).toBe('Documented actions by domain — Alpha · Housing');
    expect(view.table.columns.map((c) => c.label)).toEqual(['Domain', 'Documented actions']);
    expect(view.table.rows.map((r) => r.cells[0])).toContain('Housing');
    expect(view.description).toMatch(/^The domain|^The domains/);
    expect(plain(view.description)).toContain('in Alpha');
  });

  test('a domain without an English label keeps its French one (archived releases)', () => {
    const view = buildChart('actions-par-domaine', fixture, {}, 'en');
    expect(view.table.rows.map((r) => r.cells[0])).toContain('Logement');
  });

  test('dates are British and the legend is English', () => {
    const view = buildChart('signatures', data, {}, 'en');
    const alpha = view.table.rows.find((r) => r.key === 'alpha')!.cells;
    expect(alpha.slice(1, 3)).toEqual(['12\u00A0June\u00A02019', 'exact day']);
    expect(alpha[3]).toBe('amendment: 2021; renewal: 2\u00A0May\u00A02022');
    expect(view.svg!.wide.body).toContain('amendment or renewal');
    expect(view.svg!.wide.body).toContain('date unknown');
  });

  test('French names inside English text are marked for the page and dropped from files', () => {
    const named: ChartData = {
      ...data,
      territories: data.territories.map((t) => (t.id === 'alpha' ? { ...t, name: 'Région Alpha' } : t)),
    };
    const view = buildChart('actions-par-territoire', named, { territoire: 'alpha' }, 'en');
    expect(frenchRuns(view.title)).toEqual([
      { text: 'Documented actions by territory — ', fr: false },
      { text: 'Région Alpha', fr: true },
    ]);
    expect(
      frenchRuns(view.description)
        .filter((r) => r.fr)
        .map((r) => r.text),
    ).toContain('Région Alpha');
    expect(plain(view.title)).toBe('Documented actions by territory — Région Alpha');
    expect(standaloneSvg(view, 'https://example.org/')).not.toMatch(/[\u2068\u2069]/);
    // On the drawing, the name is a French label and the tooltip title is English only.
    expect(view.svg!.wide.body).toMatch(/<text[^>]*lang="fr"[^>]*>Région Alpha<\/text>/);
    expect(view.svg!.wide.body).not.toMatch(/<title>Région Alpha/);
    expect(view.table.columns[0]!.lang).toBe('fr');
    // French views carry no mark.
    expect(buildChart('actions-par-territoire', named, { territoire: 'alpha' }).description).not.toMatch(/[\u2068\u2069]/);
  });

  test('an unknown filter says so in English', () => {
    const view = buildChart('actions-par-annee', data, { territoire: 'nowhere' }, 'en');
    expect(view.message).toBe('Unknown territory: “nowhere”. This chart does not exist for this filter.');
  });

  test('the envelope keeps the DIAIR’s French headings, marked French, with English numbers', () => {
    const view = buildChart('enveloppe-2019-2020', data, {}, 'en');
    expect(view.table.columns[0]!.lang).toBe('fr');
    expect(view.svg!.wide.body).toMatch(/<text[^>]*lang="fr"/);
    expect(view.svg!.wide.body).not.toMatch(/\d %/);
    expect(buildChart('enveloppe-2019-2020', data).svg!.wide.body).not.toContain('lang=');
  });

  test('the downloaded SVG is English: source line, data version with a British date, xml:lang', () => {
    const svg = standaloneSvg(buildChart('actions-par-annee', data, {}, 'en'), 'https://example.org/en/embed/', {
      version: '1.2.0',
      date: '2026-12-01',
    });
    expect(svg).toContain('xml:lang="en"');
    expect(svg).toContain('Source: Atlas CTAI, from');
    // Lines are wrapped on any space, the no-break ones of dates included.
    expect(svg).toContain('Data: version 1.2.0 of 1 December 2026.');
    expect(standaloneSvg(buildChart('actions-par-annee', data), 'https://example.org/embed/')).not.toContain('xml:lang');
  });
});

describe('English chart addresses and twins', () => {
  const en = chartUrlsFor('en');
  test('embeds, files and oEmbed live under /en/', () => {
    expect(en.embed('signatures', 'territoire-alpha')).toBe('/en/embed/signatures/territoire-alpha/');
    expect(en.file('signatures', '', 'csv')).toBe('/en/data/charts/signatures.csv');
    expect(en.oembed('signatures')).toBe('/en/oembed/signatures.json');
    expect(en.gallery('signatures')).toBe('/en/charts/#chart-signatures');
  });

  test.each([
    ['/graphiques/', '/en/charts/'],
    ['/embed/signatures/', '/en/embed/signatures/'],
    ['/embed/actions-par-annee/territoire-lyon--domaine-sante/', '/en/embed/actions-par-annee/territoire-lyon--domaine-sante/'],
    ['/embed/versions/1.2.0/signatures/', '/en/embed/versions/1.2.0/signatures/'],
  ])('%s ↔ %s', (frPath, enPath) => {
    expect(twinPath(frPath, 'en')).toBe(enPath);
    expect(twinPath(enPath, 'fr')).toBe(frPath);
  });

  test('embeds without an English twin keep none', () => {
    // The map embed has its own twin (the map's edition), not a chart's.
    expect(twinPath('/embed/carte/lyon/', 'en')).toBe('/en/embed/map/lyon/');
    expect(twinPath('/embed/chiffre/x/', 'en')).toBeNull();
    expect(twinPath('/embed/versions/1.2.0/signatures/territoire-lyon/', 'en')).toBeNull();
  });
});
