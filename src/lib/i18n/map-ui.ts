/**
 * The map's interface strings for an edition, for components and browser islands alike (no
 * Astro, no Zod: the client bundle imports it). See map-fr.ts for why they live apart.
 */
import type { Lang } from './lang.ts';
import { mapEn } from './map-en.ts';
import { mapFr, type MapDict } from './map-fr.ts';

export type { MapDict } from './map-fr.ts';

export function mapUi(lang: Lang): MapDict {
  return lang === 'en' ? mapEn : mapFr;
}

/** The edition an island runs in, from the nearest `lang` attribute (French by default). */
export function langOf(el: Element): Lang {
  return el.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'fr';
}
