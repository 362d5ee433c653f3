/**
 * The generated text of « Les contrats signés au fil du temps » in each language (French unchanged):
 * dates in each edition's conventions, precision labels, legend, notes and sentences. Names stay as spelt.
 */
import { plural } from '../../format.ts';
import { formatIsoDate, formatPartialDate, plural as pluralEn } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { frName, listIn } from '../shared/text.ts';
import type { LegendItem } from './layout.ts';
import type { Placement } from './state.ts';

type Dated = { name: string; label: string };
export type Counts = Record<Placement, number>;

export interface SignaturesWords {
  date(d: Parameters<typeof formatPartialDate>[0]): string;
  cohortLabel(year: number): string;
  event(kind: 'avenant' | 'renouvellement', value: string): string;
  precision: Record<Placement, string>;
  legend: Record<LegendItem['key'], string>;
  unknownDate: string;
  tip(name: string, label: string, events: string[]): string;
  tipUnnamed(label: string, events: string[]): string;
  column: { territory: string; first: string; precision: string; events: string };
  listedNote(listed: number, diair: number): string;
  precisionNote: string;
  uncertainNote(rows: Dated[]): string;
  boundNote(rows: Dated[]): string;
  unknownNote(names: string[]): string;
  summary(n: number, c: Counts): string;
  bounded(n: number, rows: Dated[]): string;
  cohortOnly(c: Counts): string;
  extremes(first: Dated, last: Dated): string;
  events(n: number): string;
  source(n: number): string;
  links: { territories: string; data: string };
}

/** « Nom, date » pairs; in English the name is marked French. */
const pairs = (rows: Dated[], lang: Lang) =>
  listIn(
    rows.map((r) => `${frName(r.name, lang)}, ${r.label}`),
    lang,
  );

const fr: SignaturesWords = {
  date: (d) => formatPartialDate(d, 'fr'),
  cohortLabel: (y) => `${y} (année de cohorte)`,
  event: (kind, value) => `${kind} : ${value ? formatIsoDate(value, 'fr') : 'date inconnue'}`,
  precision: {
    jour: 'au jour près',
    mois: 'au mois près',
    année: 'à l’année près',
    borne: 'borne seulement (date inconnue)',
    cohorte: 'année de cohorte (pas de date)',
    inconnue: 'inconnue',
  },
  legend: {
    jour: 'date au jour',
    incertaine: 'date annoncée ou déduite',
    mois: 'mois',
    année: 'année seule',
    borne: 'seule une borne est connue (après ou avant)',
    cohorte: 'année de cohorte, sans date',
    avenant: 'avenant ou renouvellement',
    inconnue: 'date inconnue',
  },
  unknownDate: 'date inconnue',
  tip: (name, label, events) => `${name} : première signature ${label}${events.length ? ` ; ${events.join(' ; ')}` : ''}`,
  tipUnnamed: (label, events) => `première signature ${label}${events.length ? ` ; ${events.join(' ; ')}` : ''}`,
  column: { territory: 'Territoire', first: 'Première signature', precision: 'Précision', events: 'Avenants et renouvellements' },
  listedNote: (listed, diair) =>
    `${plural(listed, 'territoire recensé', 'territoires recensés')}, dont ${diair} nommés par la DIAIR ; ce n’est pas la liste officielle complète des signataires (le programme en annonce davantage).`,
  precisionNote:
    'Une date n’est jamais affichée plus précise que sa source : jour, mois ou année seule. Sans date, l’année de la cohorte DIAIR est indiquée en tirets.',
  uncertainNote: (rows) => `Dates annoncées ou déduites, à confirmer : ${pairs(rows, 'fr')}.`,
  boundNote: (rows) => `Date inconnue mais bornée (une flèche part de la borne) : ${pairs(rows, 'fr')}.`,
  unknownNote: (names) => `Date de première signature inconnue : ${listIn(names, 'fr')}.`,
  summary: (n, c) =>
    `${plural(n, 'territoire', 'territoires')} : première signature connue au jour près pour ${c.jour}, au mois pour ${c.mois}, à l’année seulement pour ${c.année}.`,
  bounded: (n, rows) => `Sans date, ${plural(n, 'territoire n’a', 'territoires n’ont')} qu’une borne (${pairs(rows, 'fr')}).`,
  cohortOnly: (c) =>
    `Sans date, ${plural(c.cohorte, 'territoire n’est placé', 'territoires ne sont placés')} que par une année de cohorte ; ${plural(c.inconnue, 'reste', 'restent')} sans aucune date.`,
  extremes: (first, last) =>
    `La plus ancienne date précise : ${first.name}, ${first.label} ; la plus récente : ${last.name}, ${last.label}.`,
  events: (n) => `${plural(n, 'avenant ou renouvellement est documenté', 'avenants ou renouvellements sont documentés')}.`,
  source: (n) =>
    `Atlas CTAI, d’après ${plural(n, 'source publique', 'sources publiques')} sur les contrats (DIAIR, préfectures, collectivités, presse)`,
  links: { territories: 'Les territoires et leurs sources', data: 'Données et licences' },
};

const EVENT_EN = { avenant: 'amendment', renouvellement: 'renewal' } as const;

const en: SignaturesWords = {
  date: (d) => formatPartialDate(d, 'en'),
  cohortLabel: (y) => `${y} (wave year)`,
  event: (kind, value) => `${EVENT_EN[kind]}: ${value ? formatIsoDate(value, 'en') : 'date unknown'}`,
  precision: {
    jour: 'exact day',
    mois: 'month only',
    année: 'year only',
    borne: 'bound only (date unknown)',
    cohorte: 'wave year (no date)',
    inconnue: 'unknown',
  },
  legend: {
    jour: 'exact day',
    incertaine: 'announced or inferred date',
    mois: 'month',
    année: 'year only',
    borne: 'only a bound is known (after or before)',
    cohorte: 'wave year, no date',
    avenant: 'amendment or renewal',
    inconnue: 'date unknown',
  },
  unknownDate: 'date unknown',
  tip: (name, label, events) => `${name}: first signed ${label}${events.length ? `; ${events.join('; ')}` : ''}`,
  tipUnnamed: (label, events) => `First signed ${label}${events.length ? `; ${events.join('; ')}` : ''}`,
  column: { territory: 'Territory', first: 'First signature', precision: 'Precision', events: 'Amendments and renewals' },
  listedNote: (listed, diair) =>
    `${pluralEn(listed, 'territory', 'territories', 'en')} listed, of which ${diair} were named by the DIAIR; this is not the complete official list of signatories (the programme announces more).`,
  precisionNote:
    'A date is never shown as more precise than its source: day, month or year only. Without a date, the year of the DIAIR wave is shown with dashes.',
  uncertainNote: (rows) => `Announced or inferred dates, still to be confirmed: ${pairs(rows, 'en')}.`,
  boundNote: (rows) => `Date unknown but bounded (an arrow starts from the bound): ${pairs(rows, 'en')}.`,
  unknownNote: (names) =>
    `Date of first signature unknown: ${listIn(
      names.map((n) => frName(n, 'en')),
      'en',
    )}.`,
  summary: (n, c) =>
    `${pluralEn(n, 'territory', 'territories', 'en')}: first signature known to the day for ${c.jour}, to the month for ${c.mois}, to the year only for ${c.année}.`,
  bounded: (n, rows) =>
    `Without a date, ${pluralEn(n, 'territory has', 'territories have', 'en')} only a bound (${pairs(rows, 'en')}).`,
  cohortOnly: (c) =>
    `Without a date, ${pluralEn(c.cohorte, 'territory is', 'territories are', 'en')} placed only by a wave year; ${c.inconnue} ${c.inconnue === 1 ? 'has' : 'have'} no date at all.`,
  extremes: (first, last) =>
    `The earliest precise date: ${frName(first.name, 'en')}, ${first.label}; the latest: ${frName(last.name, 'en')}, ${last.label}.`,
  events: (n) => `${pluralEn(n, 'amendment or renewal is', 'amendments or renewals are', 'en')} documented.`,
  source: (n) =>
    `Atlas CTAI, from ${pluralEn(n, 'public source', 'public sources', 'en')} on the contracts (DIAIR, prefectures, local authorities, press)`,
  links: { territories: 'The territories and their sources', data: 'Data and licences' },
};

export const SIGNATURES_WORDS: Record<Lang, SignaturesWords> = { fr, en };
