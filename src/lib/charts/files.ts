/**
 * Static paths of the per-view files (`/donnees/graphiques/<chart>[/<variant>].<ext>`), shared by
 * the CSV, SVG, PNG and oEmbed endpoints.
 */
import type { Dataset } from '../dataset.ts';
import { buildChart, CHART_IDS, chartVariants } from './registry.ts';
import type { ChartView } from './types.ts';
import { variantOf } from './variants.ts';

/** One path per chart view; `defaultsOnly` for files built only for the default views (PNG). */
export function viewPaths(data: Dataset, defaultsOnly = false): { params: { file: string }; props: { view: ChartView } }[] {
  return CHART_IDS.flatMap((id) =>
    (defaultsOnly ? [{}] : chartVariants(id, data)).map((params) => {
      const variant = variantOf(params);
      return { params: { file: variant ? `${id}/${variant}` : id }, props: { view: buildChart(id, data, params) } };
    }),
  );
}
