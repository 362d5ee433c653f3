/** Vertical columns on a band scale (years), value written above each column. Layout and drawing. */
import { scaleBand, scaleLinear } from 'd3-scale';
import { esc, INK, round, tag } from '../svg.ts';
import type { Drawn } from '../types.ts';

export interface ColumnItem {
  key: string;
  label: string;
  value: number;
  tip: string;
}

export interface ColumnsLayout {
  width: number;
  height: number;
  baseline: number;
  color: string;
  columns: { key: string; x: number; y: number; w: number; h: number; cx: number; label: string; value: number; tip: string }[];
  /** Show every n-th label when space is short. */
  labelEvery: number;
}

const FONT = 12;

export function columnsLayout(items: readonly ColumnItem[], width: number, height: number, color: string): ColumnsLayout {
  const top = 20;
  const bottom = 22;
  const x = scaleBand<string>()
    .domain(items.map((i) => i.key))
    .range([0, width])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const max = Math.max(1, ...items.map((i) => i.value));
  const y = scaleLinear()
    .domain([0, max])
    .range([height - bottom, top]);
  const bw = x.bandwidth();
  return {
    width,
    height,
    baseline: height - bottom,
    color,
    labelEvery: bw < 22 ? 2 : 1,
    columns: items.map((i) => {
      const y0 = y(i.value);
      return {
        key: i.key,
        x: round(x(i.key) ?? 0),
        y: round(y0),
        w: round(bw),
        h: round(height - bottom - y0),
        cx: round((x(i.key) ?? 0) + bw / 2),
        label: i.label,
        value: i.value,
        tip: i.tip,
      };
    }),
  };
}

export function drawColumns(l: ColumnsLayout): Drawn {
  const cols = l.columns.map((c, i) =>
    tag('g', { class: 'mark', 'data-key': c.key, 'data-tip': c.tip }, [
      tag('title', {}, esc(c.tip)),
      c.h > 0
        ? tag('rect', {
            class: 'bar',
            x: c.x,
            y: c.y,
            width: c.w,
            height: c.h,
            fill: l.color,
            stroke: INK.text,
            'stroke-width': 0.75,
          })
        : '',
      tag(
        'text',
        { class: 'c-text', x: c.cx, y: c.y - 5, 'text-anchor': 'middle', fill: INK.text, 'font-weight': 700 },
        String(c.value),
      ),
      i % l.labelEvery === 0 || i === l.columns.length - 1
        ? tag('text', { class: 'c-soft', x: c.cx, y: l.baseline + 16, 'text-anchor': 'middle', fill: INK.soft }, esc(c.label))
        : '',
    ]),
  );
  const axis = tag('line', { class: 'c-axis', x1: 0, x2: l.width, y1: l.baseline + 0.5, y2: l.baseline + 0.5, stroke: INK.axis });
  return { body: tag('g', { 'font-size': FONT }, [...cols, axis]), width: l.width, height: l.height };
}
