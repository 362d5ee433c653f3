/** The generated text of « Actions documentées, année par année » in each language (French unchanged). */
import { plural } from '../../format.ts';
import { plural as pluralEn } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { listIn } from '../shared/text.ts';

export interface YearColumnsWords {
  tip(year: number, count: number): string;
  column: { year: string; active: string; undatedRow: string };
  undated(n: number): string;
  allDated: string;
  spreadNote: string;
  none(where: string): string;
  total(n: number, where: string): string;
  peak(peaks: string[], max: number): string;
  range(from: number, to: number): string;
}

const fr: YearColumnsWords = {
  tip: (year, count) => `${year} : ${plural(count, 'action active', 'actions actives')}`,
  column: { year: 'Année', active: 'Actions actives', undatedRow: 'Sans année connue' },
  undated: (n) =>
    `${plural(n, 'action documentée n’a', 'actions documentées n’ont')} pas d’année connue et ne ${n > 1 ? 'figurent' : 'figure'} pas dans les colonnes.`,
  allDated: 'Toutes les actions documentées ont une année connue.',
  spreadNote:
    'Une action menée sur plusieurs années est comptée chaque année où elle est active ; une action sans date de fin court jusqu’à l’année de la recherche.',
  none: (where) => `Aucune action documentée ${where}.`,
  total: (n, where) => `${plural(n, 'action documentée', 'actions documentées')}${where ? ` ${where}` : ''}.`,
  peak: (peaks, max) =>
    `${peaks.length > 1 ? `Les années ${listIn(peaks, 'fr')} comptent` : `L’année ${peaks[0]} compte`} le plus d’actions actives : ${max}.`,
  range: (from, to) => `Des actions sont documentées de ${from} à ${to}.`,
};

const en: YearColumnsWords = {
  tip: (year, count) => `${year}: ${pluralEn(count, 'active action', 'active actions', 'en')}`,
  column: { year: 'Year', active: 'Active actions', undatedRow: 'No known year' },
  undated: (n) =>
    `${pluralEn(n, 'documented action has', 'documented actions have', 'en')} no known year and ${n > 1 ? 'are' : 'is'} not in the columns.`,
  allDated: 'Every documented action has a known year.',
  spreadNote:
    'An action carried out over several years is counted in each year it is active; an action without an end date runs until the year of the research.',
  none: (where) => `No documented action ${where}.`,
  total: (n, where) => `${pluralEn(n, 'documented action', 'documented actions', 'en')}${where ? ` ${where}` : ''}.`,
  peak: (peaks, max) =>
    `${peaks.length > 1 ? `The years ${listIn(peaks, 'en')} have` : `The year ${peaks[0]} has`} the most active actions: ${max}.`,
  range: (from, to) => `Actions are documented from ${from} to ${to}.`,
};

export const YEAR_COLUMNS_WORDS: Record<Lang, YearColumnsWords> = { fr, en };
