/**
 * Pieces of the generated French text shared by every chart: lists, source lines, coverage notes.
 * Deterministic: the same data always gives the same sentences (they are snapshot-tested).
 */
import { coverage } from '../../coverage.ts';
import { memoized } from '../../dataset-index.ts';
import { frenchTypography, plural } from '../../format.ts';
import { routes } from '../../paths.ts';
import type { Action } from '../../../schemas/action.ts';
import type { ChartData, SourceLine } from '../types.ts';

/** Widths the charts are drawn at: the narrow one is shown in containers under 560 px. */
export const WIDE = 640;
export const NARROW = 340;

/** « A », « A et B », « A, B et C ». */
export function listFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** Typography applied once to every generated sentence. */
export function sentences(parts: readonly (string | false | null | undefined)[]): string {
  return frenchTypography(parts.filter(Boolean).join(' '));
}

/** Source line for charts counting actions: each action carries its own sources. */
export function actionsSource(actions: readonly Action[]): SourceLine {
  const urls = new Set(actions.flatMap((a) => a.sources.map((s) => s.url)));
  return {
    text: frenchTypography(
      `Atlas CTAI, d’après ${plural(urls.size, 'source publique', 'sources publiques')} citée${urls.size > 1 ? 's' : ''} pour chaque action`,
    ),
    links: [
      { label: 'Les actions et leurs sources', url: routes.actions() },
      { label: 'Données et licences', url: routes.data() },
    ],
  };
}

/** « 46 actions documentées sur plus de 400 annoncées par le programme : … » */
export function coverageNote(data: ChartData): string {
  return memoized(data, 'coverageNote', (d) =>
    frenchTypography(
      `Données partielles : ${coverage(d.actions, d.territories, d.figures).sentence}. Une absence dans ce graphique signifie « non documenté », pas « aucune action ».`,
    ),
  );
}
