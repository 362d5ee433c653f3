import { esc, INK, tag } from '../svg.ts';
import type { Drawn } from '../types.ts';
import type { DomainYearLayout } from './layout.ts';

export function drawDomainYear(l: DomainYearLayout): Drawn {
  const panels = l.panels.map((p) =>
    tag('g', { class: 'panel', transform: `translate(${p.x},${p.y})` }, [
      tag('text', { class: 'c-text', x: 0, y: 13, fill: INK.text, 'font-weight': 700 }, esc(p.title)),
      ...p.columns.map((c) =>
        tag('g', { class: 'mark', 'data-key': p.key, 'data-tip': c.tip }, [
          tag('title', {}, esc(c.tip)),
          // A thin hit area keeps empty years hoverable.
          tag('rect', { class: 'hit', x: c.x, y: 20, width: c.w, height: p.baseline - 20, fill: 'transparent' }),
          c.h > 0
            ? tag('rect', {
                class: 'bar',
                x: c.x,
                y: c.y,
                width: c.w,
                height: c.h,
                fill: p.color,
                stroke: INK.text,
                'stroke-width': 0.5,
              })
            : '',
        ]),
      ),
      p.peak
        ? tag(
            'text',
            { class: 'c-soft', x: p.peak.x, y: p.peak.y, 'text-anchor': 'middle', fill: INK.soft, 'font-size': 10 },
            String(p.peak.value),
          )
        : '',
      tag('line', { class: 'c-axis', x1: 0, x2: p.width, y1: p.baseline + 0.5, y2: p.baseline + 0.5, stroke: INK.axis }),
      tag('text', { class: 'c-soft', x: 0, y: p.baseline + 13, fill: INK.soft, 'font-size': 10 }, p.firstYear),
      tag(
        'text',
        { class: 'c-soft', x: p.width, y: p.baseline + 13, 'text-anchor': 'end', fill: INK.soft, 'font-size': 10 },
        p.lastYear,
      ),
    ]),
  );
  return { body: tag('g', { 'font-size': 12 }, panels), width: l.width, height: l.height };
}
