/**
 * The programme's national milestones, in date order, from the key figures: every « date clé »
 * (instructions, circulaires, nominations, the first contract…), the OECD's studies, and every national count of
 * territories at its date (« 45 territoires signataires, octobre 2023 », AGIR's roll-out). Local
 * facts (the rank of one city's contract) stay on their territory's page. Pure; the timeline on
 * /a-propos/ draws it, each entry with its sources.
 */
import type { Figure } from '../schemas/figure.ts';

export interface Milestone {
  figure: Figure;
  /** ISO partial date the entry sits at (`2019`, `2021-10`, `2019-12-27`); '' when the source gives none. */
  date: string;
  /** True when the date is the figure's period (a count « au 17 octobre 2019 »), not a dated act. */
  isCount: boolean;
  /** « environ » when the period is approximate (« ~2023 »). */
  approximate: boolean;
}

/** Units of a national count of territories; « e contrat » (one city's rank) is not one. */
const NATIONAL_COUNT_UNITS = /^(territoires?|métropoles|contrats|villes|grandes villes|départements)\b/;
const LEADING_DATE = /^(~)?(\d{4}(?:-\d{2}(?!\d)(?:-\d{2})?)?)/;

function dateOf(f: Figure): Pick<Milestone, 'date' | 'isCount' | 'approximate'> | null {
  if (f.category === 'date clé' || f.category === 'OCDE') {
    const v = LEADING_DATE.exec(String(f.value));
    const p = LEADING_DATE.exec(f.period);
    const m = v ?? p;
    return { date: m?.[2] ?? '', isCount: false, approximate: Boolean(m?.[1]) };
  }
  if (f.category === 'territoires' && NATIONAL_COUNT_UNITS.test(f.unit)) {
    const m = LEADING_DATE.exec(f.period.trim());
    return { date: m?.[2] ?? '', isCount: true, approximate: Boolean(m?.[1]) };
  }
  return null;
}

/** Milestones sorted by date (a year before the months of that year), undated ones last. */
export function nationalMilestones(figures: readonly Figure[]): Milestone[] {
  return figures
    .map((figure) => {
      const d = dateOf(figure);
      return d ? { figure, ...d } : null;
    })
    .filter((m): m is Milestone => m !== null)
    .sort((a, b) => {
      if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.figure.id.localeCompare(b.figure.id);
      return a.date.localeCompare(b.date) || a.figure.id.localeCompare(b.figure.id);
    });
}
