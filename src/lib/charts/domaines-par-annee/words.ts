/** The generated text of « Les domaines d’action au fil des années » in each language (French unchanged). */
import { plural } from '../../format.ts';
import { plural as pluralEn } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { listIn } from '../shared/text.ts';

export interface DomainYearWords {
  tip(label: string, year: number, count: number): string;
  column: { domain: string };
  scaleNote: string;
  undatedNote(n: number): string;
  without(labels: string[]): string;
  none(where: string): string;
  withAction(n: number, where: string): string;
  peak(label: string, year: number, count: number): string;
  undated(n: number): string;
}

const fr: DomainYearWords = {
  tip: (label, year, count) => `${label}, ${year} : ${plural(count, 'action active', 'actions actives')}`,
  column: { domain: 'Domaine' },
  scaleNote:
    'Chaque petit graphique compte les actions actives chaque année dans un domaine, sur la même échelle verticale ; une action de plusieurs domaines figure dans chacun.',
  undatedNote: (n) => `${plural(n, 'action sans année connue n’apparaît', 'actions sans année connue n’apparaissent')} pas.`,
  without: (labels) => `Aucune action documentée dans : ${listIn(labels, 'fr')}.`,
  none: (where) => `Aucune action documentée ${where}.`,
  withAction: (n, where) =>
    `${plural(n, 'domaine a', 'domaines ont')} au moins une action documentée${where ? ` ${where}` : ''}.`,
  peak: (label, year, count) =>
    `Le pic le plus haut est celui du domaine « ${label} » en ${year} : ${plural(count, 'action active', 'actions actives')}.`,
  undated: (n) => `${plural(n, 'action n’a', 'actions n’ont')} pas d’année connue.`,
};

const en: DomainYearWords = {
  tip: (label, year, count) => `${label}, ${year}: ${pluralEn(count, 'active action', 'active actions', 'en')}`,
  column: { domain: 'Domain' },
  scaleNote:
    'Each small chart counts the actions active each year in one domain, on the same vertical scale; an action in several domains appears in each.',
  undatedNote: (n) => `${pluralEn(n, 'action with no known year does', 'actions with no known year do', 'en')} not appear.`,
  without: (labels) => `No documented action in: ${listIn(labels, 'en')}.`,
  none: (where) => `No documented action ${where}.`,
  withAction: (n, where) =>
    `${pluralEn(n, 'domain has', 'domains have', 'en')} at least one documented action${where ? ` ${where}` : ''}.`,
  peak: (label, year, count) =>
    `The highest peak is that of the domain “${label}” in ${year}: ${pluralEn(count, 'active action', 'active actions', 'en')}.`,
  undated: (n) => `${pluralEn(n, 'action has', 'actions have', 'en')} no known year.`,
};

export const DOMAIN_YEAR_WORDS: Record<Lang, DomainYearWords> = { fr, en };
