/**
 * Contracts over time: each territory's first signature placed as precisely as the sources allow
 * (a day, a month, a year), the cohort year when no date is known, and the amendments and renewals
 * recorded in `contract.events`.
 */
import { compareFr } from '../../collate.ts';
import { memoized } from '../../dataset-index.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { ChartData, ChartParams } from '../types.ts';
import { SIGNATURES_WORDS } from './words.ts';

/**
 * How a date is drawn: a point (day), a short span (month), a year span, a bound (« après le 24
 * octobre 2022 »: an arrow from the bound, never a point), a cohort year, or nothing.
 */
export type Placement = 'jour' | 'mois' | 'année' | 'borne' | 'cohorte' | 'inconnue';

export interface Span {
  /** Fractional years: 2019.45 is mid-June 2019. */
  start: number;
  end: number;
}

export interface SignatureEvent {
  kind: 'avenant' | 'renouvellement';
  placement: Placement;
  span: Span | null;
  label: string;
  text: string;
}

export interface SignatureRow {
  id: string;
  name: string;
  placement: Placement;
  /** Null when neither a date nor a cohort year is known. */
  span: Span | null;
  /** Announced or inferred dates are drawn hollow. */
  uncertain: boolean;
  /** For a bound: the date is after (`after`) or before (`before`) the span. */
  boundSide: 'after' | 'before' | null;
  /** « 12 juin 2019 », « 2019 (année de cohorte) », « date inconnue ». */
  label: string;
  precisionLabel: string;
  cohortYear: number | null;
  events: SignatureEvent[];
  highlight: boolean;
}

export interface SignaturesState {
  rows: SignatureRow[];
  counts: Record<Placement, number>;
  events: number;
  highlight: string | null;
}

/** ISO partial date → span in fractional years (a day is a point). */
export function spanOf(value: string): Span | null {
  const [y, m, d] = value.split('-').map(Number);
  if (!y) return null;
  if (!m) return { start: y, end: y + 1 };
  if (!d) return { start: y + (m - 1) / 12, end: y + m / 12 };
  const t = y + (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1));
  return { start: t, end: t };
}

export function signaturesState(data: ChartData, params: ChartParams, lang: Lang = 'fr'): SignaturesState {
  // Every view draws every territory; only the highlight differs, so the rows are built once.
  const rows = memoized(data, lang === 'fr' ? 'signatureRows' : `signatureRows:${lang}`, (d) => signatureRows(d, lang)).map(
    (r) => ({ ...r, highlight: r.id === params.territoire }),
  );
  const counts: Record<Placement, number> = { jour: 0, mois: 0, année: 0, borne: 0, cohorte: 0, inconnue: 0 };
  for (const r of rows) counts[r.placement]++;
  return { rows, counts, events: rows.reduce((n, r) => n + r.events.length, 0), highlight: params.territoire ?? null };
}

/** One row per territory, in chart order, none highlighted; labels in `lang`. */
function signatureRows(data: ChartData, lang: Lang): SignatureRow[] {
  const w = SIGNATURES_WORDS[lang];
  const rows: SignatureRow[] = data.territories.map((t) => {
    const first = t.contract.firstSignature;
    let placement: Placement = first.precision;
    let span = spanOf(first.value);
    let label = w.date(first);
    // A bound says more about the signature than the cohort's year of commitment: it comes first.
    const bound = first.after || first.before;
    if (!span && bound) {
      placement = 'borne';
      span = spanOf(bound);
    } else if (!span && t.contract.cohortYear !== null) {
      placement = 'cohorte';
      span = { start: t.contract.cohortYear, end: t.contract.cohortYear + 1 };
      label = w.cohortLabel(t.contract.cohortYear);
    }
    const events: SignatureEvent[] = t.contract.events
      .filter((e): e is typeof e & { kind: 'avenant' | 'renouvellement' } => e.kind === 'avenant' || e.kind === 'renouvellement')
      .map((e) => ({
        kind: e.kind,
        placement: e.date.precision,
        span: spanOf(e.date.value),
        label: w.event(e.kind, e.date.value),
        text: e.text,
      }));
    return {
      id: t.id,
      name: t.name,
      placement,
      span,
      uncertain: first.qualifier !== 'confirmée',
      boundSide: placement === 'borne' ? (first.after ? 'after' : 'before') : null,
      label,
      precisionLabel: w.precision[placement],
      cohortYear: t.contract.cohortYear,
      events,
      highlight: false,
    };
  });
  return rows.sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) || compareFr(a.name, b.name));
}
