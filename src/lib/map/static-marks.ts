/**
 * The symbols and names of the static SVG map (build time, pure): one circle per territory in
 * view, its area proportional to its documented actions (a hollow ring when there are none), and
 * the names placed by the collision-aware rule of labels.ts, once for each size the SVG writes
 * them at (wide screens and phones print the names at different sizes in SVG units).
 */
import { textWidth } from '../charts/svg.ts';
import { frameFor, type Frame, type FrameLayout } from './frames.ts';
import { placeLabels, type Box, type LabelCandidate, type LabelSymbol, type PlacedLabel } from './labels.ts';
import { radiusScale } from './radius.ts';
import type { TerritoryTally } from './tally.ts';
import { mayContain, type Box as GeoBox } from './visible.ts';

/** Same sizes as the MapLibre layer (src/client/map/style.ts), so the legend holds for both. */
export const MAX_RADIUS = 18;
export const EMPTY_RADIUS = 4;
/** Territories with at least this many documented actions are named on the country map. */
export const LABEL_MIN_ACTIONS = 3;

/**
 * Font sizes of the names and inset titles in SVG units, per screen class (FranceMap's CSS uses
 * the same numbers): the SVG scales with its container, so phones write larger to stay legible.
 */
export const LABEL_SIZES = {
  wide: { label: 12, inset: 13 },
  narrow: { label: 19, inset: 17 },
} as const;
export type LabelSize = keyof typeof LABEL_SIZES;

/** Bold text runs about a tenth wider than the regular widths textWidth() knows. */
export const boldWidth = (text: string, size: number) => textWidth(text, size) * 1.1;

export interface MarkTerritory {
  id: string;
  name: string;
  city?: { name: string } | null | undefined;
}

export interface Mark<T extends MarkTerritory> {
  t: T;
  tally: TerritoryTally;
  xy: [number, number];
  frame: Frame;
  r: number;
}

const inView = (frame: Frame, [x, y]: [number, number]) =>
  x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;

/** Largest number of documented actions of a territory, whatever the filter: fixes the scale. */
export const maxTotal = (tallies: Map<string, TerritoryTally>) => Math.max(0, ...[...tallies.values()].map((t) => t.total));

/** The circles in view, larger first (so smaller ones stay visible and clickable on top). */
export function staticMarks<T extends MarkTerritory>(
  territories: readonly T[],
  tallies: Map<string, TerritoryTally>,
  points: Map<string, [number, number]>,
  layout: FrameLayout,
  visible: GeoBox | null,
  maxCount: number,
): Mark<T>[] {
  const radius = radiusScale(maxCount, MAX_RADIUS);
  return territories
    .filter((t) => !visible || mayContain(visible, points.get(t.id)!))
    .flatMap((t) => {
      const point = points.get(t.id)!;
      const frame = frameFor(layout, point);
      const xy = frame.projection(point) as [number, number] | null;
      if (!xy || !inView(frame, xy)) return [];
      const tally = tallies.get(t.id)!;
      return [{ t, tally, xy, frame, r: tally.count > 0 ? radius(tally.count) : EMPTY_RADIUS }];
    })
    .sort((a, b) => b.r - a.r || a.t.name.localeCompare(b.t.name, 'fr'));
}

/** The box of an inset's title (frames.ts writes it at x + 4, baseline y + 14). */
function insetTitle(frame: Frame, size: number): Box {
  return { x0: frame.x, y0: frame.y, x1: frame.x + 8 + boldWidth(frame.name, size), y1: frame.y + 14 + size * 0.3 };
}

/**
 * The names to print: the focused territory on a zoomed map, otherwise the territories with at
 * least LABEL_MIN_ACTIONS documented actions, most documented first; the city's name where
 * there is one (« Auch », not « Auch (Grand Auch) »).
 */
export function staticLabels<T extends MarkTerritory>(
  marks: readonly Mark<T>[],
  layout: FrameLayout,
  size: LabelSize,
  focus?: string,
): PlacedLabel[] {
  const sizes = LABEL_SIZES[size];
  const symbols: LabelSymbol[] = marks.map((m) => ({ id: m.t.id, x: m.xy[0], y: m.xy[1], r: m.r }));
  const candidates: LabelCandidate[] = marks
    .filter((m) => (focus ? m.t.id === focus : m.tally.total >= LABEL_MIN_ACTIONS && !!m.t.city))
    .map((m) => ({
      id: m.t.id,
      text: m.t.city?.name ?? m.t.name,
      x: m.xy[0],
      y: m.xy[1],
      r: m.r,
      priority: m.tally.total,
      within: { x0: m.frame.x, y0: m.frame.y, x1: m.frame.x + m.frame.width, y1: m.frame.y + m.frame.height },
    }));
  const obstacles = layout.frames.filter((f) => f.id.startsWith('zone-')).map((f) => insetTitle(f, sizes.inset));
  return placeLabels(candidates, symbols, { fontSize: sizes.label, measure: boldWidth, obstacles });
}
