/**
 * One row per territory on a shared time axis. Wide: name on the left; narrow: name above its row,
 * so nothing is cut at 320 px.
 */
import { scaleLinear } from 'd3-scale';
import { round, textWidth } from '../svg.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Placement, SignaturesState } from './state.ts';
import { SIGNATURES_WORDS } from './words.ts';

export interface LegendItem {
  key: Placement | 'incertaine' | 'avenant';
  label: string;
  x: number;
  y: number;
}

export interface TimelineRow {
  key: string;
  name: string;
  nameX: number;
  nameY: number;
  lineY: number;
  placement: Placement;
  uncertain: boolean;
  boundSide: 'after' | 'before' | null;
  x1: number;
  x2: number;
  /** Where « date inconnue » is written when nothing can be placed. */
  unknown: boolean;
  events: { x1: number; x2: number; placement: Placement; tip: string }[];
  highlight: boolean;
  tip: string;
  /** The SVG `<title>`: the tip, or in English the tip without the French name (shown beside it, marked). */
  title: string;
  /** Language of the name when it differs from the chart's. */
  nameLang: 'fr' | undefined;
}

export interface SignaturesLayout {
  width: number;
  height: number;
  plotX: number;
  plotTop: number;
  legend: LegendItem[];
  ticks: { x: number; label: string }[];
  rows: TimelineRow[];
  /** Written at the end of a row that cannot be placed. */
  unknownLabel: string;
}

/** Legend entries, in drawing order; their labels come from the view's language. */
const LEGEND: LegendItem['key'][] = ['jour', 'incertaine', 'mois', 'année', 'borne', 'cohorte', 'avenant'];

export function signaturesLayout(state: SignaturesState, width: number, lang: Lang = 'fr'): SignaturesLayout {
  const w = SIGNATURES_WORDS[lang];
  const narrow = width < 480;
  // Legend items flow left to right and wrap.
  const legend: LegendItem[] = [];
  let lx = 0;
  let ly = 12;
  // The bound's legend only where a row has one: older data (and their frozen views) have none.
  const shown = LEGEND.filter((key) => key !== 'borne' || state.rows.some((r) => r.placement === 'borne')).map((key) => ({
    key,
    label: w.legend[key],
  }));
  for (const item of shown) {
    const w = 22 + textWidth(item.label, 11) + 14;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += 18;
    }
    legend.push({ ...item, x: round(lx), y: ly });
    lx += w;
  }
  const axisY = ly + 26;
  const plotX = narrow ? 0 : 170;
  const spans = state.rows.flatMap((r) => [r.span, ...r.events.map((e) => e.span)]).filter((s) => s !== null);
  const minYear = Math.floor(Math.min(...spans.map((s) => s.start)));
  const maxYear = Math.ceil(Math.max(...spans.map((s) => s.end)));
  const x = scaleLinear()
    .domain([minYear, maxYear === minYear ? minYear + 1 : maxYear])
    .range([plotX + 6, width - 6]);
  const ticks: { x: number; label: string }[] = [];
  const step = narrow && maxYear - minYear > 5 ? 2 : 1;
  for (let y = minYear; y <= maxYear; y += step) ticks.push({ x: round(x(y)), label: String(y) });
  const rowH = narrow ? 32 : 20;
  const rows = state.rows.map((r, i) => {
    const top = axisY + 8 + i * rowH;
    const lineY = narrow ? top + 22 : top + 10;
    return {
      key: r.id,
      name: r.name,
      nameX: 0,
      nameY: round(narrow ? top + 11 : top + 14),
      lineY: round(lineY),
      placement: r.placement,
      uncertain: r.uncertain,
      boundSide: r.boundSide,
      // A bound reaches to the edge of the plot on its open side.
      x1: r.span ? round(r.boundSide === 'before' ? plotX + 6 : x(r.span.start)) : 0,
      x2: r.span ? round(r.boundSide === 'after' ? width - 6 : x(r.span.end)) : 0,
      unknown: r.span === null,
      events: r.events
        .filter((e) => e.span !== null)
        .map((e) => ({ x1: round(x(e.span!.start)), x2: round(x(e.span!.end)), placement: e.placement, tip: e.label })),
      highlight: r.highlight,
      tip: w.tip(
        r.name,
        r.label,
        r.events.map((e) => e.label),
      ),
      title:
        lang === 'fr'
          ? w.tip(
              r.name,
              r.label,
              r.events.map((e) => e.label),
            )
          : w.tipUnnamed(
              r.label,
              r.events.map((e) => e.label),
            ),
      nameLang: lang === 'fr' ? undefined : ('fr' as const),
    };
  });
  return {
    width,
    height: round(axisY + 8 + rows.length * rowH + 4),
    plotX,
    plotTop: axisY,
    legend,
    ticks,
    rows,
    unknownLabel: w.unknownDate,
  };
}
