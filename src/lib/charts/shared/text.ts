/**
 * Pieces of the generated text shared by every chart: lists, source lines, coverage notes, in the
 * view's language. Deterministic: the same data always gives the same sentences (they are
 * snapshot-tested). French is the edition of record: its output must not change.
 */
import { coverage } from '../../coverage.ts';
import { memoized } from '../../dataset-index.ts';
import { frenchTypography, plural } from '../../format.ts';
import { plural as pluralIn, typography } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { routes, routesFor } from '../../paths.ts';
import type { Action } from '../../../schemas/action.ts';
import type { ChartData, SourceLine } from '../types.ts';

/** Widths the charts are drawn at: the narrow one is shown in containers under 560 px. */
export const WIDE = 640;
export const NARROW = 340;

/** « A », « A et B », « A, B et C ». */
export function listFr(items: readonly string[]): string {
  return listIn(items, 'fr');
}

/** A list in either language: « A, B et C » or « A, B and C » (British usage: no serial comma). */
export function listIn(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${items.at(-1)}`;
}

/** Typography applied once to every generated sentence (French rules for French only). */
export function sentences(parts: readonly (string | false | null | undefined)[], lang: Lang = 'fr'): string {
  return typography(parts.filter(Boolean).join(' '), lang);
}

/** Source line for charts counting actions: each action carries its own sources. */
export function actionsSource(actions: readonly Action[], lang: Lang = 'fr'): SourceLine {
  const urls = new Set(actions.flatMap((a) => a.sources.map((s) => s.url)));
  if (lang === 'en') {
    return {
      text: `Atlas CTAI, from ${pluralIn(urls.size, 'public source', 'public sources', 'en')} cited for each action`,
      links: [
        { label: 'The actions and their sources', url: routesFor('en').actions() },
        { label: 'Data and licences', url: routesFor('en').data() },
      ],
    };
  }
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
export function coverageNote(data: ChartData, lang: Lang = 'fr'): string {
  if (lang === 'en') {
    return memoized(
      data,
      'coverageNote:en',
      (d) =>
        `Partial data: ${coverage(d.actions, d.territories, d.figures, 'en').sentence}. A gap in this chart means “not documented”, not “no action”.`,
    );
  }
  return memoized(data, 'coverageNote', (d) =>
    frenchTypography(
      `Données partielles : ${coverage(d.actions, d.territories, d.figures).sentence}. Une absence dans ce graphique signifie « non documenté », pas « aucune action ».`,
    ),
  );
}

/*
 * French names inside English sentences (« Région Centre-Val de Loire », « Dordogne (signataire non
 * précisé) »): wrapped in Unicode isolates (U+2068 … U+2069), which pages turn into
 * `<span lang="fr">` (frenchRuns) and files drop (plain). Isolates show nothing if one is left over.
 */
const OPEN = '\u2068';
const CLOSE = '\u2069';

/** A French name as an English sentence quotes it; unchanged in French. */
export function frName(name: string, lang: Lang): string {
  return lang === 'fr' ? name : `${OPEN}${name}${CLOSE}`;
}

/** The text without the marks (titles of documents, files, iframe code). */
export function plain(text: string): string {
  return text.includes(OPEN) ? text.replace(/[\u2068\u2069]/g, '') : text;
}

/** The text cut into runs, French names flagged, for a page to mark them `lang="fr"`. */
export function frenchRuns(text: string): { text: string; fr: boolean }[] {
  if (!text.includes(OPEN)) return [{ text, fr: false }];
  return text
    .split(/(\u2068[^\u2069]*\u2069)/)
    .filter(Boolean)
    .map((part) => (part.startsWith(OPEN) ? { text: part.slice(1, -1), fr: true } : { text: part, fr: false }));
}
