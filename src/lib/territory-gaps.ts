/**
 * What is missing about a territory, stated from its data: readers see the gaps as plainly as
 * the facts (a territory with no documented action is « no data », never « zero »).
 */
import type { Territory } from '../schemas/territory.ts';
import { t as dict } from './i18n/index.ts';
import type { Lang } from './i18n/lang.ts';

export function territoryGaps(
  t: Pick<Territory, 'confidence'> & { contract: Pick<Territory['contract'], 'firstSignature' | 'funding' | 'events'> },
  actionCount: number,
  lang: Lang = 'fr',
): string[] {
  const d = dict(lang).gaps;
  const gaps: string[] = [];
  if (actionCount === 0) gaps.push(d.noAction);
  const sig = t.contract.firstSignature;
  if (sig.precision === 'inconnue') gaps.push(d.noDate);
  else if (sig.precision === 'année') gaps.push(d.yearOnly);
  else if (sig.precision === 'mois') gaps.push(d.monthOnly);
  if (sig.qualifier === 'annoncée') gaps.push(d.announced);
  if (sig.qualifier === 'déduite') gaps.push(d.inferred);
  if (t.contract.funding.length === 0) gaps.push(d.noFunding);
  if (t.contract.events.length === 0) gaps.push(d.noEvents);
  if (t.confidence === 'moyenne' || t.confidence === 'faible') gaps.push(d.lowConfidence(t.confidence));
  return gaps;
}
