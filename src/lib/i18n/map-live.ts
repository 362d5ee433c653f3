/**
 * The map's words for the browser islands (explorer, panel, MapLibre tooltips, commune lookup)
 * and for the build where it writes the same words (counts, accessible names). No Astro, no Zod.
 * Both editions are here (about 1.5 kB gzipped together): the islands pick theirs from the
 * page's `lang`.
 */
import type { Lang } from './lang.ts';
import { mapLiveEn } from './map-live-en.ts';
import { mapLiveFr, type MapLiveDict } from './map-live-fr.ts';

export type { MapLiveDict } from './map-live-fr.ts';

export function mapLive(lang: Lang): MapLiveDict {
  return lang === 'en' ? mapLiveEn : mapLiveFr;
}

/** The edition an island runs in, from the nearest `lang` attribute (French by default). */
export function langOf(el: Element): Lang {
  return el.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'fr';
}
