/**
 * « Les sources divergent » : where the research records conflicting amounts, dates or wordings
 * for a territory. Derived from the data (several funding entries, notes that say so), never
 * written by hand, so a new conflict in the research shows up on the page by itself.
 */
import type { Territory } from '../schemas/territory.ts';

type Funding = Territory['contract']['funding'][number];

export interface Divergence {
  /** Every funding entry when the sources give more than one amount, else []. */
  amounts: Funding[];
  /** The research's notes that describe a disagreement between sources. */
  notes: string[];
}

/** Wordings the research uses when sources disagree (« diffèrent », « contredit », « incertain »…). */
const DISAGREEMENT = /diff[èe]r|divergen|contredi|contradi|incoh[ée]ren|incertain|selon les sources|alors que|la DIAIR parle/i;

export function sourceDivergence(
  t: Pick<Territory, 'notes' | 'confidenceNote' | 'signatoryKindOriginal'> & {
    contract: Pick<Territory['contract'], 'funding'>;
  },
): Divergence {
  const funding = t.contract.funding;
  const distinct = new Set(funding.map((f) => f.amountEur));
  const amounts = distinct.size > 1 ? funding : [];
  const notes = [t.notes, t.signatoryKindOriginal, t.confidenceNote].filter((n) => n !== '' && DISAGREEMENT.test(n));
  return { amounts, notes: [...new Set(notes)] };
}

export function hasDivergence(d: Divergence): boolean {
  return d.amounts.length > 0 || d.notes.length > 0;
}
