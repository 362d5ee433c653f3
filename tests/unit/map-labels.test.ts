import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { circleHitsBox, overlaps, placeLabels, type Box, type LabelCandidate } from '../../src/lib/map/labels.ts';

const frame: Box = { x0: 0, y0: 0, x1: 600, y1: 500 };
/** Monospaced measure: every character 0.6 em, so expected boxes are easy to read. */
const measure = (text: string, size: number) => text.length * 0.6 * size;
const opts = { fontSize: 12, measure, gap: 3 };
const cand = (id: string, x: number, y: number, r: number, priority: number, text = id): LabelCandidate => ({
  id,
  text,
  x,
  y,
  r,
  priority,
  within: frame,
});

describe('placeLabels', () => {
  it('puts a lone label on the right of its circle, outside it', () => {
    const [l] = placeLabels([cand('Lyon', 300, 250, 10, 1)], [cand('Lyon', 300, 250, 10, 1)], opts);
    expect(l).toMatchObject({ text: 'Lyon', anchor: 'start', x: 313 });
    expect(circleHitsBox({ x: 300, y: 250, r: 10 }, l!.box)).toBe(false);
  });

  it('moves a label to the left when the frame ends on the right', () => {
    const c = cand('Strasbourg', 590, 100, 5, 1);
    const [l] = placeLabels([c], [c], opts);
    expect(l!.anchor).toBe('end');
    expect(l!.box.x1).toBeLessThanOrEqual(600);
  });

  it('keeps a label off a neighbouring circle it does not name (Clermont-Ferrand next to Lyon)', () => {
    // Lyon's large circle sits right of Clermont-Ferrand, where its label would go first.
    const lyon = cand('Lyon', 345, 250, 18, 9);
    const clermont = cand('Clermont-Ferrand', 270, 255, 8, 3);
    const placed = placeLabels([lyon, clermont], [lyon, clermont], opts);
    const label = placed.find((l) => l.id === 'Clermont-Ferrand')!;
    expect(label).toBeDefined();
    expect(circleHitsBox(lyon, label.box)).toBe(false);
    expect(overlaps(label.box, placed.find((l) => l.id === 'Lyon')!.box)).toBe(false);
  });

  it('drops the lower-priority label when there is no room, never the higher one', () => {
    // Three circles packed in a frame just large enough for one name.
    const tight: Box = { x0: 0, y0: 0, x1: 120, y1: 40 };
    const cs = [
      { ...cand('Aaa', 20, 20, 6, 1), within: tight },
      { ...cand('Bbb', 60, 20, 6, 5), within: tight },
      { ...cand('Ccc', 100, 20, 6, 3), within: tight },
    ];
    const placed = placeLabels(cs, cs, opts);
    expect(placed.map((l) => l.id)).toContain('Bbb');
    expect(placed.length).toBeLessThan(3);
  });

  it('names a place once even if two candidates carry its name', () => {
    const a = cand('lyon', 300, 250, 10, 2, 'Lyon');
    const b = cand('lyon-metropole', 300, 400, 10, 1, 'Lyon');
    expect(placeLabels([a, b], [a, b], opts).map((l) => l.id)).toEqual(['lyon']);
  });

  it('avoids fixed obstacles such as an inset title', () => {
    const c = cand('Mamoudzou', 20, 30, 4, 1);
    const title: Box = { x0: 0, y0: 0, x1: 600, y1: 40 };
    const placed = placeLabels([c], [c], { ...opts, obstacles: [title] });
    for (const l of placed) expect(overlaps(l.box, title)).toBe(false);
  });

  it('for any set of symbols: no two labels overlap, none covers a circle it does not name, all stay in the frame', () => {
    const point = fc.record({
      x: fc.integer({ min: 0, max: 600 }),
      y: fc.integer({ min: 0, max: 500 }),
      r: fc.integer({ min: 2, max: 18 }),
      n: fc.integer({ min: 3, max: 18 }),
      priority: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), (points) => {
        const cs = points.map((p, i) => cand(`t${i}`, p.x, p.y, p.r, p.priority, `${'x'.repeat(p.n)}${i}`));
        const placed = placeLabels(cs, cs, opts);
        for (const [i, l] of placed.entries()) {
          expect(l.box.x0 >= 0 && l.box.x1 <= 600 && l.box.y0 >= 0 && l.box.y1 <= 500).toBe(true);
          for (const other of placed.slice(i + 1)) expect(overlaps(l.box, other.box)).toBe(false);
          for (const s of cs) expect(circleHitsBox(s, l.box)).toBe(false);
        }
        // One label per symbol.
        expect(new Set(placed.map((l) => l.id)).size).toBe(placed.length);
      }),
      { numRuns: 200, seed: 20 },
    );
  });
});
