/**
 * An action's title and summary in an edition. The English edition shows an editor's English
 * version (`titleEn`, `summaryEn`) when there is one, otherwise the French research text, which
 * the page marks `lang="fr"`. Never a machine translation.
 */
import type { Lang } from './lang.ts';

export interface LocalisedText {
  text: string;
  /** The language the text is actually written in. */
  lang: Lang;
}

export function actionTitle(a: { title: string; titleEn?: string | undefined }, lang: Lang): LocalisedText {
  return lang === 'en' && a.titleEn ? { text: a.titleEn, lang: 'en' } : { text: a.title, lang: 'fr' };
}

export function actionSummary(a: { summary: string; summaryEn?: string | undefined }, lang: Lang): LocalisedText {
  return lang === 'en' && a.summaryEn ? { text: a.summaryEn, lang: 'en' } : { text: a.summary, lang: 'fr' };
}
