/** A grid of small column charts sharing one vertical scale, so panels compare at a glance. */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Lang } from '../../i18n/lang.ts';
import { round } from '../svg.ts';
import type { DomainYearState } from './state.ts';
import { DOMAIN_YEAR_WORDS } from './words.ts';

export interface Panel {
  key: string;
  x: number;
  y: number;
  title: string;
  color: string;
  columns: { x: number; y: number; w: number; h: number; tip: string }[];
  baseline: number;
  width: number;
  firstYear: string;
  lastYear: string;
  peak: { x: number; y: number; value: number } | null;
}

export interface DomainYearLayout {
  width: number;
  height: number;
  panels: Panel[];
}

const PANEL_H = 104;
const GAP_X = 18;
const GAP_Y = 14;

export function domainYearLayout(state: DomainYearState, width: number, lang: Lang = 'fr'): DomainYearLayout {
  const cols = Math.max(1, Math.min(4, Math.floor((width + GAP_X) / (150 + GAP_X))));
  const pw = (width - GAP_X * (cols - 1)) / cols;
  const titleH = 20;
  const axisH = 16;
  const x = scaleBand<number>().domain(state.years).range([0, pw]).paddingInner(0.2);
  const y = scaleLinear()
    .domain([0, state.max])
    .range([PANEL_H - axisH, titleH + 14]);
  const panels = state.series.map((d, i) => {
    const px = (i % cols) * (pw + GAP_X);
    const py = Math.floor(i / cols) * (PANEL_H + GAP_Y);
    const peakValue = Math.max(...d.values.map((v) => v.count));
    const peakYear = d.values.find((v) => v.count === peakValue)!;
    return {
      key: d.id,
      x: round(px),
      y: round(py),
      title: `${d.shortLabel} (${d.total})`,
      color: d.color,
      baseline: round(PANEL_H - axisH),
      width: round(pw),
      firstYear: String(state.years[0] ?? ''),
      lastYear: String(state.years.at(-1) ?? ''),
      columns: d.values.map((v) => ({
        x: round(x(v.year) ?? 0),
        y: round(y(v.count)),
        w: round(x.bandwidth()),
        h: round(PANEL_H - axisH - y(v.count)),
        tip: DOMAIN_YEAR_WORDS[lang].tip(d.label, v.year, v.count),
      })),
      peak:
        peakValue > 0
          ? { x: round((x(peakYear.year) ?? 0) + x.bandwidth() / 2), y: round(y(peakValue) - 3), value: peakValue }
          : null,
    };
  });
  const rows = Math.ceil(state.series.length / cols);
  return { width, height: round(rows * PANEL_H + Math.max(0, rows - 1) * GAP_Y), panels };
}
