/**
 * Frozen views: one page per distinct view (a view unchanged since an earlier release shares its
 * page), and the « Données plus récentes » phrases computed from the view's own numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChart, chartVariants } from '../../src/lib/charts/registry.ts';
import { CHART_IDS, type ChartData } from '../../src/lib/charts/types.ts';
import { variantOf } from '../../src/lib/charts/variants.ts';
import { orderDataset } from '../../src/lib/dataset-order.ts';
import { frozenPlan, frozenUrl, latestFrozen } from '../../src/lib/releases/frozen.ts';
import type { Release, ReleaseArchive } from '../../src/lib/releases/load.ts';
import { viewChanges } from '../../src/lib/releases/notice.ts';
import { parseSnapshot, type Snapshot } from '../../src/lib/releases/snapshot.ts';

const v100 = parseSnapshot(readFileSync('releases/1.0.0.json', 'utf8'), 'releases/1.0.0.json');
const v110 = parseSnapshot(readFileSync('releases/1.1.0.json', 'utf8'), 'releases/1.1.0.json');

/** `base` plus one more action in `territory`, copied from one it already has. */
function withExtraAction(base: ChartData, territory: string): ChartData {
  const model = base.actions.find((a) => a.territory === territory)!;
  return orderDataset({
    ...base,
    actions: [...base.actions, { ...model, id: 'action-ajoutee-test', title: 'Action ajoutée (test)' }],
  });
}

function archiveOf(...snapshots: Snapshot[]): ReleaseArchive {
  const releases: Release[] = snapshots.map((s) => ({ version: s.version, date: s.date, items: [], snapshot: s })).reverse();
  return { releases, archived: [...releases].reverse() as ReleaseArchive['archived'] };
}

const release = (version: string, date: string, data: ChartData): Snapshot => ({
  version,
  date,
  source: { commit: null, note: 'test' },
  data,
  articles: [],
});

describe('frozen pages', () => {
  const territory = v110.data.actions[0]!.territory;
  const other = v110.data.territories.find((t) => t.id !== territory && v110.data.actions.some((a) => a.territory === t.id))!.id;
  const a = release('2.0.0', '2026-12-10', v110.data);
  const b = release('2.1.0', '2026-12-11', withExtraAction(v110.data, territory));
  const plan = frozenPlan(archiveOf(a, b));

  it('share a page when the view did not change, and get a new one when it did', () => {
    expect(plan.pageVersion('actions-par-annee', `territoire-${other}`, '2.1.0')).toBe('2.0.0');
    expect(plan.pageVersion('actions-par-annee', `territoire-${territory}`, '2.1.0')).toBe('2.1.0');
    expect(plan.pageVersion('actions-par-annee', '', '2.1.0')).toBe('2.1.0');
  });

  it('grow with what changed, not with releases × views', () => {
    const views = CHART_IDS.reduce((n, id) => n + chartVariants(id, a.data).length, 0);
    const newer = plan.pages.filter((p) => p.release.version === '2.1.0').length;
    expect(plan.pages.filter((p) => p.release.version === '2.0.0')).toHaveLength(views);
    expect(newer).toBeGreaterThan(0);
    expect(newer).toBeLessThan(views / 2);
  });

  it('are offered for the newest release only once it is archived', () => {
    const archive = archiveOf(a, b);
    expect(latestFrozen(archive, 'actions-par-annee', `territoire-${other}`)?.url).toBe(
      frozenUrl('actions-par-annee', `territoire-${other}`, '2.0.0'),
    );
    const pending: ReleaseArchive = {
      ...archive,
      releases: [{ version: '2.2.0', date: '2026-12-12', items: [], snapshot: null }, ...archive.releases],
    };
    expect(latestFrozen(pending, 'actions-par-annee', '')).toBeNull();
  });
});

describe('« Données plus récentes »', () => {
  const change = (id: (typeof CHART_IDS)[number], from: ChartData, to: ChartData, params = {}) =>
    viewChanges(id, params, { view: buildChart(id, from, params), data: from }, { view: buildChart(id, to, params), data: to });

  it('says how many actions and territories the view gained', () => {
    const gained = new Set(v110.data.actions.map((x) => x.territory));
    for (const t of v100.data.actions.map((x) => x.territory)) gained.delete(t);
    const phrases = change('actions-par-annee', v100.data, v110.data);
    expect(phrases[0]).toBe(`${v100.data.actions.length} → ${v110.data.actions.length}\u00a0actions documentées`);
    expect(phrases).toContain(`${gained.size}\u00a0territoires de plus avec au moins une action`);
  });

  it('says nothing when the view is the same', () => {
    const territory = v110.data.actions[0]!.territory;
    const other = v110.data.territories.find(
      (t) => t.id !== territory && v110.data.actions.some((a) => a.territory === t.id),
    )!.id;
    expect(change('actions-par-annee', v110.data, withExtraAction(v110.data, territory), { territoire: other })).toEqual([]);
    expect(change('actions-par-annee', v110.data, withExtraAction(v110.data, territory), { territoire: territory })).toEqual([
      `${v110.data.actions.filter((x) => x.territory === territory).length} → ${v110.data.actions.filter((x) => x.territory === territory).length + 1}\u00a0actions documentées`,
    ]);
  });

  it('names rows for charts that do not count actions', () => {
    const phrases = change('signatures', v100.data, v110.data);
    expect(phrases.join(' ')).toMatch(/territoires? ajoutés?/);
  });

  it('every frozen view of a release compared with itself has no notice', () => {
    for (const id of CHART_IDS)
      for (const params of chartVariants(id, v100.data).slice(0, 5))
        expect(change(id, v100.data, v100.data, params), `${id}/${variantOf(params)}`).toEqual([]);
  });
});
