/**
 * Rules across fields that keep an implausible record from becoming a published fact: amounts,
 * and a contract's chronology (a first signature cannot follow an amendment or a renewal; a
 * funding period cannot end before it starts). Messages name the rule and the values.
 */
import { z } from 'astro/zod';
import { compareDates, dateProblem, yearProblem } from './dates.ts';

/** An amount in euros as a source states it: a finite number, zero or more. */
export const amountEur = z
  .number({ error: (iss) => `montant attendu en nombre d’euros (ex. 150000), reçu « ${String(iss.input)} »` })
  .superRefine((v, ctx) => {
    if (v < 0) ctx.addIssue({ code: 'custom', message: `montant négatif (${v} €) : un financement est positif ou nul` });
  });

/** Kinds of event that can only come after the first signature. */
const AFTER_SIGNATURE = new Set(['avenant', 'renouvellement']);

interface ChronologyInput {
  contract: {
    firstSignature: { value: string };
    events: { kind: string; date: { value: string } }[];
    funding: { period: string }[];
  };
}

/** A period written « 2019-2021 » or « 2019 à 2021 »: its two years, or null. */
function periodYears(period: string): [number, number] | null {
  const m = /\b(\d{4})\s*(?:-|–|à|au)\s*(\d{4})\b/.exec(period);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Chronology of a territory's contract, as a Zod refinement. */
export function checkChronology(t: ChronologyInput, ctx: z.RefinementCtx): void {
  const first = t.contract.firstSignature.value;
  t.contract.events.forEach((e, i) => {
    if (AFTER_SIGNATURE.has(e.kind) && compareDates(first, e.date.value) > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['contract', 'firstSignature', 'value'],
        message: `première signature (${first}) postérieure à un ${e.kind} (${e.date.value}, événement ${i + 1}) : l’ordre des dates est impossible`,
      });
    }
  });
  t.contract.funding.forEach((f, i) => {
    const years = periodYears(f.period);
    if (!years) return;
    const [start, end] = years;
    for (const y of years) {
      const problem = yearProblem(y);
      if (problem) ctx.addIssue({ code: 'custom', path: ['contract', 'funding', i, 'period'], message: problem });
    }
    if (end < start)
      ctx.addIssue({
        code: 'custom',
        path: ['contract', 'funding', i, 'period'],
        message: `période « ${f.period} » : la fin (${end}) précède le début (${start})`,
      });
  });
}

/**
 * A key figure whose value is written as an ISO date (« 2019-01-17 ») is a date: it must exist
 * and be plausible like every other date, at any depth of a breakdown.
 */
export function checkFigureDates(f: { value: unknown }, ctx: z.RefinementCtx): void {
  const visit = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string' && /^\d{4}-\d{1,2}(-\d{1,2})?$/.test(v.trim())) {
      const problem = dateProblem(v.trim());
      if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(f.value, ['value']);
}
