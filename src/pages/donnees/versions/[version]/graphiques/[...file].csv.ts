/** CSV of each frozen view: its table as the release published it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../../lib/charts/registry.ts';
import { csvResponse } from '../../../../../lib/charts/responses.ts';
import { getArchive } from '../../../../../lib/releases/load.ts';
import { frozenFilePaths, type FrozenPage } from '../../../../../lib/releases/frozen.ts';

const LANG = 'fr';

export const getStaticPaths = (() => frozenFilePaths(getArchive(), false, LANG)) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: FrozenPage }> = ({ props: { page } }) =>
  csvResponse(buildChart(page.id, page.release.snapshot.data, page.params, LANG));
