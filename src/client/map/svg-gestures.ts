/**
 * The static SVG map answers the reader's first exploring gesture at once (wheel, drag, pinch,
 * the zoom buttons, keyboard + and −), with a CSS transform, while MapLibre loads behind it;
 * `visibleBox()` then tells MapLibre which part of the drawing is in view, so it takes over at
 * the same extent. A click that did not drag stays a click (the explorer opens the territory).
 * No dependency: this runs before MapLibre is fetched. Returns a handle with `dispose()`.
 */

export interface SvgGestures {
  /** The part of the drawing in view, in SVG user units: [x0, y0, x1, y1]. */
  visibleBox(): [number, number, number, number];
  /** True right after a drag, so the click that ends it does not open a territory. */
  justDragged(): boolean;
  zoomBy(factor: number): void;
  dispose(): void;
}

const MIN_SCALE = 1;
const MAX_SCALE = 12;
const DRAG_THRESHOLD = 4;

export function attachSvgGestures(stage: HTMLElement, svg: SVGSVGElement, onIntent: () => void): SvgGestures {
  let k = 1;
  let tx = 0;
  let ty = 0;
  let dragged = false;
  let intended = false;
  const abort = new AbortController();
  const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, passive = true) =>
    target.addEventListener(type, fn as EventListener, { signal: abort.signal, passive });

  svg.style.transformOrigin = '0 0';
  const apply = () => {
    // Keep the drawing covering its box: no panning the map away into the void.
    const w = svg.clientWidth;
    const h = svg.clientHeight;
    tx = Math.min(0, Math.max(w - w * k, tx));
    ty = Math.min(0, Math.max(h - h * k, ty));
    svg.style.transform = k === 1 ? '' : `translate(${tx}px, ${ty}px) scale(${k})`;
  };
  const intent = () => {
    if (intended) return;
    intended = true;
    onIntent();
  };
  /** Zoom by `factor` around a point given in the SVG element's own (untransformed) pixels. */
  const zoomAt = (factor: number, px: number, py: number) => {
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, k * factor));
    const f = next / k;
    tx = px - (px - tx) * f;
    ty = py - (py - ty) * f;
    k = next;
    apply();
    intent();
  };
  const local = (e: { clientX: number; clientY: number }) => {
    // The element's untransformed origin: its (transformed) box minus the current translation.
    const s = svg.getBoundingClientRect();
    return [e.clientX - (s.left - tx), e.clientY - (s.top - ty)] as const;
  };

  on<WheelEvent>(
    svg,
    'wheel',
    (e) => {
      e.preventDefault();
      const [x, y] = local(e);
      zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), x, y);
    },
    false,
  );

  const pointers = new Map<number, { x: number; y: number }>();
  let start: { x: number; y: number } | null = null;
  let pinchDistance = 0;
  on<PointerEvent>(svg, 'pointerdown', (e) => {
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (pointers.size === 1) {
      start = { x: e.clientX, y: e.clientY };
      dragged = false;
    }
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinchDistance = Math.hypot(a!.x - b!.x, a!.y - b!.y);
    }
  });
  on<PointerEvent>(svg, 'pointermove', (e) => {
    const prev = pointers.get(e.pointerId);
    if (!prev) return;
    const now = { x: e.clientX, y: e.clientY };
    pointers.set(e.pointerId, now);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const d = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      if (pinchDistance > 0) {
        const [x, y] = local({ clientX: (a!.x + b!.x) / 2, clientY: (a!.y + b!.y) / 2 });
        zoomAt(d / pinchDistance, x, y);
      }
      pinchDistance = d;
      dragged = true;
      return;
    }
    if (!start) return;
    if (!dragged && Math.hypot(now.x - start.x, now.y - start.y) < DRAG_THRESHOLD) return;
    if (!dragged) svg.setPointerCapture(e.pointerId);
    dragged = true;
    tx += now.x - prev.x;
    ty += now.y - prev.y;
    apply();
    intent();
  });
  const up = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    if (pointers.size === 0) start = null;
    if (pointers.size < 2) pinchDistance = 0;
  };
  on(svg, 'pointerup', up);
  on(svg, 'pointercancel', up);

  on<KeyboardEvent>(stage, 'keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const factor = e.key === '+' || e.key === '=' ? 1.5 : e.key === '-' || e.key === '_' ? 1 / 1.5 : 0;
    if (!factor) return;
    e.preventDefault();
    zoomAt(factor, svg.clientWidth / 2, svg.clientHeight / 2);
  });

  return {
    visibleBox() {
      const vb = svg.viewBox.baseVal;
      const w = svg.clientWidth;
      const h = svg.clientHeight;
      // preserveAspectRatio « xMidYMid meet »: the drawing is scaled by s and centred in the element.
      const s = Math.min(w / vb.width, h / vb.height);
      const ox = (w - vb.width * s) / 2;
      const oy = (h - vb.height * s) / 2;
      const toUser = (px: number, py: number) => [((px - tx) / k - ox) / s + vb.x, ((py - ty) / k - oy) / s + vb.y] as const;
      const [x0, y0] = toUser(0, 0);
      const [x1, y1] = toUser(w, h);
      return [x0, y0, x1, y1];
    },
    justDragged: () => dragged,
    zoomBy(factor) {
      zoomAt(factor, svg.clientWidth / 2, svg.clientHeight / 2);
    },
    dispose() {
      abort.abort();
      svg.style.transform = '';
      svg.style.transformOrigin = '';
    },
  };
}
