/**
 * Documented actions per territory, most first. Territories without a documented action are a
 * separate list (« aucune action documentée »), never zero-length bars: we do not know they did nothing.
 */
import { countByTerritory } from '../../aggregate.ts';
import { compareFr } from '../../collate.ts';
import { memoized } from '../../dataset-index.ts';
import { scopeOf, type Scope } from '../shared/scope.ts';
import type { ChartData, ChartParams } from '../types.ts';

export interface TerritoryBarsState {
  scope: Scope;
  bars: { id: string; name: string; count: number }[];
  without: { id: string; name: string }[];
  total: number;
  /** Territory drawn stronger (the `territoire` filter highlights, it does not filter). */
  highlight: string | null;
}

export function territoryBarsState(data: ChartData, params: ChartParams): TerritoryBarsState {
  // The territory filter only highlights here: the chart compares territories, so the bars of a
  // domain are computed once and shared by the views of every territory.
  const domain = params.domaine ?? '';
  const bars = memoized(data, `territoryBars:${domain}`, (d) => territoryBars(d, domain));
  return { ...bars, highlight: params.territoire ?? null };
}

function territoryBars(data: ChartData, domain: string): Omit<TerritoryBarsState, 'highlight'> {
  const scope = scopeOf(data, domain ? { domaine: domain } : {});
  const counts = countByTerritory(
    scope.actions,
    data.territories.map((t) => t.id),
  );
  const all = data.territories.map((t) => ({ id: t.id, name: t.name, count: counts.get(t.id) ?? 0 }));
  return {
    scope,
    bars: all.filter((t) => t.count > 0).sort((a, b) => b.count - a.count || compareFr(a.name, b.name)),
    without: all.filter((t) => t.count === 0).map(({ id, name }) => ({ id, name })),
    total: scope.actions.length,
  };
}
