/**
 * Horizontal bars with the label on its own line above each bar: reads the same at 320 px and on
 * a desktop, and long labels wrap instead of being cut. Layout (pure, d3-scale) and drawing.
 */
import { scaleLinear } from 'd3-scale';
import { esc, INK, round, tag, textWidth, wrapText } from '../svg.ts';
import type { Drawn } from '../types.ts';

export interface BarItem {
  key: string;
  label: string;
  /** Language of the label when it differs from the chart's (a French heading quoted in an English chart). */
  lang?: 'fr' | undefined;
  value: number;
  /** Text after the bar (« 11 actions », « 21 % »). */
  valueLabel: string;
  /** Fill; defaults to the neutral accent. */
  color?: string | undefined;
  /** Drawn stronger than the others (the reader's filter). */
  highlight?: boolean | undefined;
  /** Native tooltip and enhanced tooltip text. */
  tip: string;
  /**
   * The SVG `<title>` when it must differ from `tip`: an English chart leaves out the French name the
   * bar's label already shows (marked French), so the title is all English.
   */
  title?: string | undefined;
}

export interface BarRow {
  key: string;
  labelLines: { text: string; y: number }[];
  labelLang: 'fr' | undefined;
  barY: number;
  barWidth: number;
  valueX: number;
  valueY: number;
  valueLabel: string;
  color: string;
  highlight: boolean;
  tip: string;
  title: string;
}

export interface BarsLayout {
  width: number;
  height: number;
  barHeight: number;
  ticks: { x: number; label: string }[];
  tickTop: number;
  rows: BarRow[];
}

export const FONT = 13;
const LINE = 16;
const BAR = 14;
const GAP = 12;
const TOP = 22;

/** Positions for `items` drawn in order at `width`; the scale starts at zero and ends at the largest value. */
export function barsLayout(items: readonly BarItem[], width: number, tickFormat: (n: number) => string = String): BarsLayout {
  const valueRoom = Math.max(40, ...items.map((i) => textWidth(i.valueLabel, FONT) + 8));
  const max = Math.max(1, ...items.map((i) => i.value));
  const x = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([0, width - valueRoom]);
  let y = TOP;
  const rows: BarRow[] = items.map((item) => {
    const lines = wrapText(item.label, width - 4, FONT);
    const labelLines = lines.map((text, i) => ({ text, y: round(y + FONT + i * LINE) }));
    const barY = y + lines.length * LINE + 4;
    const barWidth = round(Math.max(item.value > 0 ? 1.5 : 0, x(item.value)));
    y = barY + BAR + GAP;
    return {
      key: item.key,
      labelLines,
      labelLang: item.lang,
      barY: round(barY),
      barWidth,
      valueX: round(barWidth + 5),
      valueY: round(barY + BAR - 2.5),
      valueLabel: item.valueLabel,
      color: item.color ?? INK.accent,
      highlight: item.highlight ?? false,
      tip: item.tip,
      title: item.title ?? item.tip,
    };
  });
  // Integer ticks only when the values are counts.
  const integers = items.every((i) => Number.isInteger(i.value));
  const ticks = x
    .ticks(width < 420 ? 3 : 5)
    .filter((t) => !integers || Number.isInteger(t))
    .map((t) => ({ x: round(x(t)), label: tickFormat(t) }));
  return { width, height: round(y - GAP + 4), barHeight: BAR, ticks, tickTop: 12, rows };
}

export function drawBars(l: BarsLayout): Drawn {
  const grid = l.ticks.map((t) =>
    tag('g', { class: 'tick' }, [
      tag('line', { class: 'c-grid', x1: t.x + 0.5, x2: t.x + 0.5, y1: 16, y2: l.height, stroke: INK.line }),
      tag(
        'text',
        { class: 'c-soft', x: t.x, y: l.tickTop, 'text-anchor': t.x < 4 ? 'start' : 'middle', fill: INK.soft, 'font-size': 11 },
        esc(t.label),
      ),
    ]),
  );
  const rows = l.rows.map((r) =>
    tag('g', { class: r.highlight ? 'mark is-highlight' : 'mark', 'data-key': r.key, 'data-tip': r.tip }, [
      tag('title', {}, esc(r.title)),
      ...r.labelLines.map((line) =>
        tag(
          'text',
          { class: 'c-text', x: 0, y: line.y, fill: INK.text, 'font-weight': r.highlight ? 700 : null, lang: r.labelLang },
          esc(line.text),
        ),
      ),
      tag('rect', {
        class: 'bar',
        x: 0,
        y: r.barY,
        width: r.barWidth,
        height: l.barHeight,
        fill: r.color,
        stroke: INK.text,
        'stroke-width': 0.75,
      }),
      tag('text', { class: 'c-text', x: r.valueX, y: r.valueY, fill: INK.text, 'font-weight': 700 }, esc(r.valueLabel)),
    ]),
  );
  return { body: tag('g', { 'font-size': FONT }, [...grid, ...rows]), width: l.width, height: l.height };
}
