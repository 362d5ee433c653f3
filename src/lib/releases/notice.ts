/**
 * « Données plus récentes » on a frozen view: what changed in that view's own numbers between the
 * release it shows and the live data (« 69 → 86 actions documentées ; 2 territoires ajoutés »).
 * Nothing when the view is unchanged; a different sentence when the view no longer exists live.
 */
import { scopeOf } from '../charts/shared/scope.ts';
import type { ChartData, ChartId, ChartParams, ChartView, TableData } from '../charts/types.ts';
import { frenchTypography, plural } from '../format.ts';
import { plural as pluralEn } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { viewFingerprint } from './frozen.ts';

/** Charts that count actions, and the filter each one only highlights (it does not narrow the count). */
const COUNTS_ACTIONS: Partial<Record<ChartId, keyof ChartParams | null>> = {
  'actions-par-domaine': 'domaine',
  'actions-par-annee': null,
  'domaines-par-annee': null,
  'actions-par-territoire': 'territoire',
};

type Noun = [singular: string, plural: string, feminine: boolean];
/** Rows named by what they are, for the charts whose rows are territories. */
const ROW_NOUN: Partial<Record<ChartId, Noun>> = { signatures: ['territoire', 'territoires', false] };

function counted(id: ChartId, data: ChartData, params: ChartParams) {
  const highlight = COUNTS_ACTIONS[id];
  const narrowing: ChartParams = { ...params };
  if (highlight) delete narrowing[highlight];
  const actions = scopeOf(data, narrowing).actions;
  return { actions: actions.length, territories: new Set(actions.map((a) => a.territory)) };
}

function tableChanges(before: TableData, after: TableData) {
  const old = new Map(before.rows.map((r) => [r.key, r.cells.join('\u0000')]));
  const now = new Map(after.rows.map((r) => [r.key, r.cells.join('\u0000')]));
  const added = [...now.keys()].filter((k) => !old.has(k)).length;
  const removed = [...old.keys()].filter((k) => !now.has(k)).length;
  const changed = [...now.keys()].filter((k) => old.has(k) && old.get(k) !== now.get(k)).length;
  return { added, removed, changed };
}

const agreed = (n: number, [one, many, feminine]: Noun, participle: string) =>
  `${plural(n, one, many)} ${participle}${feminine ? 'e' : ''}${n > 1 ? 's' : ''}`;

/** The same phrases for the English edition's frozen views (rows are territories or table rows). */
const EN = {
  actions: (before: number, after: number) =>
    `${before} → ${pluralEn(after, 'documented action', 'documented actions', 'en')}`,
  gained: (n: number) => `${pluralEn(n, 'more territory', 'more territories', 'en')} with at least one action`,
  lost: (n: number) => `${pluralEn(n, 'fewer territory', 'fewer territories', 'en')} with at least one action`,
  rows: (n: number, id: ChartId, what: 'added' | 'removed') =>
    `${id in ROW_NOUN ? pluralEn(n, 'territory', 'territories', 'en') : pluralEn(n, 'row', 'rows', 'en')} ${what}`,
  changed: (n: number) => `${pluralEn(n, 'table row', 'table rows', 'en')} changed`,
  text: 'chart text updated',
};

/**
 * The changes of one view, as short French phrases; [] when the view is the same (coverage note
 * aside). `live` is null when the live data no longer has this view.
 */
export function viewChanges(
  id: ChartId,
  params: ChartParams,
  frozen: { view: ChartView; data: ChartData },
  live: { view: ChartView; data: ChartData },
  lang: Lang = 'fr',
): string[] {
  if (viewFingerprint(frozen.view, frozen.data) === viewFingerprint(live.view, live.data)) return [];
  if (lang === 'en') return changesEn(id, params, frozen, live);
  const phrases: string[] = [];
  if (id in COUNTS_ACTIONS) {
    const a = counted(id, frozen.data, params);
    const b = counted(id, live.data, params);
    if (a.actions !== b.actions) phrases.push(`${a.actions} → ${plural(b.actions, 'action documentée', 'actions documentées')}`);
    const gained = [...b.territories].filter((t) => !a.territories.has(t)).length;
    const lost = [...a.territories].filter((t) => !b.territories.has(t)).length;
    // Territories this view counts actions in (not the dataset's territories: a new one may have none yet).
    if (gained) phrases.push(`${plural(gained, 'territoire', 'territoires')} de plus avec au moins une action`);
    if (lost) phrases.push(`${plural(lost, 'territoire', 'territoires')} de moins avec au moins une action`);
  }
  const t = tableChanges(frozen.view.table, live.view.table);
  const noun: Noun = ROW_NOUN[id] ?? ['ligne', 'lignes', true];
  if (!phrases.length || !(id in COUNTS_ACTIONS)) {
    if (t.added) phrases.push(agreed(t.added, noun, 'ajouté'));
    if (t.removed) phrases.push(agreed(t.removed, noun, 'retiré'));
  }
  if (!phrases.length && t.changed) phrases.push(`${plural(t.changed, 'ligne du tableau modifiée', 'lignes du tableau modifiées')}`);
  if (!phrases.length) phrases.push('textes du graphique mis à jour');
  return phrases.map(frenchTypography);
}

/** `viewChanges` in English: same rules, English phrases. */
function changesEn(
  id: ChartId,
  params: ChartParams,
  frozen: { view: ChartView; data: ChartData },
  live: { view: ChartView; data: ChartData },
): string[] {
  const phrases: string[] = [];
  if (id in COUNTS_ACTIONS) {
    const a = counted(id, frozen.data, params);
    const b = counted(id, live.data, params);
    if (a.actions !== b.actions) phrases.push(EN.actions(a.actions, b.actions));
    const gained = [...b.territories].filter((t) => !a.territories.has(t)).length;
    const lost = [...a.territories].filter((t) => !b.territories.has(t)).length;
    if (gained) phrases.push(EN.gained(gained));
    if (lost) phrases.push(EN.lost(lost));
  }
  const t = tableChanges(frozen.view.table, live.view.table);
  if (!phrases.length || !(id in COUNTS_ACTIONS)) {
    if (t.added) phrases.push(EN.rows(t.added, id, 'added'));
    if (t.removed) phrases.push(EN.rows(t.removed, id, 'removed'));
  }
  if (!phrases.length && t.changed) phrases.push(EN.changed(t.changed));
  if (!phrases.length) phrases.push(EN.text);
  return phrases;
}
