/**
 * The site's languages. French is the edition of record (research, sources, quotes are French);
 * English translates the interface only. Pure and browser-safe (no Astro, no Zod).
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 locale of each edition, for Intl and Open Graph. */
export const LOCALES: Record<Lang, { intl: string; og: string }> = {
  fr: { intl: 'fr-FR', og: 'fr_FR' },
  en: { intl: 'en-GB', og: 'en_GB' },
};

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}
