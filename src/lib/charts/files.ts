/**
 * Static paths of the per-view files (`/donnees/graphiques/<chart>[/<variant>].<ext>`), shared by
 * the CSV, SVG, PNG and oEmbed endpoints.
 *
 * A path carries only the chart id and its filters; the endpoint builds the view when it renders
 * the file. Building every view up front kept thousands of complete views (SVG, table, notes) in
 * memory for the whole build and grew quadratically with the content.
 */
import type { Dataset } from '../dataset.ts';
import type { Lang } from '../i18n/lang.ts';
import { buildChart, CHART_IDS, chartVariants } from './registry.ts';
import type { ChartId, ChartParams, ChartView } from './types.ts';
import { variantOf } from './variants.ts';

/** What an endpoint receives for one file: which chart, with which filters. */
// A type alias, not an interface: Astro's `Props` wants an index signature.
export type ViewFileProps = {
  id: ChartId;
  params: ChartParams;
  /** Edition of the file (French by default). */
  lang?: Lang;
};

/** One path per chart view; `defaultsOnly` for files built only for the default views (PNG). */
export function viewPaths(
  data: Dataset,
  defaultsOnly = false,
  lang: Lang = 'fr',
): { params: { file: string }; props: ViewFileProps }[] {
  return CHART_IDS.flatMap((id) =>
    (defaultsOnly ? [{}] : chartVariants(id, data)).map((params) => {
      const variant = variantOf(params);
      return { params: { file: variant ? `${id}/${variant}` : id }, props: { id, params, lang } };
    }),
  );
}

/** The view a file of `viewPaths` shows. */
export function viewOfFile(data: Dataset, { id, params, lang = 'fr' }: ViewFileProps): ChartView {
  return buildChart(id, data, params, lang);
}
