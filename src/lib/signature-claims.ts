/**
 * « Les sources divergent » on a signature date: the date the research keeps (with its sources)
 * beside any signature another source announced for a different month. Montpellier: the City gives
 * 10 December 2021; Montpellier Infos, after the council vote of 30 November 2021, announces an
 * official signature « en janvier ». Derived from the research's own words at build time, never
 * typed: a new announcement in the research shows up by itself.
 */
import type { PartialDate, Source } from '../schemas/common.ts';
import type { Territory } from '../schemas/territory.ts';
import { MONTH_NAMES } from '../schemas/dates.ts';

export interface SignatureClaim {
  date: Pick<PartialDate, 'value' | 'precision' | 'qualifier'>;
  /** True when the year was not written and is the first such month after the source's own date. */
  yearDeduced: boolean;
  sources: Source[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const FOLDED_MONTHS = MONTH_NAMES.map(fold);
/** « annonce … signature … en janvier [2022] », within one clause (no « . » or « ; » between). */
const ANNOUNCED = new RegExp(`annonc\\w*[^.;]*?signature[^.;]*?\\ben\\s+(${FOLDED_MONTHS.join('|')})(?:\\s+(\\d{4}))?`);

/** A signature month announced in an event's text, dated from the event, or null. */
function announced(event: Territory['contract']['events'][number]): SignatureClaim | null {
  const m = ANNOUNCED.exec(fold(event.text).replace(/[«»]/g, ' '));
  if (!m) return null;
  const month = FOLDED_MONTHS.indexOf(m[1]!) + 1;
  let year = m[2] ? Number(m[2]) : NaN;
  const yearDeduced = !m[2];
  if (yearDeduced) {
    // The next such month on or after the event (an announcement looks ahead).
    const [y, mo] = event.date.value.split('-').map(Number);
    if (!y || !mo) return null;
    year = month >= mo ? y : y + 1;
  }
  return {
    date: { value: `${year}-${String(month).padStart(2, '0')}`, precision: 'mois', qualifier: 'annoncée' },
    yearDeduced,
    sources: event.sources,
  };
}

/** Same month (or same year when one side knows only the year)? */
const agree = (a: string, b: string) => {
  const n = Math.min(a.length, b.length, 7);
  return n > 0 && a.slice(0, n) === b.slice(0, n);
};

/**
 * The claims on a territory's first signature when sources disagree, the kept date first; an
 * empty list when they agree or nothing else is announced.
 */
export function signatureClaims(t: Pick<Territory, 'contract'>): SignatureClaim[] {
  const kept = t.contract.firstSignature;
  if (!kept.value) return [];
  const others = t.contract.events
    .map(announced)
    .filter((c): c is SignatureClaim => c !== null && !agree(c.date.value, kept.value));
  if (others.length === 0) return [];
  const signature = t.contract.events.find((e) => e.kind === 'signature' && agree(e.date.value, kept.value));
  return [{ date: kept, yearDeduced: false, sources: signature?.sources ?? t.contract.sources }, ...others];
}
