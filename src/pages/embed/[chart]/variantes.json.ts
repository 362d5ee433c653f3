/**
 * `/embed/<chart>/variantes.json`: the names of the chart's pre-rendered views, read by the embed
 * page only when its URL asks for a filter (`?territoire=…&domaine=…`). One file per chart rather
 * than the list in every embed page: with thousands of territories the list would be repeated in
 * thousands of pages (it made the embed pages grow with the square of the content).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../lib/dataset.ts';
import { CHART_IDS, chartVariants, variantOf, type ChartId } from '../../../lib/charts/registry.ts';

export const getStaticPaths = (() => CHART_IDS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const names = chartVariants(params['chart'] as ChartId, await getDataset())
    .map(variantOf)
    .filter(Boolean);
  return new Response(JSON.stringify(names), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
