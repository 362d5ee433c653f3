/**
 * The HTTP bodies of a chart view's files, shared by the French and English endpoints (live and
 * frozen): CSV of its table, standalone SVG, PNG, oEmbed. The view carries its language.
 */
import { estimatedHeight, iframeCode, oembedJson, standaloneSvg, toCsv, type Edition } from './export.ts';
import { svgToPng } from './png.ts';
import type { ChartView } from './types.ts';
import { absolute, chartUrls } from './urls.ts';
import { routesFor } from '../paths.ts';
import { plain } from './shared/text.ts';

export function csvResponse(view: ChartView): Response {
  return new Response(toCsv(view.table, view.lang), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

export function svgResponse(view: ChartView, permalink: string, edition?: Edition): Response {
  return new Response(standaloneSvg(view, permalink, edition), { headers: { 'content-type': 'image/svg+xml' } });
}

export function pngResponse(view: ChartView, permalink: string, edition?: Edition): Response {
  const png = svgToPng(standaloneSvg(view, permalink, edition));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
}

/** oEmbed of an embed page at `src` (absolute); `title` is what the oEmbed calls the view. */
export function oembedResponse(view: ChartView, src: string, marked: string, site: URL | undefined): Response {
  const title = plain(marked);
  const height = estimatedHeight(view);
  const html = iframeCode({
    src,
    title: `${title} — Atlas CTAI`,
    height,
    scriptSrc: absolute(chartUrls.parentScript(), site),
    link: src,
  });
  const body = oembedJson({ title, html, height, providerUrl: absolute(routesFor(view.lang).home(), site) });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
