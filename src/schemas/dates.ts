/**
 * The one place that decides whether a date or a year can be published: a real calendar date
 * (never rolled over: 2024-02-30 is refused, not read as 1 March) within the programme's plausible
 * span. Used by every schema (research import, spreadsheet import, content collections) so all
 * paths refuse the same inputs with the same French wording. Pure: no Astro, no file system.
 */
import { z } from 'astro/zod';

/** Years before this are before the programme (first contracts in 2018; 2015 leaves a margin for preparatory texts). */
export const PROGRAMME_START_YEAR = 2015;
/** A date more than this many years after the build is a typo (2099 for 2019), not an announcement. */
export const MAX_YEARS_AHEAD = 5;

/**
 * The build's "today". `CTAI_TODAY=AAAA-MM-JJ` fixes it (tests, reproducible builds); otherwise the
 * real clock. Read at each call so a test can change it between runs.
 */
export function today(): Date {
  const fixed = globalThis.process?.env?.CTAI_TODAY;
  if (fixed) {
    const problem = calendarProblem(fixed);
    if (problem || fixed.length !== 10) throw new Error(`CTAI_TODAY invalide (${fixed}) : date AAAA-MM-JJ attendue`);
    return new Date(`${fixed}T00:00:00Z`);
  }
  return new Date();
}

/** French month names, January first (shared with src/lib/format.ts). */
export const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `value` is not a calendar date in ISO form (AAAA, AAAA-MM or AAAA-MM-JJ), or null when it is
 * one. The empty string means « unknown » and is accepted.
 */
export function calendarProblem(value: string): string | null {
  if (value === '') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return `date attendue au format AAAA, AAAA-MM ou AAAA-MM-JJ, reçu « ${value} »`;
  const year = Number(m[1]);
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `date impossible « ${value} » : le mois ${m[2]} n’existe pas (01 à 12)`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    const name = MONTH_NAMES[month - 1]!;
    return `date impossible « ${value} » : ${name} ${year} compte ${max} jours${day === 29 && month === 2 ? ` (${year} n’est pas bissextile)` : ''}`;
  }
  return null;
}

/** Why a year cannot be a fact of the programme, with the rule in the message, or null. */
export function yearProblem(year: number, now: Date = today()): string | null {
  if (!Number.isInteger(year)) return `année attendue en nombre entier, reçu « ${year} »`;
  if (year < PROGRAMME_START_YEAR)
    return `année ${year} : avant ${PROGRAMME_START_YEAR}, c’est-à-dire avant le programme (premiers contrats en 2018)`;
  const limit = now.getUTCFullYear() + MAX_YEARS_AHEAD;
  if (year > limit)
    return `année ${year} : plus de ${MAX_YEARS_AHEAD} ans après aujourd’hui (${now.getUTCFullYear()}), limite ${limit}`;
  return null;
}

/** Calendar and plausibility together: what every published date must pass. */
export function dateProblem(value: string, now: Date = today()): string | null {
  return calendarProblem(value) ?? (value === '' ? null : yearProblem(Number(value.slice(0, 4)), now));
}

/**
 * Order of two partial ISO dates at their common precision: `2019` vs `2019-06` is undecided (0),
 * `2019-07` vs `2019-06-30` is after (1). Both must be valid; empty dates are undecided.
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A programme year as a schema: integer, in the plausible span (message names the rule). */
export const programmeYear = z.number().superRefine((y, ctx) => {
  const problem = yearProblem(y);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A date string as a schema (format, calendar, plausibility). */
export const strictDate = z.string().superRefine((s, ctx) => {
  const problem = dateProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
