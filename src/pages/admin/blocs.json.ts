import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { CHARTS, chartVariants } from '../../lib/charts/registry.ts';
import { variantOf } from '../../lib/charts/variants.ts';

/**
 * The pick lists of the article blocks in the editing interface (src/client/admin/blocks.ts),
 * generated from the chart registry and content/ like the rest of the configuration: charts with
 * their filters and the views that have an embed page, territories, domains, key figures.
 */
export const GET: APIRoute = async () => {
  const data = await getDataset();
  const body = {
    charts: Object.values(CHARTS).map((c) => ({
      id: c.id,
      title: c.title,
      params: c.params,
      variants: chartVariants(c.id, data).map(variantOf),
    })),
    territories: data.territories.map((t) => ({ id: t.id, name: t.name })),
    domains: data.domains.map((d) => ({ id: d.id, label: d.label })),
    figures: data.figures.map((f) => ({ id: f.id, label: f.label })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
