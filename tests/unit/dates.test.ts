/**
 * The shared date rules (src/schemas/dates.ts): an impossible calendar date is refused, never rolled
 * over, at every precision; years outside the programme's plausible span are refused with the rule.
 * The clock is fixed (CTAI_TODAY) so « plus de 5 ans après aujourd’hui » does not drift.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarProblem, compareDates, dateProblem, today, yearProblem } from '../../src/schemas/dates.ts';
import { isoPartialDate } from '../../src/schemas/common.ts';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('calendar dates that do not exist are refused, whatever the precision', () => {
  it.each([
    ['2026-13', /le mois 13 n’existe pas/],
    ['2026-00', /le mois 00 n’existe pas/],
    ['2026-13-45', /le mois 13 n’existe pas/],
    ['2026-12-45', /décembre 2026 compte 31 jours/],
    ['2024-02-30', /février 2024 compte 29 jours/],
    ['2023-02-29', /février 2023 compte 28 jours \(2023 n’est pas bissextile\)/],
    ['2100-02-29', /2100 n’est pas bissextile/],
    ['2025-04-31', /avril 2025 compte 30 jours/],
    ['2025-01-00', /janvier 2025 compte 31 jours/],
    ['2025-1-5', /format AAAA, AAAA-MM ou AAAA-MM-JJ/],
    ['05/01/2025', /format/],
    ['2025-01-05T10:00', /format/],
    [' 2025', /format/],
    ['２０２５', /format/],
  ])('%s', (value, message) => expect(calendarProblem(value)).toMatch(message));

  it.each(['', '2019', '2019-06', '2019-06-30', '2024-02-29', '2000-02-29', '2023-02-28'])('%s exists', (value) =>
    expect(calendarProblem(value)).toBeNull(),
  );
});

describe('implausible years are refused with the rule in the message', () => {
  it('before the programme', () => expect(yearProblem(2014, NOW)).toMatch(/année 2014 : avant 2015/));
  it('far future, measured from the build date', () => {
    expect(yearProblem(2099, NOW)).toBe('année 2099 : plus de 5 ans après aujourd’hui (2026), limite 2031');
    expect(yearProblem(2031, NOW)).toBeNull();
    expect(yearProblem(2032, NOW)).toMatch(/plus de 5 ans/);
    expect(yearProblem(2032, new Date('2027-06-01T00:00:00Z'))).toBeNull();
  });
  it('fractional years', () => expect(yearProblem(2019.5, NOW)).toMatch(/nombre entier/));
  it('applies to every precision of a date', () => {
    expect(dateProblem('2099', NOW)).toMatch(/année 2099/);
    expect(dateProblem('2012-05-03', NOW)).toMatch(/année 2012 : avant 2015/);
    expect(dateProblem('', NOW)).toBeNull();
  });
});

describe('the build date is injectable', () => {
  const saved = process.env.CTAI_TODAY;
  beforeEach(() => void (process.env.CTAI_TODAY = '2040-01-01'));
  afterEach(() => (saved === undefined ? delete process.env.CTAI_TODAY : (process.env.CTAI_TODAY = saved)));
  it('CTAI_TODAY moves the far-future limit, in the schemas too', () => {
    expect(today().toISOString()).toBe('2040-01-01T00:00:00.000Z');
    expect(isoPartialDate.safeParse('2044-03').success).toBe(true);
    process.env.CTAI_TODAY = '2026-12-01';
    expect(isoPartialDate.safeParse('2044-03').success).toBe(false);
  });
  it('an impossible CTAI_TODAY is refused rather than rolled over', () => {
    process.env.CTAI_TODAY = '2026-02-30';
    expect(() => today()).toThrow(/CTAI_TODAY invalide/);
  });
});

describe('schemas never roll a date over', () => {
  it('a YAML/JS Date is not how impossible dates come in: text is checked as written', () => {
    const r = isoPartialDate.safeParse('2026-13-45');
    expect(r.success).toBe(false);
  });
});

describe('partial dates compare at their common precision', () => {
  it.each([
    ['2019', '2019-06', 0],
    ['2019-07', '2019-06-30', 1],
    ['2019-06-01', '2019-06-02', -1],
    ['', '2019', 0],
  ] as const)('%s vs %s', (a, b, expected) => expect(compareDates(a, b)).toBe(expected));
});
