import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { franceLayout } from '../../src/lib/map/frames.ts';
import { boundsOfSvgBox, projectionParams } from '../../src/lib/map/svg-extent.ts';

// A rough metropolitan France (its bounding box): enough to fit the Lambert projection.
const metro: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-4.8, 42.3],
            [-4.8, 51.1],
            [8.2, 51.1],
            [8.2, 42.3],
            [-4.8, 42.3],
          ],
        ],
      },
    },
  ],
};

describe('from the SVG drawing to the bounds MapLibre starts at', () => {
  const layout = franceLayout(600, metro, []);
  const frame = layout.frames[0]!;
  const params = projectionParams('conic', frame.projection, [frame.x, frame.y, frame.x + frame.width, frame.y + frame.height]);
  // What the page carries is JSON: the rebuilt projection must come from that alone.
  const fromPage = JSON.parse(JSON.stringify(params)) as typeof params;

  it('the whole frame gives back the country it was fitted on (to a few hundredths of a degree)', () => {
    const [w, s, e, n] = boundsOfSvgBox(fromPage, [0, 0, layout.width, layout.height])!;
    expect(w).toBeLessThanOrEqual(-4.8 + 0.05);
    expect(e).toBeGreaterThanOrEqual(8.2 - 0.05);
    expect(s).toBeLessThanOrEqual(42.3 + 0.05);
    expect(n).toBeGreaterThanOrEqual(51.1 - 0.05);
    expect(e - w).toBeLessThan(16);
  });

  it('a zoomed part around Lyon gives bounds around Lyon', () => {
    const [x, y] = frame.projection([4.84, 45.76])!;
    const bounds = boundsOfSvgBox(fromPage, [x - 30, y - 30, x + 30, y + 30])!;
    expect(bounds[0]).toBeLessThan(4.84);
    expect(bounds[2]).toBeGreaterThan(4.84);
    expect(bounds[1]).toBeLessThan(45.76);
    expect(bounds[3]).toBeGreaterThan(45.76);
    expect(bounds[2] - bounds[0]).toBeLessThan(2);
  });

  it('a box outside the frame (the insets row) gives nothing', () => {
    expect(boundsOfSvgBox(fromPage, [0, frame.height + 10, 100, frame.height + 60])).toBeNull();
  });
});
