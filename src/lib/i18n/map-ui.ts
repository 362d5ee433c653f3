/**
 * The map's words written at build time (page, filters, legend, list, controls, static map,
 * lookup form, embed), for components. The words the browser writes too are in map-live.ts.
 */
import type { Lang } from './lang.ts';
import { mapEn } from './map-en.ts';
import { mapFr, type MapDict } from './map-fr.ts';

export type { MapDict } from './map-fr.ts';

export function mapUi(lang: Lang): MapDict {
  return lang === 'en' ? mapEn : mapFr;
}
