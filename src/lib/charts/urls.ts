/** Where each chart's embed page and files live; always through `href()` so a sub-path works. */
import { href } from '../paths.ts';
import type { ChartId } from './types.ts';

const tail = (variant: string) => (variant ? `/${variant}` : '');

export const chartUrls = {
  /** `/embed/<chart>/` or `/embed/<chart>/<variant>/` */
  embed: (id: ChartId, variant = '') => href(`/embed/${id}${tail(variant)}/`),
  /** `/donnees/graphiques/<chart>.csv` or `/donnees/graphiques/<chart>/<variant>.csv` */
  file: (id: ChartId, variant: string, ext: 'csv' | 'svg' | 'png') => href(`/donnees/graphiques/${id}${tail(variant)}.${ext}`),
  oembed: (id: ChartId, variant = '') => href(`/oembed/${id}${tail(variant)}.json`),
  gallery: (id?: ChartId) => href(`/graphiques/${id ? `#graphique-${id}` : ''}`),
  parentScript: () => href('/embed.js'),
};

/** Absolute URL on the public site (for code pasted elsewhere). */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://127.0.0.1:4321').href;
}
