/**
 * Numbers, amounts, partial dates and year spans in each edition's conventions. French delegates
 * to src/lib/format.ts (the edition of record, unchanged); English follows British conventions
 * (12 June 2019, 300,000, €3m). Pure and deterministic.
 */
import type { PartialDate } from '../../schemas/common.ts';
import * as fr from '../format.ts';
import type { Lang } from './lang.ts';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const NBSP = '\u00A0';
const enNumber = new Intl.NumberFormat('en-GB');

export function formatNumber(n: number, lang: Lang): string {
  return lang === 'fr' ? fr.formatNumber(n) : enNumber.format(n);
}

/** English: 300000 → « €300,000 » ; 3000000 → « €3m » when round. */
export function formatEuros(n: number, lang: Lang): string {
  if (lang === 'fr') return fr.formatEuros(n);
  if (n >= 1_000_000 && n % 100_000 === 0) return `€${enNumber.format(n / 1_000_000)}m`;
  return `€${enNumber.format(n)}`;
}

/** English: ISO partial date → « 12 June 2019 », « June 2019 », « 2019 », or « date unknown ». */
export function formatIsoDate(value: string, lang: Lang): string {
  if (lang === 'fr') return fr.formatIsoDate(value);
  const [y, m, d] = value.split('-');
  if (!y) return 'date unknown';
  if (!m) return y;
  const month = EN_MONTHS[Number(m) - 1]!;
  if (!d) return `${month}${NBSP}${y}`;
  return `${Number(d)}${NBSP}${month}${NBSP}${y}`;
}

/** English: « 19 January 2022 (announced date) », « after 24 October 2022 », « 2019 (inferred date) ». */
export function formatPartialDate(date: Pick<PartialDate, 'value' | 'qualifier' | 'after' | 'before'>, lang: Lang): string {
  if (lang === 'fr') return fr.formatPartialDate(date);
  // A bound is said as a bound, never as the date (same rule as the French edition).
  if (!date.value && (date.after || date.before)) {
    const span = [
      date.after && `after ${formatIsoDate(date.after, 'en')}`,
      date.before && `before ${formatIsoDate(date.before, 'en')}`,
    ]
      .filter(Boolean)
      .join(' and ');
    return date.qualifier === 'déduite' ? `${span} (inferred bound)` : span;
  }
  const base = formatIsoDate(date.value, 'en');
  if (date.qualifier === 'annoncée') return `${base} (announced date)`;
  if (date.qualifier === 'déduite') return `${base} (inferred date)`;
  return base;
}

/** English: « 2020–2022 », « since 2025 », « every year », « years not stated ». */
export function formatYears(a: { startYear: number | null; endYear: number | null; recurring: boolean }, lang: Lang): string {
  if (lang === 'fr') return fr.formatYears(a);
  if (a.recurring) return 'every year';
  if (a.startYear === null) return 'years not stated';
  if (a.endYear === null) return `since ${a.startYear}`;
  return a.startYear === a.endYear ? String(a.startYear) : `${a.startYear}–${a.endYear}`;
}

/** « 1 action », « 46 actions » in either language (English: 0 takes the plural, French the singular). */
export function plural(n: number, singular: string, pluralForm: string, lang: Lang): string {
  if (lang === 'fr') return fr.plural(n, singular, pluralForm);
  return `${enNumber.format(n)}${NBSP}${n === 1 ? singular : pluralForm}`;
}

/** Typography of interface text: French rules for French, none needed for English. */
export function typography(text: string, lang: Lang): string {
  return lang === 'fr' ? fr.frenchTypography(text) : text;
}
