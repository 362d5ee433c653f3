/** Domain × year: actions active each year within each domain (small multiples). */
import { countByDomainAndYear, countByYear, yearRange } from '../../aggregate.ts';
import { memoized } from '../../dataset-index.ts';
import { domainLabel } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/lang.ts';
import { scopeOf, type Scope } from '../shared/scope.ts';
import type { ChartData, ChartParams } from '../types.ts';

export interface DomainSeries {
  id: string;
  label: string;
  shortLabel: string;
  color: string;
  /** Actions of this domain in scope (each once). */
  total: number;
  values: { year: number; count: number }[];
}

export interface DomainYearState {
  scope: Scope;
  years: number[];
  /** Domains with at least one action in scope, in the taxonomy's order. */
  series: DomainSeries[];
  without: string[];
  undated: number;
  max: number;
}

/** `lang` picks the domains' labels (English where the newsroom wrote one, else French). */
export function domainYearState(data: ChartData, params: ChartParams, lang: Lang = 'fr'): DomainYearState {
  const scope = scopeOf(data, params);
  const years = memoized(data, 'yearRange', (d) => yearRange(d.actions, d.lastYear));
  const matrix = countByDomainAndYear(
    scope.actions,
    data.domains.map((d) => d.id),
    years,
  );
  const all = data.domains.map((d) => ({
    id: d.id,
    label: domainLabel(d, lang).text,
    shortLabel: lang === 'en' && d.labelEn ? (d.shortLabelEn ?? d.labelEn) : d.shortLabel,
    color: d.color,
    total: scope.actions.filter((a) => a.domains.includes(d.id)).length,
    values: years.map((year) => ({ year, count: matrix.get(d.id)?.get(year) ?? 0 })),
  }));
  const series = all.filter((d) => d.total > 0);
  return {
    scope,
    years,
    series,
    without: all.filter((d) => d.total === 0).map((d) => d.label),
    undated: countByYear(scope.actions, years).undated,
    max: Math.max(1, ...series.flatMap((d) => d.values.map((v) => v.count))),
  };
}
