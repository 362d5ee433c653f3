/**
 * What is missing about a territory, stated from its data: readers see the gaps as plainly as
 * the facts (a territory with no documented action is « no data », never « zero »).
 */
import type { Territory } from '../schemas/territory.ts';

export function territoryGaps(
  t: Pick<Territory, 'confidence'> & { contract: Pick<Territory['contract'], 'firstSignature' | 'funding' | 'events'> },
  actionCount: number,
): string[] {
  const gaps: string[] = [];
  if (actionCount === 0)
    gaps.push(
      'Aucune action documentée : les sources consultées n’en décrivent aucune, ce qui ne veut pas dire qu’aucune n’a été menée.',
    );
  const sig = t.contract.firstSignature;
  if (sig.precision === 'inconnue') gaps.push('La date de première signature n’a pas été trouvée.');
  else if (sig.precision === 'année') gaps.push('Seule l’année de première signature est connue.');
  else if (sig.precision === 'mois') gaps.push('Seul le mois de première signature est connu.');
  if (sig.qualifier === 'annoncée')
    gaps.push('La date de signature est celle annoncée avant l’événement ; la signature effective n’est pas confirmée.');
  if (sig.qualifier === 'déduite')
    gaps.push('La date de signature est déduite (par exemple d’un jour de la semaine), pas écrite par une source.');
  if (t.contract.funding.length === 0) gaps.push('Aucun montant du financement de l’État n’a été trouvé.');
  if (t.contract.events.length === 0) gaps.push('Aucun événement du contrat (avenant, renouvellement, bilan) n’a été trouvé.');
  if (t.confidence === 'moyenne' || t.confidence === 'faible')
    gaps.push(`Confiance ${t.confidence} : ces informations reposent sur peu de sources et restent à vérifier.`);
  return gaps;
}
