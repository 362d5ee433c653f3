/**
 * French formatting: numbers, amounts, partial dates and typography (non-breaking spaces).
 * Pure and deterministic (fixed locale, UTC) so build output is stable.
 */
import type { PartialDate } from '../schemas/common.ts';
import { MONTH_NAMES } from '../schemas/dates.ts';

const NNBSP = '\u202F'; // narrow no-break space: before ; ! ? and inside « »
const NBSP = '\u00A0'; // no-break space: before :

const numberFmt = new Intl.NumberFormat('fr-FR');
export function formatNumber(n: number): string {
  return numberFmt.format(n);
}

/** 300000 → « 300 000 € » ; 3000000 → « 3 M€ » when round. */
export function formatEuros(n: number): string {
  if (n >= 1_000_000 && n % 100_000 === 0) return `${numberFmt.format(n / 1_000_000)}${NBSP}M€`;
  return `${numberFmt.format(n)}${NBSP}€`;
}

/** ISO partial date → « 12 juin 2019 », « juin 2019 », « 2019 », or « date inconnue ». */
export function formatIsoDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!y) return 'date inconnue';
  if (!m) return y;
  const month = MONTH_NAMES[Number(m) - 1]!;
  if (!d) return `${month}${NBSP}${y}`;
  const day = Number(d) === 1 ? '1er' : String(Number(d));
  return `${day}${NBSP}${month}${NBSP}${y}`;
}

/** A sourced partial date with its qualifier: « 19 janvier 2022 (date annoncée) ». */
export function formatPartialDate(date: Pick<PartialDate, 'value' | 'qualifier' | 'after' | 'before'>): string {
  // Unknown date with a bound: say the bound as a bound (« après le 24 octobre 2022 »), never as the date.
  if (!date.value && (date.after || date.before)) {
    const on = (v: string) => (v.length === 10 ? `le${NBSP}${formatIsoDate(v)}` : formatIsoDate(v));
    const span = [date.after && `après ${on(date.after)}`, date.before && `avant ${on(date.before)}`]
      .filter(Boolean)
      .join(' et ');
    return date.qualifier === 'déduite' ? `${span} (borne déduite)` : span;
  }
  const base = formatIsoDate(date.value);
  if (date.qualifier === 'annoncée') return `${base} (date annoncée)`;
  if (date.qualifier === 'déduite') return `${base} (date déduite)`;
  return base;
}

/** Years span of an action: « 2020–2022 », « depuis 2025 », « chaque année », « années non précisées ». */
export function formatYears(a: { startYear: number | null; endYear: number | null; recurring: boolean }): string {
  if (a.recurring) return 'chaque année';
  if (a.startYear === null) return 'années non précisées';
  if (a.endYear === null) return `depuis ${a.startYear}`;
  return a.startYear === a.endYear ? String(a.startYear) : `${a.startYear}–${a.endYear}`;
}

/**
 * French typography on plain text: no-break space before « : », narrow no-break space before
 * « ; ! ? » and inside guillemets. Leaves URLs and times (12:30) alone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]*([;!?]+)(?=\s|$)/g, `${NNBSP}$1`)
    .replace(/(\S)[ \u00A0\u202F]*:(?=\s|$)/g, `$1${NBSP}:`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`)
    .replace(/'/g, '’');
}

/** « 1 action », « 46 actions » */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(n)}${NBSP}${n === 1 || n === 0 ? singular : pluralForm}`;
}
