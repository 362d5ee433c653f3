/** The English edition: formatting in English conventions, twin pages, labels for every stored value. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatEuros, formatIsoDate, formatNumber, formatPartialDate, formatYears, plural } from '../../src/lib/i18n/format.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { fr } from '../../src/lib/i18n/fr.ts';
import { carrierKindLabel, confidenceLabel, domainLabel, statusLabel } from '../../src/lib/i18n/labels.ts';
import { actionSummary, actionTitle } from '../../src/lib/i18n/action-text.ts';
import { langOfPath, twinHref, twinPath, withPlace } from '../../src/lib/i18n/paths.ts';
import { sitemapAlternates } from '../../src/lib/i18n/sitemap.ts';
import { SIGNATORY_KIND_ORDER, kindCounts, signatoryKindName } from '../../src/lib/signatory-kinds.ts';
import { ACTION_STATUSES, CARRIER_KINDS } from '../../src/schemas/action-values.ts';
import { CONFIDENCE_LEVELS } from '../../src/schemas/common.ts';

const NBSP = '\u00A0';
const v = (s: string) => s.replaceAll('~', NBSP);

describe('English formatting', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [300000, '300,000'],
    [1234567.5, '1,234,567.5'],
  ])('number %d → %s', (n, out) => expect(formatNumber(n, 'en')).toBe(out));

  it.each([
    [300000, '€300,000'],
    [3000000, '€3m'],
    [2500000, '€2.5m'],
    [1234567, '€1,234,567'],
  ])('euros %d → %s', (n, out) => expect(formatEuros(n, 'en')).toBe(out));

  it.each([
    ['2019-06-12', '12~June~2019'],
    ['2019-06-01', '1~June~2019'],
    ['2022-12', 'December~2022'],
    ['2019', '2019'],
    ['', 'date unknown'],
  ])('date %s → %s', (iso, out) => expect(formatIsoDate(iso, 'en')).toBe(v(out)));

  it('qualifiers and bounds have English forms, never the French ones', () => {
    expect(formatPartialDate({ value: '2022-01-19', qualifier: 'annoncée' }, 'en')).toBe(v('19~January~2022 (announced date)'));
    expect(formatPartialDate({ value: '2019', qualifier: 'déduite' }, 'en')).toBe('2019 (inferred date)');
    expect(formatPartialDate({ value: '2019-03', qualifier: 'confirmée' }, 'en')).toBe(v('March~2019'));
    // Pau: signed after the prefect took office; the bound is said as a bound, never as the date.
    expect(formatPartialDate({ value: '', qualifier: 'confirmée', after: '2022-10-24' }, 'en')).toBe(v('after 24~October~2022'));
    expect(formatPartialDate({ value: '', qualifier: 'déduite', after: '2022-10', before: '2023' }, 'en')).toBe(
      v('after October~2022 and before 2023 (inferred bound)'),
    );
  });

  it('the French edition is unchanged', () => {
    expect(formatPartialDate({ value: '', qualifier: 'confirmée', after: '2022-10-24' }, 'fr')).toBe(
      v('après le~24~octobre~2022'),
    );
    expect(formatEuros(3000000, 'fr')).toBe(v('3~M€'));
  });

  it('years and plurals', () => {
    expect(formatYears({ startYear: 2020, endYear: 2022, recurring: false }, 'en')).toBe('2020–2022');
    expect(formatYears({ startYear: 2025, endYear: null, recurring: false }, 'en')).toBe('since 2025');
    expect(formatYears({ startYear: null, endYear: null, recurring: true }, 'en')).toBe('every year');
    expect(formatYears({ startYear: null, endYear: null, recurring: false }, 'en')).toBe('years not stated');
    expect(plural(1, 'territory', 'territories', 'en')).toBe(v('1~territory'));
    expect(plural(0, 'territory', 'territories', 'en')).toBe(v('0~territories'));
    expect(plural(1200, 'action', 'actions', 'en')).toBe(v('1,200~actions'));
  });
});

describe('twin pages', () => {
  it.each([
    ['/', '/en/'],
    ['/territoires/', '/en/territories/'],
    ['/territoires/lyon/', '/en/territories/lyon/'],
    ['/territoires/signataire/metropole/', '/en/territories/kind/metropole/'],
    ['/actions/', '/en/actions/'],
    ['/actions/grenoble-rising/', '/en/actions/grenoble-rising/'],
    ['/a-propos/', '/en/about/'],
    ['/donnees/', '/en/data/'],
    ['/carte/', '/en/map/'],
    ['/embed/carte/lyon/', '/en/embed/map/lyon/'],
  ])('%s ⇄ %s', (frPath, enPath) => {
    expect(twinPath(frPath, 'en')).toBe(enPath);
    expect(twinPath(enPath, 'fr')).toBe(frPath);
    expect(langOfPath(enPath)).toBe('en');
    expect(langOfPath(frPath)).toBe('fr');
  });
  it('pages not yet in English have no twin (the switch then leads to the other home)', () => {
    for (const p of ['/articles/x/', '/domaines/logement/']) expect(twinPath(p, 'en')).toBeNull();
    // Filtered catalogue pages are French-only: not confused with an action page.
    expect(twinPath('/actions/domaine/logement/', 'en')).toBeNull();
    expect(twinPath('/actions/territoire/lyon/', 'en')).toBeNull();
    expect(twinPath('/en/unknown/page/', 'fr')).toBeNull();
  });
});

describe('labels of stored values', () => {
  it('every status, carrier kind, confidence level and signatory kind has an English label', () => {
    for (const s of ACTION_STATUSES) expect(statusLabel(s, 'en')).toMatch(/^[a-z ()A-Z-]+$/);
    for (const k of CARRIER_KINDS) expect(carrierKindLabel(k, 'en')).not.toBe('');
    for (const c of CONFIDENCE_LEVELS) expect(confidenceLabel(c, 'en')).toMatch(/^[a-z-]+$/);
    for (const k of SIGNATORY_KIND_ORDER) expect(signatoryKindName(k, 'en')).not.toBe('');
    expect(statusLabel('en cours', 'en')).toBe('ongoing');
    expect(statusLabel('en cours', 'fr')).toBe('en cours');
    expect(kindCounts([{ signatoryKind: 'métropole' }], 'en')[0]!.label).toBe('Metropolises');
  });

  it('every domain of content/domains.json has English labels', () => {
    const domains = JSON.parse(readFileSync('content/domains.json', 'utf8')) as Record<string, string>[];
    for (const d of domains) {
      expect(d['labelEn'], d['id']).toBeTruthy();
      expect(d['shortLabelEn'], d['id']).toBeTruthy();
      expect(d['descriptionEn'], d['id']).toBeTruthy();
    }
  });

  it('a domain without an English label falls back to its French label, said to be French', () => {
    expect(domainLabel({ label: 'Logement', labelEn: 'Housing' }, 'en')).toEqual({ text: 'Housing', lang: 'en' });
    expect(domainLabel({ label: 'Logement' }, 'en')).toEqual({ text: 'Logement', lang: 'fr' });
    expect(domainLabel({ label: 'Logement', labelEn: 'Housing' }, 'fr')).toEqual({ text: 'Logement', lang: 'fr' });
  });

  it('an editor’s English title is shown in English; without it the French title, marked French', () => {
    const a = { title: 'Cours de français', summary: 'Des cours.' };
    expect(actionTitle({ ...a, titleEn: 'French classes' }, 'en')).toEqual({ text: 'French classes', lang: 'en' });
    expect(actionTitle(a, 'en')).toEqual({ text: 'Cours de français', lang: 'fr' });
    expect(actionTitle({ ...a, titleEn: 'French classes' }, 'fr')).toEqual({ text: 'Cours de français', lang: 'fr' });
    expect(actionSummary({ ...a, summaryEn: '' }, 'en')).toEqual({ text: 'Des cours.', lang: 'fr' });
  });
});

describe('dictionaries', () => {
  /** Every key path of a dictionary, with the kind of its value. */
  const shape = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, val]) =>
      typeof val === 'object' && val !== null ? shape(val as object, `${prefix}${k}.`) : [`${prefix}${k}:${typeof val}`],
    );
  it('English has exactly the French keys (the type checks this too)', () => {
    expect(shape(en).sort()).toEqual(shape(fr).sort());
  });
});

describe('sitemap alternates', () => {
  it('a page with a twin lists both editions and x-default (French), under the base path too', () => {
    expect(sitemapAlternates('https://x.org/territoires/lyon/', '/')).toEqual([
      { lang: 'fr', url: 'https://x.org/territoires/lyon/' },
      { lang: 'en', url: 'https://x.org/en/territories/lyon/' },
      { lang: 'x-default', url: 'https://x.org/territoires/lyon/' },
    ]);
    expect(sitemapAlternates('https://x.org/ctai/en/about/', '/ctai/')).toEqual([
      { lang: 'fr', url: 'https://x.org/ctai/a-propos/' },
      { lang: 'en', url: 'https://x.org/ctai/en/about/' },
      { lang: 'x-default', url: 'https://x.org/ctai/a-propos/' },
    ]);
  });
  it('a page without a twin has none', () => {
    expect(sitemapAlternates('https://x.org/domaines/logement/', '/')).toEqual([]);
  });
});

describe('the switch keeps the place', () => {
  it('maps a site link to its twin under a base path, and leaves the others alone', () => {
    expect(twinHref('/ctai/territoires/lyon/', 'en', '/ctai/')).toBe('/ctai/en/territories/lyon/');
    expect(twinHref('/actions/grenoble-rising/', 'en', '/')).toBe('/en/actions/grenoble-rising/');
    expect(twinHref('/domaines/logement/', 'en', '/')).toBe('/domaines/logement/');
    expect(twinHref('https://example.org/x/', 'en', '/')).toBe('https://example.org/x/');
  });
  it('carries the query string and hash to the twin, replacing any it had', () => {
    expect(withPlace('/en/map/', '?domaines=logement&territoire=lyon&v=1', '')).toBe(
      '/en/map/?domaines=logement&territoire=lyon&v=1',
    );
    expect(withPlace('/carte/?old=1#x', '?domaines=sante', '#donnees-partielles')).toBe(
      '/carte/?domaines=sante#donnees-partielles',
    );
    expect(withPlace('/en/map/?old=1', '', '')).toBe('/en/map/');
  });
});
