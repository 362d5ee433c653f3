/** The generated text of « Actions documentées par territoire » in each language (French unchanged). Names stay as spelt. */
import { plural } from '../../format.ts';
import { plural as pluralEn } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { frName, listIn } from '../shared/text.ts';

type Row = { name: string; count: number };

export interface TerritoryBarsWords {
  tip(t: Row): string;
  /** « 3 actions documentées » alone. */
  count(n: number): string;
  column: { territory: string; actions: string };
  /** The table cell of a territory without a documented action. */
  noAction: string;
  without(anyBar: boolean, where: string, names: string[]): string;
  none(where: string): string;
  withAction(n: number, where: string, all: number): string;
  top(t: Row, total: number): string;
  next(rows: Row[]): string;
  focusRank(name: string, count: number, rank: number, of: number): string;
  focusNone(name: string, where: string): string;
  withoutCount(n: number): string;
}

const fr: TerritoryBarsWords = {
  tip: (t) => `${t.name} : ${plural(t.count, 'action documentée', 'actions documentées')}`,
  count: (n) => plural(n, 'action documentée', 'actions documentées'),
  column: { territory: 'Territoire', actions: 'Actions documentées' },
  noAction: 'aucune action documentée',
  without: (anyBar, where, names) =>
    `${anyBar ? 'Sans' : 'Aucun territoire avec une'} action documentée${where ? ` ${where}` : ''} (${names.length} territoires) : ${listIn(names, 'fr')}. Cela ne veut pas dire qu’ils n’en mènent aucune.`,
  none: (where) => `Aucune action documentée ${where}.`,
  withAction: (n, where, all) =>
    `${plural(n, 'territoire a', 'territoires ont')} au moins une action documentée${where ? ` ${where}` : ''}, sur ${all} recensés.`,
  top: (t, total) => `${t.name} en compte le plus : ${t.count} sur ${total}.`,
  next: (rows) =>
    `Viennent ensuite ${listIn(
      rows.map((t) => `${t.name} (${t.count})`),
      'fr',
    )}.`,
  focusRank: (name, count, rank, of) =>
    `En évidence, ${name} : ${plural(count, 'action documentée', 'actions documentées')} (rang ${rank} sur ${of}).`,
  focusNone: (name, where) => `${name} : aucune action documentée${where ? ` ${where}` : ''}.`,
  withoutCount: (n) => `Pour ${plural(n, 'territoire', 'territoires')}, aucune action n’est documentée.`,
};

/** A territory's name, French, inside an English sentence. */
const name = (n: string) => frName(n, 'en');
const actions = (n: number) => pluralEn(n, 'documented action', 'documented actions', 'en');

const en: TerritoryBarsWords = {
  tip: (t) => `${t.name}: ${actions(t.count)}`,
  count: actions,
  column: { territory: 'Territory', actions: 'Documented actions' },
  noAction: 'no documented action',
  without: (anyBar, where, names) =>
    `${anyBar ? 'Without a' : 'No territory has a'} documented action${where ? ` ${where}` : ''} (${names.length} territories): ${listIn(names.map(name), 'en')}. This does not mean that they carry out none.`,
  none: (where) => `No documented action ${where}.`,
  withAction: (n, where, all) =>
    `${pluralEn(n, 'territory has', 'territories have', 'en')} at least one documented action${where ? ` ${where}` : ''}, out of ${all} listed.`,
  top: (t, total) => `${name(t.name)} has the most: ${t.count} out of ${total}.`,
  next: (rows) =>
    `Next come ${listIn(
      rows.map((t) => `${t.name} (${t.count})`),
      'en',
    )}.`,
  focusRank: (n, count, rank, of) => `Highlighted, ${name(n)}: ${actions(count)} (ranked ${rank} of ${of}).`,
  focusNone: (n, where) => `${name(n)}: no documented action${where ? ` ${where}` : ''}.`,
  withoutCount: (n) => `For ${pluralEn(n, 'territory', 'territories', 'en')}, no action is documented.`,
};

export const TERRITORY_BARS_WORDS: Record<Lang, TerritoryBarsWords> = { fr, en };
