/**
 * The generated text of « Combien de territoires engagés ? » in each language (French unchanged).
 * Each count's label and unit are the sources' French words: quoted, never translated.
 */
import { confidenceLabel } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { CountPoint } from './state.ts';

export interface CountsWords {
  /** The bar's label and the text after it. */
  bar(p: CountPoint): { label: string; value: string; lang: 'fr' | undefined };
  tip(p: CountPoint): string;
  columns: [string, string, string, string, string];
  confidence(p: CountPoint): string;
  source: string;
  none: string;
  notes: [string, string, string];
  range(first: CountPoint, last: CountPoint): string;
  shown(n: number, undated: number): string;
}

const fr: CountsWords = {
  bar: (p) => ({ label: `${p.when} — ${p.label}`, value: `${p.value} ${p.unit}`, lang: undefined }),
  tip: (p) => `${p.when} : ${p.value} ${p.unit} (${p.label}) — confiance ${p.confidence}`,
  columns: ['Date', 'Compteur publié', 'Nombre', 'Unité', 'Confiance'],
  confidence: (p) => p.confidence,
  source: 'Atlas CTAI, d’après la DIAIR, le ministère de l’Intérieur et la presse',
  none: 'Aucun compteur de territoires n’est disponible dans les données.',
  notes: [
    'Ces compteurs ne mesurent pas la même chose : métropoles seules, grandes villes, ou tous les signataires (communes, départements, régions, pactes territoriaux). Ils ne forment pas une série et ne doivent pas être lus comme une progression régulière.',
    'En gris, les compteurs de confiance moyenne (extrait tronqué, citation de presse, périmètre inconnu).',
    'La liste nominative des territoires derrière ces compteurs n’est pas publiée, sauf pour les 18 territoires nommés par la DIAIR en 2021.',
  ],
  range: (first, last) =>
    `Les compteurs publiés vont de ${first.value} ${first.unit} (${first.when}) à ${last.value} ${last.unit} (${last.when}), mais leurs périmètres diffèrent : ce ne sont pas les étapes d’une même série.`,
  shown: (n, undated) => `${n} compteurs sont présentés, dont ${undated} sans date précise.`,
};

const en: CountsWords = {
  // The label is the source's French wording: the bar carries it alone (marked French), the date goes after the number.
  bar: (p) => ({ label: p.label, value: `${p.value} · ${p.when}`, lang: 'fr' }),
  // The label is on the bar (marked French): the tooltip stays English.
  tip: (p) => `${p.when}: ${p.value} — ${confidenceLabel(p.confidence, 'en')} confidence`,
  columns: ['Date', 'Published count (source’s words, in French)', 'Number', 'Unit (in French)', 'Confidence'],
  confidence: (p) => confidenceLabel(p.confidence, 'en'),
  source: 'Atlas CTAI, from the DIAIR, the Ministry of the Interior and the press',
  none: 'No count of territories is available in the data.',
  notes: [
    'These counts do not measure the same thing: metropolises only, large cities, or all signatories (communes, départements, regions, territorial pacts). They do not form a series and must not be read as a steady progression.',
    'In grey, the counts of medium confidence (truncated excerpt, press quote, unknown perimeter).',
    'The list of the territories behind these counts is not published, except for the 18 territories named by the DIAIR in 2021.',
  ],
  range: (first, last) =>
    `The published counts range from ${first.value} (${first.when}) to ${last.value} (${last.when}), but their perimeters differ: they are not the steps of one series.`,
  shown: (n, undated) => `${n} counts are shown, ${undated} of them without a precise date.`,
};

export const COUNTS_WORDS: Record<Lang, CountsWords> = { fr, en };
