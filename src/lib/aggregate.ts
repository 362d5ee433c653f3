/**
 * Aggregations shared by the map, the charts and the pages. Pure functions over plain objects,
 * tested on hand-built fixtures (tests/unit/aggregate.test.ts).
 */

export interface ActionLike {
  id: string;
  territory: string;
  domains: string[];
  startYear: number | null;
  endYear: number | null;
  recurring: boolean;
  status: string;
}

/** Filters a reader can set (map, catalogue, embeds). Empty means "all". */
export interface ActionFilter {
  domains?: readonly string[];
  territories?: readonly string[];
  statuses?: readonly string[];
  /** Inclusive year range; an action matches if its span overlaps it. */
  yearFrom?: number | null;
  yearTo?: number | null;
}

/** Years an action was active, or [] when unknown. Open-ended spans stop at `lastYear`. */
export function activeYears(a: ActionLike, lastYear: number): number[] {
  if (a.startYear === null) return [];
  const end = a.endYear ?? Math.max(a.startYear, lastYear);
  const years: number[] = [];
  for (let y = a.startYear; y <= end; y++) years.push(y);
  return years;
}

export function matchesFilter(a: ActionLike, f: ActionFilter): boolean {
  if (f.domains?.length && !a.domains.some((d) => f.domains!.includes(d))) return false;
  if (f.territories?.length && !f.territories.includes(a.territory)) return false;
  if (f.statuses?.length && !f.statuses.includes(a.status)) return false;
  const from = f.yearFrom ?? null;
  const to = f.yearTo ?? null;
  if (from !== null || to !== null) {
    // An action without known years cannot be placed in a range: excluded when a range is set.
    if (a.startYear === null) return false;
    const start = a.startYear;
    const end = a.endYear ?? Number.POSITIVE_INFINITY;
    if (from !== null && end < from) return false;
    if (to !== null && start > to) return false;
  }
  return true;
}

export function filterActions<T extends ActionLike>(actions: readonly T[], f: ActionFilter): T[] {
  return actions.filter((a) => matchesFilter(a, f));
}

/** Count per key, in the order of `keys`, keys with zero included. */
function countBy(keys: readonly string[], values: Iterable<string>): Map<string, number> {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const v of values) if (counts.has(v)) counts.set(v, counts.get(v)! + 1);
  return counts;
}

/** Actions per domain: an action with several domains counts once in each. */
export function countByDomain(actions: readonly ActionLike[], domainIds: readonly string[]): Map<string, number> {
  return countBy(
    domainIds,
    actions.flatMap((a) => a.domains),
  );
}

/** Actions per primary domain (first listed): sums to the number of actions. */
export function countByPrimaryDomain(actions: readonly ActionLike[], domainIds: readonly string[]): Map<string, number> {
  return countBy(
    domainIds,
    actions.map((a) => a.domains[0]!),
  );
}

export function countByTerritory(actions: readonly ActionLike[], territoryIds: readonly string[]): Map<string, number> {
  return countBy(
    territoryIds,
    actions.map((a) => a.territory),
  );
}

/**
 * Actions active each year (an action spanning 2020–2022 counts in 2020, 2021 and 2022),
 * plus how many have no known year, which charts must mention rather than drop silently.
 */
export function countByYear(
  actions: readonly ActionLike[],
  years: readonly number[],
): { counts: Map<number, number>; undated: number } {
  const last = years.length ? years[years.length - 1]! : 0;
  const counts = new Map(years.map((y) => [y, 0]));
  let undated = 0;
  for (const a of actions) {
    const span = activeYears(a, last);
    if (span.length === 0) undated++;
    for (const y of span) if (counts.has(y)) counts.set(y, counts.get(y)! + 1);
  }
  return { counts, undated };
}

/** Domain × year matrix of active actions, for stacked columns or small multiples. */
export function countByDomainAndYear(
  actions: readonly ActionLike[],
  domainIds: readonly string[],
  years: readonly number[],
): Map<string, Map<number, number>> {
  return new Map(
    domainIds.map((d) => [
      d,
      countByYear(
        actions.filter((a) => a.domains.includes(d)),
        years,
      ).counts,
    ]),
  );
}

/** Every year from the first known start to `lastYear`. */
export function yearRange(actions: readonly ActionLike[], lastYear: number): number[] {
  const starts = actions.map((a) => a.startYear).filter((y): y is number => y !== null);
  if (starts.length === 0) return [];
  const first = Math.min(...starts);
  const ends = actions.map((a) => a.endYear ?? a.startYear).filter((y): y is number => y !== null);
  const last = Math.max(lastYear, ...ends);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
