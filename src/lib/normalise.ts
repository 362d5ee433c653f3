/**
 * Pure functions turning the research's free-text fields into the project's schema values.
 * Each returns the normalised value and, where the wording carries a nuance, the original text.
 */
import { CONFIDENCE_LEVELS, type Confidence, type PartialDate } from '../schemas/common.ts';
import type { ActionStatus } from '../schemas/action.ts';
import { CARRIER_KINDS, ACTION_STATUSES } from '../schemas/action.ts';
import { CONTRACT_EVENT_KINDS, SIGNATORY_KINDS } from '../schemas/territory.ts';

/** Lower-case, strip accents and typographic apostrophes, for lenient matching. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .trim();
}

/**
 * Confidence: the lowest level mentioned wins (« haute (engagement) / moyenne (dates) » → moyenne),
 * so the site never shows more certainty than the weakest part of an entry. The text is read as
 * parts separated by « / », each starting with a level; « inconnue » for a part (« haute (contenu
 * annoncé) / inconnue (réalisation) ») counts as the lowest level, since nothing vouches for it.
 * The wording is kept whole in the note. A part that starts with no known level is refused.
 */
export function parseConfidence(text: string): { level: Confidence; note: string } {
  const parts = fold(text)
    .split('/')
    .map((p) => p.trim());
  const ranks = parts.flatMap((part, i) => {
    const head = /^(moyenne-haute|faible-moyenne|haute|moyenne|faible|inconnue)\b/.exec(part)?.[1];
    // A later part may be a plain caveat (« haute (chiffre) / liste non publiée »): kept in the note.
    if (!head && i > 0) return [];
    if (!head)
      throw new Error(`niveau de confiance illisible : « ${text} » (attendu : ${CONFIDENCE_LEVELS.join(', ')} ou inconnue)`);
    // « faible-moyenne » sits between the two: the weaker one is kept.
    const level: Confidence = head === 'inconnue' || head === 'faible-moyenne' ? 'faible' : (head as Confidence);
    return [CONFIDENCE_LEVELS.indexOf(level)];
  });
  const level = CONFIDENCE_LEVELS[Math.max(...ranks)]!;
  const note = fold(text) === level ? '' : text.trim();
  return { level, note };
}

export interface YearSpan {
  startYear: number | null;
  endYear: number | null;
  recurring: boolean;
  note: string;
}

/**
 * Years: « 2020-2022 (2020-2023 selon MUST-a-Lab) » → 2020–2022 with the note kept;
 * « 2022 ; relancé en 2024 » → 2022–2024; « 2025- » → from 2025, open; « annuel » → recurring.
 */
export function parseYears(text: string): YearSpan {
  const raw = text.trim();
  if (raw === '') return { startYear: null, endYear: null, recurring: false, note: '' };
  if (/^annuel/i.test(raw)) return { startYear: null, endYear: null, recurring: true, note: raw };
  const head = raw.split('(')[0]!;
  const open = /^\s*(\d{4})\s*-\s*$/.exec(head);
  if (open) return { startYear: Number(open[1]), endYear: null, recurring: false, note: raw };
  const years = [...head.matchAll(/\d{4}/g)].map((m) => Number(m[0]));
  if (years.length === 0) throw new Error(`années illisibles : « ${text} »`);
  const startYear = Math.min(...years);
  const endYear = Math.max(...years);
  const plain = /^\d{4}(-\d{4})?$/.test(raw);
  return { startYear, endYear, recurring: false, note: plain ? '' : raw };
}

/** Status: maps the research's wording onto five statuses, keeping the nuance. */
export function parseStatus(text: string): { status: ActionStatus; note: string } {
  const t = fold(text);
  const rules: [RegExp, ActionStatus][] = [
    [/^bilan/, 'bilan agrégé'],
    [/^engagement|^objectif du contrat/, 'engagement du contrat'],
    [/^annonc|^prevu/, 'annoncée'],
    [/^en cours/, 'en cours'],
    [/^realise/, 'réalisée'],
  ];
  const hit = rules.find(([re]) => re.test(t));
  if (!hit) throw new Error(`statut inconnu : « ${text} » (attendu : ${ACTION_STATUSES.join(', ')})`);
  const status = hit[1];
  return { status, note: fold(status) === t ? '' : text.trim() };
}

/** Contract link: `explicite (volet emploi du CTAIR)` → explicite + note. */
export function parseContractLink(text: string): { link: 'explicite' | 'contexte'; note: string } {
  const t = fold(text);
  const link = t.startsWith('contexte') ? 'contexte' : t.startsWith('explicite') ? 'explicite' : null;
  if (!link) throw new Error(`lien au contrat inconnu : « ${text} » (attendu : explicite ou contexte)`);
  const note = text
    .replace(/^\s*(explicite|contexte)\s*/i, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return { link, note };
}

/** Carrier kind: the research's free text onto a short list, original kept. */
export function parseCarrierKind(text: string): { kind: (typeof CARRIER_KINDS)[number]; note: string } {
  const t = fold(text);
  let kind: (typeof CARRIER_KINDS)[number] = 'autre';
  if (t.startsWith('consortium')) kind = 'consortium';
  else if (t.startsWith('ccas')) kind = 'CCAS';
  else if (/^etat|^collectivite(s)? \+ etat|etat \+ collectivite/.test(t)) kind = 'État et collectivités';
  else if (/^collectivite/.test(t)) kind = 'collectivité';
  else if (/^association/.test(t)) kind = 'association';
  return { kind, note: fold(kind) === t ? '' : text.trim() };
}

/**
 * Signatory kind: first recognised kind in the text; the full wording kept when it says more.
 * « inconnu (département probable, non vérifié) » names the probable kind and says it is not
 * established: the kind is the probable one and `verified` is false, so pages say so.
 */
export function parseSignatoryKind(text: string): {
  kind: (typeof SIGNATORY_KINDS)[number];
  note: string;
  verified: boolean;
} {
  const t = fold(text);
  const table: [string, (typeof SIGNATORY_KINDS)[number]][] = [
    ["communaute d'agglomeration", 'agglomération'],
    ['communaute urbaine', 'communauté urbaine'],
    // Before « commune »: « communauté de communes » contains « communes ».
    ['communaute de communes', 'communauté de communes'],
    ['metropole', 'métropole'],
    ['region', 'région'],
    ['departement', 'département'],
    ['commune', 'commune'],
    ['ville', 'ville'],
  ];
  const positions = table
    .map(([needle, kind]) => ({ kind, at: t.indexOf(needle) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (positions.length === 0)
    throw new Error(`type de signataire inconnu : « ${text} » (attendu : ${SIGNATORY_KINDS.join(', ')})`);
  const kind = positions[0]!.kind;
  const verified = !/^inconnu|non verifie|probable/.test(t);
  return { kind, note: fold(kind) === t ? '' : text.trim(), verified };
}

/**
 * A research date with its free-text precision → PartialDate.
 * `jour (…)`/`date annoncée`/`déduite` keep the day with a qualifier; a year alone gives precision « année ».
 */
export function parseDate(
  date: string,
  precisionText: string,
  extra: { year?: string | undefined; month?: string | undefined } = {},
): PartialDate {
  const p = fold(precisionText);
  const qualifier: PartialDate['qualifier'] = /deduit/.test(p) ? 'déduite' : /annonce/.test(p) ? 'annoncée' : 'confirmée';
  const keepNote = !['jour', 'mois', 'annee', 'inconnue', ''].includes(p);
  const note = keepNote ? precisionText.trim() : '';
  const bounds = parseBounds(p);
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { value: date, precision: 'jour', qualifier, note, ...bounds };
  const year = /^(\d{4})/.exec(extra.year ?? '')?.[1];
  if (year && p.startsWith('mois') && extra.month) {
    const month = MONTHS.indexOf(fold(extra.month)) + 1;
    if (month > 0) return { value: `${year}-${String(month).padStart(2, '0')}`, precision: 'mois', qualifier, note, ...bounds };
  }
  if (year && p.startsWith('annee')) return { value: year, precision: 'année', qualifier, note, ...bounds };
  const yearNote = extra.year && !/^\d{4}$/.test(extra.year) ? extra.year : '';
  return { value: '', precision: 'inconnue', qualifier, note: [note, yearNote].filter(Boolean).join(' ; '), ...bounds };
}

/**
 * Bounds the research states in its precision wording: « postérieure au 24/10/2022 », « après le
 * 23/11/2021 » (lower), « antérieure au … », « avant le … » (upper). `text` is folded (no accents).
 */
export function parseBounds(text: string): { after?: string; before?: string } {
  const find = (words: string) => {
    const m = new RegExp(`(?:${words})\\s+(?:au|a|le)\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})`).exec(text);
    return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '';
  };
  const after = find('posterieure?|apres');
  const before = find('anterieure?|avant');
  // Only stated bounds are written, so dates without one keep their files unchanged.
  return { ...(after && { after }), ...(before && { before }) };
}

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

/** The leading year of a cohort label (« 2019 (11 premiers territoires) » → 2019), or null. */
export function parseCohortYear(cohort: string): number | null {
  const m = /^(\d{4})/.exec(cohort.trim()) ?? /,\s*(\d{4})\s*$/.exec(cohort.trim());
  return m ? Number(m[1]) : null;
}

/**
 * Event type wording → normalised kind. Only `signature`, `avenant` and `renouvellement` are steps
 * of a contract; a DIAIR visit « avant contrat », actions started before signing, an opening or a
 * publication are dated facts of the territory's story and never count as a contract.
 */
export function parseEventKind(text: string) {
  const t = fold(text);
  if (t.startsWith('visite')) return 'visite' as const;
  if (t.startsWith('actions anticipees')) return 'actions anticipées' as const;
  if (t.startsWith('ouverture')) return 'ouverture' as const;
  if (t.startsWith('publication')) return 'publication' as const;
  if (t.startsWith('avenant')) return 'avenant' as const;
  if (t.startsWith('nouveau contrat')) return 'renouvellement' as const;
  if (t.startsWith('signature')) return 'signature' as const;
  if (t.startsWith('deliberation')) return 'délibération' as const;
  if (t.startsWith('prefiguration')) return 'préfiguration' as const;
  if (t.startsWith('appel')) return 'appel à projets' as const;
  if (t.startsWith('budget')) return 'budget' as const;
  if (t.startsWith('bilan')) return 'bilan' as const;
  throw new Error(`type d’événement inconnu : « ${text} » (attendu : ${CONTRACT_EVENT_KINDS.join(', ')})`);
}
