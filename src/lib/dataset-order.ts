/**
 * The order every view reads the content in (territories by name, domains by their rank, actions by
 * title) and the research year, shared by the live dataset and the release snapshots: the same data
 * must draw the same chart, byte for byte, whichever way it was loaded.
 */
import type { Action } from '../schemas/action.ts';
import type { Domain } from '../schemas/domain.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Territory } from '../schemas/territory.ts';

export interface OrderedData {
  territories: Territory[];
  actions: Action[];
  domains: Domain[];
  figures: Figure[];
  /** Year the research was compiled: open-ended actions run up to it. */
  lastYear: number;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

export function orderDataset(d: {
  territories: readonly Territory[];
  actions: readonly Action[];
  domains: readonly Domain[];
  figures: readonly Figure[];
}): OrderedData {
  const territories = [...d.territories].sort(byName);
  return {
    territories,
    actions: [...d.actions].sort((x, y) => x.title.localeCompare(y.title, 'fr')),
    domains: [...d.domains].sort((x, y) => x.order - y.order),
    figures: [...d.figures],
    lastYear: Math.max(...territories.map((x) => Number(x.researchedOn.slice(0, 4)))),
  };
}
