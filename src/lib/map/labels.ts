/**
 * Collision-aware placement of the names on the static maps (build time, pure). Each candidate
 * names one symbol (a circle); it is tried at a few positions around its circle, in a fixed
 * order of preference, and kept at the first one where its box overlaps no label already placed,
 * no circle other than its own, no fixed obstacle (an inset's title) and stays inside its frame.
 * Candidates are placed by priority (most documented first), so when there is no room the least
 * important name is the one dropped. A place is named once: a second candidate with the same
 * text is dropped. The rule only reads geometry, never today's territories, so new points near
 * Lyon or Grenoble are placed by the same rule.
 *
 * The approach is the classic greedy point-feature label placement (Imhof's preferred positions,
 * as in Christensen, Marks & Shieber 1995, « An empirical study of algorithms for point-feature
 * label placement »): good enough for a few dozen labels, and deterministic.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelSymbol {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface LabelCandidate extends LabelSymbol {
  text: string;
  /** Higher is placed first. */
  priority: number;
  /** Where the label must stay (its frame: the map, or an overseas inset). */
  within: Box;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text position as SVG writes it: `x`, baseline `y`, `text-anchor`. */
  x: number;
  y: number;
  anchor: Anchor;
  /** The box the label was checked with (glyph extent plus the halo). */
  box: Box;
}

export interface LabelOptions {
  fontSize: number;
  /** Width of a text at `fontSize`, in the same units as the coordinates. */
  measure: (text: string, fontSize: number) => number;
  /** Space between a circle and its label, and around each label (the halo). Default fontSize / 4. */
  gap?: number;
  /** Boxes no label may cover (inset titles, a legend drawn inside the map). */
  obstacles?: readonly Box[];
}

/** Ascent and descent of Noto Sans, in em: the box a line of text covers around its baseline. */
const ASCENT = 0.8;
const DESCENT = 0.25;

/** Preferred positions, best first: right, left, above, below, then the four diagonals. */
const POSITIONS: readonly { dx: -1 | 0 | 1; dy: -1 | 0 | 1 }[] = [
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
  { dx: 1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: -1 },
  { dx: -1, dy: 1 },
];

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether a circle reaches into a box (closest point of the box within the radius). */
export function circleHitsBox(c: { x: number; y: number; r: number }, b: Box): boolean {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r * c.r;
}

const inside = (b: Box, frame: Box) => b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;

/** The label of `c` at one position: where SVG writes it and the box it covers, halo included. */
function at(c: LabelCandidate, pos: (typeof POSITIONS)[number], width: number, opts: Required<Omit<LabelOptions, 'obstacles'>>) {
  const { fontSize: size, gap } = opts;
  // Diagonal positions sit on the circle's 45° point rather than its bounding square.
  const reach = c.r + gap;
  const ox = pos.dy === 0 ? reach : pos.dx === 0 ? 0 : reach * Math.SQRT1_2;
  const oy = pos.dx === 0 ? reach : pos.dy === 0 ? 0 : reach * Math.SQRT1_2;
  const anchor: Anchor = pos.dx > 0 ? 'start' : pos.dx < 0 ? 'end' : 'middle';
  const x = c.x + pos.dx * ox;
  // Vertically: centred on the circle beside it, on top of it above, hanging from it below.
  const y =
    pos.dy < 0 ? c.y - oy - DESCENT * size : pos.dy > 0 ? c.y + oy + ASCENT * size : c.y + ((ASCENT - DESCENT) / 2) * size;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const halo = gap / 2;
  const box = { x0: left - halo, y0: y - ASCENT * size - halo, x1: left + width + halo, y1: y + DESCENT * size + halo };
  return { x, y, anchor, box };
}

/** Places the candidates' labels; those that find no free position are left out. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  symbols: readonly LabelSymbol[],
  options: LabelOptions,
): PlacedLabel[] {
  const opts = { fontSize: options.fontSize, measure: options.measure, gap: options.gap ?? options.fontSize / 4 };
  const obstacles = options.obstacles ?? [];
  const placed: PlacedLabel[] = [];
  const named = new Set<string>();
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  for (const c of order) {
    if (named.has(c.text)) continue;
    const width = opts.measure(c.text, opts.fontSize);
    for (const pos of POSITIONS) {
      const p = at(c, pos, width, opts);
      const free =
        inside(p.box, c.within) &&
        !placed.some((l) => overlaps(l.box, p.box)) &&
        !obstacles.some((o) => overlaps(o, p.box)) &&
        !symbols.some((s) => s.id !== c.id && circleHitsBox(s, p.box));
      if (free) {
        placed.push({ id: c.id, text: c.text, x: round(p.x), y: round(p.y), anchor: p.anchor, box: p.box });
        named.add(c.text);
        break;
      }
    }
  }
  return placed;
}

const round = (n: number) => Math.round(n * 10) / 10;
