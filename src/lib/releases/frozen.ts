/**
 * Frozen views: every chart view of every archived release, deduplicated. A view whose drawing,
 * table and text are the same in two releases is one page, kept under the first release that
 * published it (as Our World in Data's archive keeps a chart under the date its inputs last
 * changed), so the archive grows with what changed, not with releases × views.
 *
 * The comparison leaves out the dataset-wide coverage note (« 46 actions documentées sur plus de
 * 400 ») that every action chart repeats: it changes with every release and is not the view's own.
 */
import { buildChart, chartVariants } from '../charts/registry.ts';
import { coverageNote } from '../charts/shared/text.ts';
import { CHART_IDS, type ChartData, type ChartId, type ChartParams, type ChartView } from '../charts/types.ts';
import { variantOf } from '../charts/variants.ts';
import type { Lang } from '../i18n/lang.ts';
import { href } from '../paths.ts';
import { sha256 } from './verify.ts';
import type { Release, ReleaseArchive } from './load.ts';
import type { Snapshot } from './snapshot.ts';

/** The part of a view that makes it the same view: what it draws and says, minus the coverage note. */
export function viewFingerprint(view: ChartView, data: ChartData): string {
  const shared = coverageNote(data, view.lang);
  const { title, subtitle, message, svg, table, description, notes, source } = view;
  return sha256(JSON.stringify({ title, subtitle, message, svg, table, description, notes: notes.filter((n) => n !== shared), source }));
}

export interface FrozenPage {
  id: ChartId;
  params: ChartParams;
  variant: string;
  /** The release the page lives under: the first whose view had these inputs. */
  release: Release & { snapshot: Snapshot };
}

export interface FrozenPlan {
  pages: FrozenPage[];
  /** Version whose page shows this view as `version` published it; undefined when it did not exist then. */
  pageVersion(id: ChartId, variant: string, version: string): string | undefined;
}

const planned = new WeakMap<ReleaseArchive, FrozenPlan>();

export function frozenPlan(archive: ReleaseArchive): FrozenPlan {
  const known = planned.get(archive);
  if (known) return known;
  const pages: FrozenPage[] = [];
  /** `chart/variant@version` → version of its page */
  const pageOf = new Map<string, string>();
  /** `chart/variant#fingerprint` → version of its page */
  const byInputs = new Map<string, string>();
  for (const release of archive.archived) {
    const data = release.snapshot.data;
    for (const id of CHART_IDS) {
      for (const params of chartVariants(id, data)) {
        const variant = variantOf(params);
        const key = `${id}/${variant}`;
        const inputs = `${key}#${viewFingerprint(buildChart(id, data, params), data)}`;
        let version = byInputs.get(inputs);
        if (!version) {
          version = release.version;
          byInputs.set(inputs, version);
          pages.push({ id, params, variant, release });
        }
        pageOf.set(`${key}@${release.version}`, version);
      }
    }
  }
  const plan: FrozenPlan = { pages, pageVersion: (id, variant, version) => pageOf.get(`${id}/${variant}@${version}`) };
  planned.set(archive, plan);
  return plan;
}

/**
 * The frozen pages of the English edition: the default view of each chart, for each release where
 * it changed. Doubling every frozen variant would double the archive's share of the build (see
 * docs/edition-anglaise.md); filtered frozen views are cited from the French edition.
 */
export function frozenPagesIn(archive: ReleaseArchive, lang: Lang): FrozenPage[] {
  const pages = frozenPlan(archive).pages;
  return lang === 'fr' ? pages : pages.filter((p) => p.variant === '');
}

/** Whether the frozen page of this view under `version` exists in `lang`'s edition. */
function frozenIn(lang: Lang, variant: string): boolean {
  return lang === 'fr' || variant === '';
}

/** Prefix of each edition's paths (the French ones are the historical addresses). */
const at = (lang: Lang) => (lang === 'fr' ? '' : `/${lang}`);

/** `/embed/versions/<version>/<chart>/[<variant>/]` (English: `/en/embed/versions/…`) */
export function frozenUrl(id: ChartId, variant: string, version: string, lang: Lang = 'fr'): string {
  return href(`${at(lang)}/embed/versions/${version}/${id}/${variant ? `${variant}/` : ''}`);
}

/**
 * The frozen page a reader of the live view is offered: the newest release's, when that release is
 * archived and had this view. Null while the newest release awaits `npm run release`.
 */
export function latestFrozen(
  archive: ReleaseArchive,
  id: ChartId,
  variant: string,
  lang: Lang = 'fr',
): { url: string; release: Release } | null {
  const newest = archive.releases[0];
  if (!newest?.snapshot || !frozenIn(lang, variant)) return null;
  const version = frozenPlan(archive).pageVersion(id, variant, newest.version);
  const release = version && archive.releases.find((r) => r.version === version);
  return release ? { url: frozenUrl(id, variant, release.version, lang), release } : null;
}

/** `/donnees/versions/<version>/graphiques/<chart>[/<variant>].<ext>`: downloads of a frozen page (English: `/en/data/versions/<version>/charts/…`). */
export function frozenFileUrl(id: ChartId, variant: string, version: string, ext: 'csv' | 'svg' | 'png', lang: Lang = 'fr'): string {
  const folder = lang === 'fr' ? `/donnees/versions/${version}/graphiques` : `${at(lang)}/data/versions/${version}/charts`;
  return href(`${folder}/${id}${variant ? `/${variant}` : ''}.${ext}`);
}

/** Static paths of the frozen pages' files (PNG only for default views, as live). */
export function frozenFilePaths(archive: ReleaseArchive, defaultsOnly = false, lang: Lang = 'fr') {
  return frozenPagesIn(archive, lang)
    .filter((p) => !defaultsOnly || !p.variant)
    .map((p) => ({
      params: { version: p.release.version, file: p.variant ? `${p.id}/${p.variant}` : p.id },
      props: { page: p },
    }));
}

/** `/oembed/versions/<version>/<chart>[/<variant>].json` (English: `/en/oembed/versions/…`) */
export function frozenOembedUrl(id: ChartId, variant: string, version: string, lang: Lang = 'fr'): string {
  return href(`${at(lang)}/oembed/versions/${version}/${id}${variant ? `/${variant}` : ''}.json`);
}
