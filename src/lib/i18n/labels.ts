/**
 * Labels of the fixed values our schemas store in French (statuses, carrier kinds, confidence,
 * contract link, date qualifiers, domains), in each edition. The stored value stays the French
 * key; only what the reader sees changes.
 */
import type { ActionStatus, CarrierKind } from '../../schemas/action-values.ts';
import type { Lang } from './lang.ts';

const STATUS_EN: Record<ActionStatus, string> = {
  réalisée: 'completed',
  'en cours': 'ongoing',
  'bilan agrégé': 'aggregate report',
  annoncée: 'announced',
  'engagement du contrat': 'contract commitment',
};
const CARRIER_EN: Record<CarrierKind, string> = {
  collectivité: 'local authority',
  'État et collectivités': 'State and local authorities',
  association: 'association',
  consortium: 'consortium',
  CCAS: 'municipal social action centre (CCAS)',
  autre: 'other',
};
type ConfidenceLevel = 'haute' | 'moyenne-haute' | 'moyenne' | 'faible';
const CONFIDENCE_EN: Record<ConfidenceLevel, string> = {
  haute: 'high',
  'moyenne-haute': 'medium-high',
  moyenne: 'medium',
  faible: 'low',
};
const CONTRACT_LINK: Record<'explicite' | 'contexte', Record<Lang, string>> = {
  explicite: {
    fr: 'explicite : une source rattache l’action au contrat',
    en: 'explicit: a source ties the action to the contract',
  },
  contexte: {
    fr: 'contexte : citée à côté du contrat, sans lien de financement établi',
    en: 'context: cited alongside the contract, with no established funding link',
  },
};

export function statusLabel(s: ActionStatus, lang: Lang): string {
  return lang === 'fr' ? s : STATUS_EN[s];
}
export function carrierKindLabel(k: CarrierKind, lang: Lang): string {
  return lang === 'fr' ? k : CARRIER_EN[k];
}
export function confidenceLabel(c: ConfidenceLevel, lang: Lang): string {
  return lang === 'fr' ? c : CONFIDENCE_EN[c];
}
export function contractLinkLabel(l: 'explicite' | 'contexte', lang: Lang): string {
  return CONTRACT_LINK[l][lang];
}

/**
 * A domain's label in an edition, with the language it is actually in: a domain without an
 * English label (an archived release) shows its French label, which the page marks `lang="fr"`.
 */
export function domainLabel(d: { label: string; labelEn?: string | undefined }, lang: Lang): { text: string; lang: Lang } {
  if (lang === 'en' && d.labelEn) return { text: d.labelEn, lang: 'en' };
  return { text: d.label, lang: 'fr' };
}
