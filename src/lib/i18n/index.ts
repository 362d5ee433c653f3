/** The i18n entry point for components: `t(lang)` gives the edition's interface strings. */
import { en } from './en.ts';
import { fr, type Dict } from './fr.ts';
import type { Lang } from './lang.ts';

export type { Lang } from './lang.ts';
export type { Dict } from './fr.ts';

const DICTS: Record<Lang, Dict> = { fr, en };

export function t(lang: Lang): Dict {
  return DICTS[lang];
}
