/**
 * Shapes carry the precision (always with a legend): filled dot = day; hollow dot = announced or
 * inferred day; short thick bar = month; long thin bar = year; dashed bar = cohort year; diamond = amendment.
 */
import { esc, INK, tag } from '../svg.ts';
import type { Drawn } from '../types.ts';
import type { SignaturesLayout, TimelineRow } from './layout.ts';

const MARK = '#1f4e8c';

function firstMark(r: TimelineRow): string {
  const y = r.lineY;
  switch (r.placement) {
    case 'jour':
      return tag('circle', {
        class: r.uncertain ? 'sig-hollow' : 'sig-dot',
        cx: r.x1,
        cy: y,
        r: 4.5,
        fill: r.uncertain ? '#ffffff' : MARK,
        stroke: MARK,
        'stroke-width': 2,
      });
    case 'mois':
      return tag('rect', { class: 'sig-dot', x: r.x1, y: y - 4, width: Math.max(3, r.x2 - r.x1), height: 8, fill: MARK, rx: 1 });
    case 'année':
      return tag('rect', {
        class: 'sig-year',
        x: r.x1,
        y: y - 2.5,
        width: r.x2 - r.x1,
        height: 5,
        fill: MARK,
        'fill-opacity': 0.55,
        rx: 2,
      });
    case 'borne':
      return r.boundSide === 'before' ? boundMark(r.x2, r.x1, y, r.uncertain) : boundMark(r.x1, r.x2, y, r.uncertain);
    case 'cohorte':
      return tag('line', {
        class: 'sig-cohort',
        x1: r.x1,
        x2: r.x2,
        y1: y,
        y2: y,
        stroke: MARK,
        'stroke-width': 2.5,
        'stroke-dasharray': '3 3',
      });
    default:
      return '';
  }
}

/**
 * A bound: a bar at the bound and a thin dotted line with an arrowhead towards the open side, so
 * it reads « after this day » and never as a dated point.
 */
function boundMark(at: number, end: number, y: number, uncertain: boolean): string {
  const dir = end >= at ? 1 : -1;
  return tag('g', { class: 'sig-bound' }, [
    tag('line', { x1: at, x2: at, y1: y - 6, y2: y + 6, stroke: MARK, 'stroke-width': 2.5 }),
    tag('line', {
      x1: at,
      x2: end - dir * 6,
      y1: y,
      y2: y,
      stroke: MARK,
      'stroke-width': 1.5,
      'stroke-dasharray': uncertain ? '1 3' : '4 2',
    }),
    tag('path', { d: `M${end},${y}L${end - dir * 7},${y - 4}L${end - dir * 7},${y + 4}Z`, fill: MARK }),
  ]);
}

function diamond(cx: number, cy: number, size = 5): string {
  return `M${cx},${cy - size}L${cx + size},${cy}L${cx},${cy + size}L${cx - size},${cy}Z`;
}

function legendSymbol(key: string, x: number, y: number): string {
  const cx = x + 9;
  switch (key) {
    case 'jour':
      return tag('circle', { class: 'sig-dot', cx, cy: y, r: 4.5, fill: MARK });
    case 'incertaine':
      return tag('circle', { class: 'sig-hollow', cx, cy: y, r: 4.5, fill: '#ffffff', stroke: MARK, 'stroke-width': 2 });
    case 'mois':
      return tag('rect', { class: 'sig-dot', x: cx - 3, y: y - 4, width: 6, height: 8, fill: MARK });
    case 'année':
      return tag('rect', { class: 'sig-year', x: x, y: y - 2.5, width: 18, height: 5, fill: MARK, 'fill-opacity': 0.55, rx: 2 });
    case 'borne':
      return boundMark(x + 2, x + 18, y, true);
    case 'cohorte':
      return tag('line', {
        class: 'sig-cohort',
        x1: x,
        x2: x + 18,
        y1: y,
        y2: y,
        stroke: MARK,
        'stroke-width': 2.5,
        'stroke-dasharray': '3 3',
      });
    default:
      return tag('path', { class: 'sig-event', d: diamond(cx, y), fill: INK.accent });
  }
}

export function drawSignatures(l: SignaturesLayout): Drawn {
  const legend = l.legend.map((item) =>
    tag('g', { class: 'legend-item' }, [
      legendSymbol(item.key, item.x, item.y - 4),
      tag('text', { class: 'c-soft', x: item.x + 22, y: item.y, fill: INK.soft, 'font-size': 11 }, esc(item.label)),
    ]),
  );
  const grid = l.ticks.map((t) =>
    tag('g', {}, [
      tag('line', { class: 'c-grid', x1: t.x, x2: t.x, y1: l.plotTop + 4, y2: l.height, stroke: INK.line }),
      tag(
        'text',
        {
          class: 'c-soft',
          x: t.x < 16 ? t.x - 6 : t.x,
          y: l.plotTop,
          'text-anchor': t.x > l.width - 16 ? 'end' : t.x < 16 ? 'start' : 'middle',
          fill: INK.soft,
          'font-size': 11,
        },
        t.label,
      ),
    ]),
  );
  const rows = l.rows.map((r) =>
    tag('g', { class: r.highlight ? 'mark is-highlight' : 'mark', 'data-key': r.key, 'data-tip': r.tip }, [
      tag('title', {}, esc(r.title)),
      tag(
        'text',
        { class: 'c-text', x: r.nameX, y: r.nameY, fill: INK.text, 'font-weight': r.highlight ? 700 : null, lang: r.nameLang },
        esc(r.name),
      ),
      r.unknown
        ? tag(
            'text',
            {
              class: 'c-soft',
              x: l.width - 6,
              y: r.lineY + 4,
              'text-anchor': 'end',
              fill: INK.soft,
              'font-style': 'italic',
              'font-size': 11,
            },
            esc(l.unknownLabel),
          )
        : firstMark(r),
      ...r.events.map((e) =>
        e.placement === 'jour' || e.placement === 'mois'
          ? tag('path', { class: 'sig-event', d: diamond((e.x1 + e.x2) / 2, r.lineY), fill: INK.accent })
          : // Year-only amendments: a diamond outline centred on the year, with a thin span behind it.
            tag('g', {}, [
              tag('line', {
                class: 'sig-event-span',
                x1: e.x1,
                x2: e.x2,
                y1: r.lineY + 7,
                y2: r.lineY + 7,
                stroke: INK.accent,
                'stroke-width': 1.5,
              }),
              tag('path', {
                class: 'sig-event-year',
                d: diamond((e.x1 + e.x2) / 2, r.lineY),
                fill: '#ffffff',
                stroke: INK.accent,
                'stroke-width': 1.5,
              }),
            ]),
      ),
    ]),
  );
  return { body: tag('g', { 'font-size': 12 }, [...legend, ...grid, ...rows]), width: l.width, height: l.height };
}
