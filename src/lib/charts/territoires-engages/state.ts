/**
 * The programme's published counts of engaged territories, in date order. They are not one series:
 * each counts a different perimeter (metropolises only, cities, all signatories…), so the chart
 * shows separate bars with their own unit and never joins them with a line.
 */
import { frenchTypography } from '../../format.ts';
import { formatIsoDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Figure } from '../../../schemas/figure.ts';
import type { ChartData } from '../types.ts';

/** Counts of territories found in the research, in the order the REPORT discusses them. */
export const COUNT_FIGURES = [
  'nb-2019-juillet',
  'nb-2019-fin',
  'nb-2021',
  'nb-2023-juin',
  'nb-2023-octobre',
  'nb-interieur',
  'nb-ti-22',
];

export interface CountPoint {
  id: string;
  value: number;
  unit: string;
  label: string;
  /** « juillet 2019 », « 2021 », « vers 2023 », « date inconnue » (English: "July 2019", "around 2023", "date unknown"). */
  when: string;
  /** Sort key: ISO partial date, '' when unknown. */
  date: string;
  confidence: Figure['confidence'];
  figure: Figure;
}

/**
 * When a count was published: the figure's period if it is a date; a bare year is refined by a
 * source dated within that year (« fin 2019 » is known from a page of November 2019).
 */
export function whenOf(f: Figure, lang: Lang = 'fr'): { date: string; when: string } {
  const period = f.period.trim();
  if (/^\d{4}-\d{2}$/.test(period)) return { date: period, when: formatIsoDate(period, lang) };
  if (/^\d{4}$/.test(period)) {
    const within = f.sources.map((s) => s.date).find((d) => d.startsWith(`${period}-`));
    return within ? { date: within.slice(0, 7), when: formatIsoDate(within.slice(0, 7), lang) } : { date: period, when: period };
  }
  const approx = /^~\s*(\d{4})$/.exec(period);
  if (approx) return { date: approx[1]!, when: `${lang === 'fr' ? 'vers' : 'around'} ${approx[1]}` };
  return { date: '', when: lang === 'fr' ? 'date inconnue' : 'date unknown' };
}

/** `lang` only sets how dates are written: labels and units are the sources' French words. */
export function countsState(data: ChartData, lang: Lang = 'fr'): CountPoint[] {
  return COUNT_FIGURES.map((id) => data.figures.find((f) => f.id === id))
    .filter((f): f is Figure => f !== undefined && typeof f.value === 'number')
    .map((f) => ({
      id: f.id,
      value: f.value as number,
      unit: f.unit,
      label: frenchTypography(f.label),
      confidence: f.confidence,
      figure: f,
      ...whenOf(f, lang),
    }))
    .sort((a, b) => (a.date === '' ? 1 : 0) - (b.date === '' ? 1 : 0) || a.date.localeCompare(b.date));
}
