/**
 * The generated text of « L’enveloppe des contrats 2019-2020 par axe » in each language (French
 * unchanged). The axes' headings are the DIAIR's own French words: quoted as published, never translated.
 */
import type { Lang } from '../../i18n/lang.ts';
import { frName } from '../shared/text.ts';
import { decimal } from '../svg.ts';

export interface EnvelopeWords {
  /** A share as shown: « 18,5 % », "18.5%". */
  share(n: number): string;
  tip(label: string, share: number): string;
  column: { axis: string; share: string };
  source: string;
  unavailable: string;
  publishedNote(period: string): string;
  totalNote(n: number, total: number): string;
  largest(period: string, label: string, share: number): string;
  next(a: { label: string; share: number }, b: { label: string; share: number }): string;
  smallest(label: string, share: number): string;
}

const pct = (n: number) => `${decimal(n)} %`;
const fr: EnvelopeWords = {
  share: pct,
  tip: (label, share) => `${label} : ${pct(share)} de l’enveloppe`,
  column: { axis: 'Axe d’intervention', share: 'Part de l’enveloppe (%)' },
  source: 'Atlas CTAI, d’après la DIAIR',
  unavailable: 'La répartition de l’enveloppe n’est pas disponible dans les données.',
  publishedNote: (period) =>
    `Répartition publiée par la DIAIR pour les contrats de ${period}, en pourcentage de l’enveloppe ; le montant total n’y est pas indiqué.`,
  totalNote: (n, total) =>
    `Les ${n} parts publiées totalisent ${decimal(total)} %. Les intitulés sont ceux de la source ; ils ne recoupent pas exactement nos domaines d’action.`,
  largest: (period, label, share) =>
    `En ${period}, l’axe « ${label} » reçoit la plus grande part de l’enveloppe des contrats : ${pct(share)}.`,
  next: (a, b) => `Suivent « ${a.label} » (${pct(a.share)}) et « ${b.label} » (${pct(b.share)}).`,
  smallest: (label, share) => `La plus petite part va à « ${label} » : ${pct(share)}.`,
};

const pctEn = (n: number) => `${n}%`;
const en: EnvelopeWords = {
  share: pctEn,
  tip: (label, share) => `${label}: ${pctEn(share)} of the funding`,
  column: { axis: 'Axis of intervention (DIAIR’s heading, in French)', share: 'Share of the funding (%)' },
  source: 'Atlas CTAI, from the DIAIR',
  unavailable: 'The breakdown of the funding is not available in the data.',
  publishedNote: (period) =>
    `Breakdown published by the DIAIR for the contracts of ${period}, as a percentage of the funding; the total amount is not given.`,
  totalNote: (n, total) =>
    `The ${n} published shares add up to ${pctEn(total)}. The headings are the source’s own, in French; they do not exactly match our domains of action.`,
  largest: (period, label, share) =>
    `In ${period}, the axis « ${frName(label, 'en')} » receives the largest share of the contracts’ funding: ${pctEn(share)}.`,
  next: (a, b) =>
    `Next come « ${frName(a.label, 'en')} » (${pctEn(a.share)}) and « ${frName(b.label, 'en')} » (${pctEn(b.share)}).`,
  smallest: (label, share) => `The smallest share goes to « ${frName(label, 'en')} »: ${pctEn(share)}.`,
};

export const ENVELOPE_WORDS: Record<Lang, EnvelopeWords> = { fr, en };
