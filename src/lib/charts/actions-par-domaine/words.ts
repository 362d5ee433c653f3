/**
 * The generated text of « Actions documentées par domaine » in each language. French strings are
 * the edition of record (snapshot-tested, unchanged); English is written for British readers.
 * Domain labels come in already in the view's language.
 */
import { plural } from '../../format.ts';
import { plural as pluralEn } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { listIn } from '../shared/text.ts';

type Named = { label: string; count: number };

export interface DomainBarsWords {
  tip(d: Named): string;
  column: { domain: string; actions: string };
  multiNote: string;
  without(where: string, labels: string[]): string;
  none(where: string): string;
  top(top: Named[], where: string, total: number): string;
  next(next: Named[]): string;
  represented(shown: number, all: number): string;
  focus(focus: Named): string;
  multi(n: number): string;
}

const fr: DomainBarsWords = {
  tip: (d) => `${d.label} : ${plural(d.count, 'action')}`,
  column: { domain: 'Domaine', actions: 'Actions documentées' },
  multiNote:
    'Une action peut relever de plusieurs domaines : elle est comptée dans chacun, si bien que la somme des barres dépasse le nombre d’actions.',
  without: (where, labels) => `Aucune action documentée ${where ? `${where} ` : ''}dans : ${listIn(labels, 'fr')}.`,
  none: (where) => `Aucune action documentée ${where}.`,
  top: (top, where, total) =>
    top.length === 1
      ? `Le domaine « ${top[0]!.label} » est le plus fréquent${where ? ` ${where}` : ''} : ${plural(top[0]!.count, 'action documentée', 'actions documentées')} sur ${total}.`
      : `Les domaines ${listIn(
          top.map((d) => `« ${d.label} »`),
          'fr',
        )} sont les plus fréquents${where ? ` ${where}` : ''} : ${plural(top[0]!.count, 'action documentée', 'actions documentées')} chacun sur ${total}.`,
  next: (next) =>
    `Suivent ${listIn(
      next.map((d) => `« ${d.label} » (${d.count})`),
      'fr',
    )}.`,
  represented: (shown, all) =>
    shown === all
      ? `Les ${all} domaines sont représentés.`
      : `${plural(shown, 'domaine est représenté', 'domaines sont représentés')} sur ${all}.`,
  focus: (f) =>
    `En évidence, « ${f.label} » : ${f.count ? plural(f.count, 'action documentée', 'actions documentées') : 'aucune action documentée'}.`,
  multi: (n) =>
    `${plural(n, 'action relève', 'actions relèvent')} de plusieurs domaines et ${n > 1 ? 'sont comptées' : 'est comptée'} dans chacun.`,
};

const actions = (n: number) => pluralEn(n, 'documented action', 'documented actions', 'en');

const en: DomainBarsWords = {
  tip: (d) => `${d.label}: ${pluralEn(d.count, 'action', 'actions', 'en')}`,
  column: { domain: 'Domain', actions: 'Documented actions' },
  multiNote:
    'An action may belong to several domains: it is counted in each, so the bars add up to more than the number of actions.',
  without: (where, labels) => `No documented action ${where ? `${where} ` : ''}in: ${listIn(labels, 'en')}.`,
  none: (where) => `No documented action ${where}.`,
  top: (top, where, total) =>
    top.length === 1
      ? `The domain “${top[0]!.label}” is the most frequent${where ? ` ${where}` : ''}: ${actions(top[0]!.count)} out of ${total}.`
      : `The domains ${listIn(
          top.map((d) => `“${d.label}”`),
          'en',
        )} are the most frequent${where ? ` ${where}` : ''}: ${actions(top[0]!.count)} each out of ${total}.`,
  next: (next) =>
    `They are followed by ${listIn(
      next.map((d) => `“${d.label}” (${d.count})`),
      'en',
    )}.`,
  represented: (shown, all) =>
    shown === all
      ? `All ${all} domains are represented.`
      : `${shown} of the ${all} domains ${shown === 1 ? 'is' : 'are'} represented.`,
  focus: (f) => `Highlighted, “${f.label}”: ${f.count ? actions(f.count) : 'no documented action'}.`,
  multi: (n) =>
    `${pluralEn(n, 'action belongs', 'actions belong', 'en')} to several domains and ${n > 1 ? 'are' : 'is'} counted in each.`,
};

export const DOMAIN_BARS_WORDS: Record<Lang, DomainBarsWords> = { fr, en };
