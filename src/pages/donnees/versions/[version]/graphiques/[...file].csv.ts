/** CSV of each frozen view: its table as the release published it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../../lib/charts/registry.ts';
import { toCsv } from '../../../../../lib/charts/export.ts';
import { getArchive } from '../../../../../lib/releases/load.ts';
import { frozenFilePaths, type FrozenPage } from '../../../../../lib/releases/frozen.ts';

export const getStaticPaths = (() => frozenFilePaths(getArchive())) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: FrozenPage }> = ({ props: { page } }) =>
  new Response(toCsv(buildChart(page.id, page.release.snapshot.data, page.params).table), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
