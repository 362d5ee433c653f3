/**
 * Per-territory counts under a filter, shared by the build (SVG map, list) and the browser
 * (filters), so both say the same thing. Reuses the semantics of `aggregate.ts`.
 */
import { countByDomain, filterActions, type ActionFilter, type ActionLike } from '../aggregate.ts';
import { memoized } from '../dataset-index.ts';
import type { Lang } from '../i18n/lang.ts';
import { mapLive } from '../i18n/map-live.ts';

/**
 * `none`: no action of this territory is documented at all (no data, not zero);
 * `filtered-out`: actions are documented, none matches the filter; `some`: at least one matches.
 */
export type TallyState = 'none' | 'filtered-out' | 'some';

export interface TerritoryTally<A extends ActionLike = ActionLike> {
  id: string;
  count: number;
  /** Documented actions of the territory whatever the filter. */
  total: number;
  state: TallyState;
  /** Matching actions per domain (an action with two domains counts in both), zeros omitted. */
  byDomain: [string, number][];
  /** Matching actions, in the order given. */
  actions: A[];
}

export function tallyTerritories<A extends ActionLike>(
  territoryIds: readonly string[],
  actions: readonly A[],
  domainIds: readonly string[],
  filter: ActionFilter,
): Map<string, TerritoryTally<A>> {
  // One pass over the actions, not one per territory: the build tallies thousands of territories.
  const totals = new Map<string, number>();
  for (const a of actions) totals.set(a.territory, (totals.get(a.territory) ?? 0) + 1);
  const matching = new Map<string, A[]>();
  for (const a of filterActions(actions, filter)) {
    const list = matching.get(a.territory);
    if (list) list.push(a);
    else matching.set(a.territory, [a]);
  }
  const out = new Map<string, TerritoryTally<A>>();
  for (const id of territoryIds) {
    const mine = matching.get(id) ?? [];
    const total = totals.get(id) ?? 0;
    const byDomain = [...countByDomain(mine, domainIds)].filter(([, n]) => n > 0);
    out.set(id, {
      id,
      count: mine.length,
      total,
      state: total === 0 ? 'none' : mine.length === 0 ? 'filtered-out' : 'some',
      byDomain,
      actions: mine,
    });
  }
  return out;
}

/** Every territory's tally without a filter, computed once per dataset (read-only). */
export function mapTallies<A extends ActionLike>(data: {
  territories: readonly { id: string }[];
  actions: readonly A[];
  domains: readonly { id: string }[];
}): Map<string, TerritoryTally<A>> {
  return memoized(data, 'mapTallies', (d) =>
    tallyTerritories(
      d.territories.map((t) => t.id),
      d.actions,
      d.domains.map((x) => x.id),
      {},
    ),
  );
}

/** The count as words for lists, tooltips and accessible names. Missing data is never « 0 ». */
export function tallyLabel(t: Pick<TerritoryTally, 'count' | 'state'>, lang: Lang = 'fr'): string {
  const words = mapLive(lang).tally;
  if (t.state === 'none') return words.none;
  if (t.state === 'filtered-out') return words.filteredOut;
  return words.count(t.count);
}
