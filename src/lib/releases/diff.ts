/**
 * What changed between two releases, computed from their data (not from the editors' prose):
 * entries added and removed, and for entries in both, the fields whose value changed.
 */
export interface CollectionDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

export interface ReleaseDiff {
  territories: CollectionDiff;
  actions: CollectionDiff;
  figures: CollectionDiff;
  articles: CollectionDiff;
}

interface Entry {
  id: string;
}

/** Fields compared as JSON, so nested values (sources, events) count as one field each. */
export function diffCollection(before: readonly Entry[], after: readonly Entry[]): CollectionDiff {
  const old = new Map(before.map((e) => [e.id, e as unknown as Record<string, unknown>]));
  const now = new Map(after.map((e) => [e.id, e as unknown as Record<string, unknown>]));
  const changed: CollectionDiff['changed'] = [];
  for (const [id, entry] of now) {
    const previous = old.get(id);
    if (!previous) continue;
    const keys = [...new Set([...Object.keys(previous), ...Object.keys(entry)])].sort();
    const fields = keys.filter((k) => JSON.stringify(previous[k]) !== JSON.stringify(entry[k]));
    if (fields.length) changed.push({ id, fields });
  }
  return {
    added: [...now.keys()].filter((id) => !old.has(id)).sort(),
    removed: [...old.keys()].filter((id) => !now.has(id)).sort(),
    changed: changed.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

type Side = Record<keyof ReleaseDiff, readonly Entry[]>;

export function diffReleases(before: Side, after: Side): ReleaseDiff {
  return {
    territories: diffCollection(before.territories, after.territories),
    actions: diffCollection(before.actions, after.actions),
    figures: diffCollection(before.figures, after.figures),
    articles: diffCollection(before.articles, after.articles),
  };
}

export const isEmpty = (d: CollectionDiff) => !d.added.length && !d.removed.length && !d.changed.length;
