/**
 * Symbols of territories that share a point (two communes of one intercommunality without an
 * exact city point) would hide each other: spread them on a small circle around the shared point.
 */
export function nudgeCoincident<T>(
  items: readonly T[],
  pointOf: (item: T) => [number, number],
  distance: number,
): [number, number][] {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = pointOf(item).join(',');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out: [number, number][] = items.map(pointOf);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((index, k) => {
      // Start west and go round, so a pair sits side by side (west, east).
      const angle = Math.PI + (2 * Math.PI * k) / members.length;
      const [x, y] = out[index]!;
      out[index] = [round(x + distance * Math.cos(angle)), round(y + distance * Math.sin(angle))];
    });
  }
  return out;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
