/**
 * The kinds of signatory as readers sort them: URL keys (no spaces or accents in links), plural
 * labels for filters, and an order from the largest collectivities to the smallest, so that rural
 * communautés de communes stand apart from metropolises. Pure, shared by /territoires/ and the map.
 */
import type { Territory } from '../schemas/territory.ts';
import type { SignatoryKind } from '../schemas/territory-values.ts';
import type { Lang } from './i18n/lang.ts';

export type { SignatoryKind };

interface KindInfo {
  /** URL-safe key, used in filter links (`/territoires/signataire/<key>/`, `?signataires=`). */
  key: string;
  /** Plural label of a filter (« Communautés de communes »). */
  plural: string;
  /** English labels: the kind of one territory, and the filter's plural. */
  en: { singular: string; plural: string };
}

/** Ordered as a reader scans them: regional scale first, then urban, then rural and local. */
export const SIGNATORY_KIND_INFO: Record<SignatoryKind, KindInfo> = {
  région: { key: 'region', plural: 'Régions', en: { singular: 'region', plural: 'Regions' } },
  département: { key: 'departement', plural: 'Départements', en: { singular: 'département', plural: 'Départements' } },
  métropole: { key: 'metropole', plural: 'Métropoles', en: { singular: 'metropolis', plural: 'Metropolises' } },
  'communauté urbaine': {
    key: 'communaute-urbaine',
    plural: 'Communautés urbaines',
    en: { singular: 'urban community', plural: 'Urban communities' },
  },
  agglomération: {
    key: 'agglomeration',
    plural: 'Agglomérations',
    en: { singular: 'agglomeration community', plural: 'Agglomeration communities' },
  },
  'communauté de communes': {
    key: 'communaute-de-communes',
    plural: 'Communautés de communes (rurales)',
    en: { singular: 'community of communes', plural: 'Communities of communes (rural)' },
  },
  ville: { key: 'ville', plural: 'Villes', en: { singular: 'city', plural: 'Cities' } },
  commune: { key: 'commune', plural: 'Communes', en: { singular: 'commune', plural: 'Communes' } },
};

/** Kinds in reading order (the record's order). */
export const SIGNATORY_KIND_ORDER = Object.keys(SIGNATORY_KIND_INFO) as SignatoryKind[];

const BY_KEY = new Map(SIGNATORY_KIND_ORDER.map((k) => [SIGNATORY_KIND_INFO[k].key, k]));

export function signatoryKindKey(kind: SignatoryKind): string {
  return SIGNATORY_KIND_INFO[kind].key;
}

/** The kind a URL key names, or null for an unknown key (old or hand-typed links are ignored, never thrown). */
export function signatoryKindFromKey(key: string): SignatoryKind | null {
  return BY_KEY.get(key) ?? null;
}

export interface KindCount {
  kind: SignatoryKind;
  key: string;
  label: string;
  count: number;
}

/** The kind of one territory in a language: « métropole » / « metropolis ». */
export function signatoryKindName(kind: SignatoryKind, lang: Lang): string {
  return lang === 'fr' ? kind : SIGNATORY_KIND_INFO[kind].en.singular;
}

/** The kinds present in `territories`, in reading order, with how many territories each has. */
export function kindCounts(territories: readonly Pick<Territory, 'signatoryKind'>[], lang: Lang = 'fr'): KindCount[] {
  return SIGNATORY_KIND_ORDER.map((kind) => ({
    kind,
    key: SIGNATORY_KIND_INFO[kind].key,
    label: lang === 'fr' ? SIGNATORY_KIND_INFO[kind].plural : SIGNATORY_KIND_INFO[kind].en.plural,
    count: territories.filter((t) => t.signatoryKind === kind).length,
  })).filter((k) => k.count > 0);
}
