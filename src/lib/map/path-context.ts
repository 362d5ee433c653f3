/**
 * A d3-geo path context that writes compact SVG path data. Each ring is simplified in pixel
 * space (Douglas–Peucker, `tolerance` in pixels) and written with relative commands rounded to
 * `digits`. The basemap is drawn a few hundred pixels wide, where most vertices of the source
 * geometry fall within a pixel of their neighbours: dropping them keeps the inline SVG of the
 * first paint small with no visible difference.
 */
type Pt = [number, number];

export class CompactPathContext {
  private parts: string[] = [];
  private ring: Pt[] = [];
  private penX = 0;
  private penY = 0;
  private readonly factor: number;
  private readonly tolerance: number;

  /** `tolerance`: largest deviation allowed, in pixels; `digits`: decimals written. */
  constructor(tolerance = 0.7, digits = 1) {
    this.tolerance = tolerance;
    this.factor = 10 ** digits;
  }

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [[x, y]];
  }

  lineTo(x: number, y: number): void {
    this.ring.push([x, y]);
  }

  closePath(): void {
    this.flush(true);
  }

  /** d3 calls this for Point geometries; the map draws its own circles, so a dot is enough. */
  arc(x: number, y: number, r: number): void {
    this.flush(false);
    this.ring = [
      [x - r, y],
      [x + r, y],
    ];
    this.flush(false);
  }

  /** Returns the path data written since the last call, and starts afresh. */
  result(): string {
    this.flush(false);
    const d = this.parts.join('');
    this.parts = [];
    this.penX = this.penY = 0;
    return d;
  }

  private flush(closed: boolean): void {
    const pts = this.ring;
    this.ring = [];
    if (pts.length === 0) return;
    const kept = simplify(closed ? [...pts, pts[0]!] : pts, this.tolerance);
    if (closed) kept.pop();
    // A ring smaller than the tolerance vanishes rather than leaving a speck.
    if (closed && kept.length < 3) return;
    // Round the pen position as the reader will, so rounding errors do not accumulate.
    const r = (n: number) => Math.round(n * this.factor) / this.factor;
    let out = `M${r(kept[0]![0])},${r(kept[0]![1])}`;
    this.penX = r(kept[0]![0]);
    this.penY = r(kept[0]![1]);
    for (let i = 1; i < kept.length; i++) {
      const x = r(kept[i]![0]);
      const y = r(kept[i]![1]);
      const dx = r(x - this.penX);
      const dy = r(y - this.penY);
      if (dx === 0 && dy === 0) continue;
      out += `l${num(dx)}${dy < 0 ? '' : ','}${num(dy)}`;
      this.penX = x;
      this.penY = y;
    }
    this.parts.push(closed ? `${out}z` : out);
  }
}

/** `0.5` → `.5`, `-0.5` → `-.5`: SVG accepts both, the short form saves bytes. */
const num = (n: number) => String(n).replace(/^(-?)0\./, '$1.');

/** Douglas–Peucker: the fewest points within `tolerance` of the original line. Iterative. */
export function simplify(points: readonly Pt[], tolerance: number): Pt[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let maxD = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i]!, points[a]!, points[b]!);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index >= 0 && maxD > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
