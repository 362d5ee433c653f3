/**
 * The frozen map of each release: `/embed/versions/<version>/carte/`, the static SVG map and its
 * list drawn from the release's snapshot. Like chart views, a release whose map inputs (the
 * territories and their documented actions) did not change shares the earlier release's page.
 */
import type { ChartData } from '../charts/types.ts';
import { frenchTypography, plural } from '../format.ts';
import { mapTallies } from '../map/tally.ts';
import { href } from '../paths.ts';
import type { Release, ReleaseArchive } from './load.ts';
import type { Snapshot } from './snapshot.ts';
import { sha256 } from './verify.ts';

/** What the map draws: every territory as it is, and its documented actions. */
function mapInputs(data: ChartData): string {
  const tallies = mapTallies(data);
  return sha256(
    JSON.stringify(data.territories.map((t) => [t, tallies.get(t.id)?.actions.map((a) => a.id) ?? [], tallies.get(t.id)?.byDomain ?? []])),
  );
}

export type ArchivedRelease = Release & { snapshot: Snapshot };

export interface MapPlan {
  pages: ArchivedRelease[];
  /** Version whose map page shows the map as `version` published it. */
  pageVersion(version: string): string | undefined;
}

const planned = new WeakMap<ReleaseArchive, MapPlan>();

export function frozenMapPlan(archive: ReleaseArchive): MapPlan {
  const known = planned.get(archive);
  if (known) return known;
  const pages: ArchivedRelease[] = [];
  const byInputs = new Map<string, string>();
  const pageOf = new Map<string, string>();
  for (const release of archive.archived) {
    const inputs = mapInputs(release.snapshot.data);
    let version = byInputs.get(inputs);
    if (!version) {
      version = release.version;
      byInputs.set(inputs, version);
      pages.push(release);
    }
    pageOf.set(release.version, version);
  }
  const plan = { pages, pageVersion: (v: string) => pageOf.get(v) };
  planned.set(archive, plan);
  return plan;
}

export const frozenMapUrl = (version: string) => href(`/embed/versions/${version}/carte/`);

/** What changed on the map between a release and the live data; [] when nothing did. */
export function mapChanges(frozen: ChartData, live: ChartData): string[] {
  if (mapInputs(frozen) === mapInputs(live)) return [];
  const phrases: string[] = [];
  if (frozen.actions.length !== live.actions.length)
    phrases.push(`${frozen.actions.length} → ${plural(live.actions.length, 'action documentée', 'actions documentées')}`);
  const before = new Set(frozen.territories.map((t) => t.id));
  const now = new Set(live.territories.map((t) => t.id));
  const added = [...now].filter((id) => !before.has(id)).length;
  const removed = [...before].filter((id) => !now.has(id)).length;
  if (added) phrases.push(`${plural(added, 'territoire', 'territoires')} ${added > 1 ? 'ajoutés' : 'ajouté'}`);
  if (removed) phrases.push(`${plural(removed, 'territoire', 'territoires')} ${removed > 1 ? 'retirés' : 'retiré'}`);
  if (!phrases.length) phrases.push('fiches des territoires mises à jour');
  return phrases.map(frenchTypography);
}
