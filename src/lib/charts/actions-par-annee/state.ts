/** Documented actions active each year, and how many have no known year (stated, never dropped silently). */
import { countByYear, yearRange } from '../../aggregate.ts';
import { memoized } from '../../dataset-index.ts';
import { scopeOf, type Scope } from '../shared/scope.ts';
import type { ChartData, ChartParams } from '../types.ts';

export interface YearColumnsState {
  scope: Scope;
  /** One entry per year of the whole programme (same axis for every filter). */
  years: { year: number; count: number }[];
  undated: number;
  total: number;
}

export function yearColumnsState(data: ChartData, params: ChartParams): YearColumnsState {
  const scope = scopeOf(data, params);
  const years = memoized(data, 'yearRange', (d) => yearRange(d.actions, d.lastYear));
  const { counts, undated } = countByYear(scope.actions, years);
  return { scope, years: years.map((year) => ({ year, count: counts.get(year) ?? 0 })), undated, total: scope.actions.length };
}
