/**
 * Proportional symbols: a circle's area, not its radius, is proportional to the count
 * (a square-root scale, as d3-scale's `scaleSqrt` with a zero origin). Written out so the
 * browser bundle does not pull d3-scale for one line of arithmetic.
 */

/** Returns `count → radius`: 0 → 0, `maxCount` → `maxRadius`, area proportional in between. */
export function radiusScale(maxCount: number, maxRadius: number): (count: number) => number {
  if (!(maxCount > 0)) return () => 0;
  return (count) => maxRadius * Math.sqrt(Math.max(0, Math.min(count, maxCount)) / maxCount);
}

/**
 * Counts shown in a size legend: 1, a round middle value and the maximum, without repeats
 * (a maximum of 2 gives [1, 2]).
 */
export function legendCounts(maxCount: number): number[] {
  if (maxCount < 1) return [];
  const middle = maxCount >= 4 ? Math.round(maxCount / 2) : null;
  return [...new Set([1, middle, maxCount].filter((n): n is number => n !== null))];
}
