/**
 * Indices derived from the content, built once per dataset and reused by every page of a build.
 *
 * Thousands of pages ask the same questions (« the actions of this territory », « is there an
 * action for this territory and domain »); answering each by scanning every action made the build
 * quadratic in the content (a 100× synthetic build never finished). Each index here is computed on
 * first use and kept with the dataset object it came from (a WeakMap, so fixtures built by tests
 * get their own and nothing outlives its dataset). Callers must treat the results as read-only.
 */
import type { ActionLike } from './aggregate.ts';

interface IndexSource {
  territories: readonly { id: string; researchedOn: string }[];
  actions: readonly ActionLike[];
}

const memo = new WeakMap<object, Map<string, unknown>>();

/** `compute(data)` once per `data` object and `key`; later calls return the same value. */
export function memoized<D extends object, T>(data: D, key: string, compute: (data: D) => T): T {
  let entries = memo.get(data);
  if (!entries) memo.set(data, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, compute(data));
  return entries.get(key) as T;
}

/** Groups `items` under `keyOf`, keeping their order within each group. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keysOf(item)) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}

/** The actions of a territory, in the dataset's order ([] when it has none). */
export function actionsOfTerritory<A extends ActionLike>(data: { actions: readonly A[] }, territoryId: string): A[] {
  return memoized(data, 'actionsByTerritory', (d) => groupBy(d.actions, (a) => [a.territory])).get(territoryId) ?? [];
}

/** The actions of a domain (an action with several domains is in each), in the dataset's order. */
export function actionsOfDomain<A extends ActionLike>(data: { actions: readonly A[] }, domainId: string): A[] {
  return memoized(data, 'actionsByDomain', (d) => groupBy(d.actions, (a) => a.domains)).get(domainId) ?? [];
}

/** The articles about a territory, in the dataset's order. */
export function articlesOfTerritory<R extends { data: { territories: readonly string[] } }>(
  data: { articles: readonly R[] },
  territoryId: string,
): R[] {
  return (
    memoized(data, 'articlesByTerritory', (d) => groupBy(d.articles, (a) => [...new Set(a.data.territories)])).get(territoryId) ??
    []
  );
}

/** True when at least one action of `territoryId` covers `domainId`. */
export function hasTerritoryDomain(data: Pick<IndexSource, 'actions'>, territoryId: string, domainId: string): boolean {
  return memoized(
    data,
    'territoryDomainPairs',
    (d) => new Set(d.actions.flatMap((a) => a.domains.map((x) => `${a.territory}\u0000${x}`))),
  ).has(`${territoryId}\u0000${domainId}`);
}

/** The territory with this id, or undefined. */
export function territoryOf<T extends { id: string }>(data: { territories: readonly T[] }, id: string): T | undefined {
  return memoized(data, 'territoryById', (d) => new Map(d.territories.map((t) => [t.id, t]))).get(id);
}

/** The latest `researchedOn` date of all territories ('' without territories). */
export function latestResearch(data: Pick<IndexSource, 'territories'>): string {
  return memoized(
    data,
    'latestResearch',
    (d) =>
      d.territories
        .map((t) => t.researchedOn)
        .sort()
        .at(-1) ?? '',
  );
}
