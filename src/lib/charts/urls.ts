/**
 * Where each chart's embed page and files live, in each edition; always through `href()` so a
 * sub-path works. English twins sit under /en/ with English folder names.
 */
import type { Lang } from '../i18n/lang.ts';
import { href } from '../paths.ts';
import type { ChartId } from './types.ts';

const tail = (variant: string) => (variant ? `/${variant}` : '');

/** Path prefixes of each edition: embed pages, files, oEmbed, gallery. */
const PREFIX: Record<Lang, { embed: string; files: string; oembed: string; gallery: string; anchor: string }> = {
  fr: { embed: '/embed', files: '/donnees/graphiques', oembed: '/oembed', gallery: '/graphiques/', anchor: 'graphique' },
  en: { embed: '/en/embed', files: '/en/data/charts', oembed: '/en/oembed', gallery: '/en/charts/', anchor: 'chart' },
};

export function chartUrlsFor(lang: Lang) {
  const p = PREFIX[lang];
  return {
    /** `/embed/<chart>/` or `/embed/<chart>/<variant>/` (English: `/en/embed/…`) */
    embed: (id: ChartId, variant = '') => href(`${p.embed}/${id}${tail(variant)}/`),
    /** `/donnees/graphiques/<chart>[/<variant>].<ext>` (English: `/en/data/charts/…`) */
    file: (id: ChartId, variant: string, ext: 'csv' | 'svg' | 'png') => href(`${p.files}/${id}${tail(variant)}.${ext}`),
    oembed: (id: ChartId, variant = '') => href(`${p.oembed}/${id}${tail(variant)}.json`),
    gallery: (id?: ChartId) => href(`${p.gallery}${id ? `#${p.anchor}-${id}` : ''}`),
    /** Id prefix of a chart's figure in a page (`graphique-signatures`, `chart-signatures`). */
    anchor: (id: ChartId, variant = '') => `${p.anchor}-${id}${variant ? `-${variant}` : ''}`,
    /** The embed page's list of variants (one per chart, shared by both editions). */
    variants: (id: ChartId) => href(`/embed/${id}/variantes.json`),
    parentScript: () => href('/embed.js'),
  };
}

export const chartUrls = chartUrlsFor('fr');

/** Absolute URL on the public site (for code pasted elsewhere). */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://127.0.0.1:4321').href;
}
