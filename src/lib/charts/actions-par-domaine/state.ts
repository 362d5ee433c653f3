/** Documented actions per domain; an action with several domains counts once in each. */
import { countByDomain } from '../../aggregate.ts';
import { domainLabel } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/lang.ts';
import { scopeOf, type Scope } from '../shared/scope.ts';
import type { ChartData, ChartParams } from '../types.ts';

export interface DomainCount {
  id: string;
  label: string;
  color: string;
  count: number;
}

export interface DomainBarsState {
  scope: Scope;
  /** Actions in scope (each counted once). */
  total: number;
  /** Domains with at least one action, most frequent first (ties in the taxonomy's order). */
  bars: DomainCount[];
  /** Domains with no documented action in scope. */
  without: DomainCount[];
  /** Actions listed under more than one domain. */
  multiDomain: number;
  /** Domain drawn stronger (the `domaine` filter highlights, it does not filter). */
  highlight: string | null;
}

/** `lang` picks the domains' labels (English where the newsroom wrote one). */
export function domainBarsState(data: ChartData, params: ChartParams, lang: Lang = 'fr'): DomainBarsState {
  // Filtering by domain would only show that domain's co-domains: the domain is highlighted instead.
  const scope = scopeOf(data, params.territoire ? { territoire: params.territoire } : {});
  const counts = countByDomain(
    scope.actions,
    data.domains.map((d) => d.id),
  );
  const all = data.domains.map((d) => ({
    id: d.id,
    label: domainLabel(d, lang).text,
    color: d.color,
    count: counts.get(d.id) ?? 0,
  }));
  return {
    scope,
    total: scope.actions.length,
    bars: all.filter((d) => d.count > 0).sort((a, b) => b.count - a.count),
    without: all.filter((d) => d.count === 0),
    multiDomain: scope.actions.filter((a) => a.domains.length > 1).length,
    highlight: params.domaine ?? null,
  };
}
