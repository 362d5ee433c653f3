/**
 * Enhances server-rendered charts (they are complete without this): tooltips on pointer and
 * keyboard, highlighting between marks and table rows, the copy button, and PNG for filtered
 * views. `mountChart(root) → dispose()` tears down every listener it adds.
 */

type Dispose = () => void;

/** The page's edition: the few words this script writes follow it. */
const english = () => document.documentElement.lang === 'en';

function on<K extends keyof HTMLElementEventMap>(
  el: HTMLElement,
  type: K,
  fn: (e: HTMLElementEventMap[K]) => void,
  cleanups: Dispose[],
): void {
  el.addEventListener(type, fn as EventListener);
  cleanups.push(() => el.removeEventListener(type, fn as EventListener));
}

/** The SVG currently displayed (wide or narrow, chosen by a container query). */
function visibleSvg(plot: HTMLElement): SVGSVGElement | null {
  return [...plot.querySelectorAll<SVGSVGElement>('svg')].find((s) => s.getBoundingClientRect().width > 0) ?? null;
}

function mountPlot(root: HTMLElement, plot: HTMLElement, cleanups: Dispose[]): void {
  const tooltip = document.createElement('div');
  tooltip.className = 'chart-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  plot.append(tooltip);
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  plot.append(live);
  cleanups.push(() => {
    tooltip.remove();
    live.remove();
  });
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-key]')];
  // Our tooltip replaces the native one (SVG <title>), which would otherwise show as well.
  const titles = [...plot.querySelectorAll('.mark > title')].map((t) => [t.parentNode!, t] as const);
  for (const [, t] of titles) t.remove();
  cleanups.push(() => titles.forEach(([parent, t]) => parent.prepend(t)));

  const activate = (key: string | null, mark: Element | null, at?: { x: number; y: number }) => {
    plot.classList.toggle('has-active', key !== null);
    for (const m of plot.querySelectorAll('.mark'))
      m.classList.toggle('is-active', m === mark || (!mark && key !== null && m.getAttribute('data-key') === key));
    for (const r of rows) r.classList.toggle('is-active', r.dataset['key'] === key);
    const tip = mark?.getAttribute('data-tip');
    if (!tip) {
      tooltip.hidden = true;
      return;
    }
    tooltip.textContent = tip;
    tooltip.hidden = false;
    const box = plot.getBoundingClientRect();
    const target =
      at ??
      (() => {
        const r = mark!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top };
      })();
    const x = Math.min(Math.max(0, target.x - box.left + 12), Math.max(0, box.width - tooltip.offsetWidth));
    tooltip.style.left = `${x}px`;
    tooltip.style.top = `${Math.max(0, target.y - box.top - tooltip.offsetHeight - 8)}px`;
  };

  on(
    plot,
    'pointermove',
    (e) => {
      const mark = (e.target as Element).closest?.('.mark') ?? null;
      activate(mark?.getAttribute('data-key') ?? null, mark, { x: e.clientX, y: e.clientY });
    },
    cleanups,
  );
  on(plot, 'pointerleave', () => activate(null, null), cleanups);
  for (const r of rows) {
    on(r, 'pointerenter', () => activate(r.dataset['key'] ?? null, null), cleanups);
    on(r, 'pointerleave', () => activate(null, null), cleanups);
  }

  // Keyboard: the plot becomes one tab stop; arrows walk the marks and a live region reads them.
  plot.tabIndex = 0;
  plot.setAttribute('role', 'group');
  plot.setAttribute(
    'aria-label',
    english()
      ? 'Chart: arrow keys to move through the values, Escape to leave'
      : 'Graphique : flèches pour parcourir les valeurs, Échap pour quitter',
  );
  let index = -1;
  on(
    plot,
    'keydown',
    (e) => {
      const marks = [...(visibleSvg(plot)?.querySelectorAll('.mark[data-tip]') ?? [])];
      if (!marks.length) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowRight') index = (index + 1) % marks.length;
      else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') index = (index - 1 + marks.length) % marks.length;
      else if (e.key === 'Escape') {
        index = -1;
        activate(null, null);
        return;
      } else return;
      e.preventDefault();
      const mark = marks[index]!;
      activate(mark.getAttribute('data-key'), mark);
      live.textContent = mark.getAttribute('data-tip') ?? '';
    },
    cleanups,
  );
  on(plot, 'blur', () => activate(null, null), cleanups);
  cleanups.push(() => {
    plot.removeAttribute('tabindex');
    plot.removeAttribute('role');
    plot.removeAttribute('aria-label');
  });
}

function mountCopy(root: HTMLElement, cleanups: Dispose[]): void {
  // One button per embed option (live, frozen), each with the status line beside it.
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    const area = document.getElementById(button.dataset['copy']!);
    if (!(area instanceof HTMLTextAreaElement)) continue;
    button.hidden = false;
    on(
      button,
      'click',
      async () => {
        try {
          await navigator.clipboard.writeText(area.value);
          if (status) status.textContent = english() ? 'Code copied.' : 'Code copié.';
        } catch {
          area.select();
          if (status)
            status.textContent = english() ? 'Selected: copy with Ctrl+C (⌘+C).' : 'Sélectionné : copiez avec Ctrl+C (⌘+C).';
        }
      },
      cleanups,
    );
    cleanups.push(() => (button.hidden = true));
  }
}

/** PNG of a filtered view: the SVG file drawn on a canvas at twice its size. */
function mountPng(root: HTMLElement, cleanups: Dispose[]): void {
  const button = root.querySelector<HTMLButtonElement>('button[data-png-from]');
  const item = root.querySelector<HTMLElement>('[data-png-item]');
  if (!button || !item) return;
  item.hidden = false;
  on(
    button,
    'click',
    async () => {
      const svg = await (await fetch(button.dataset['pngFrom']!)).text();
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth * 2;
      canvas.height = img.naturalHeight * 2;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(img.src);
      canvas.toBlob((blob) => {
        if (!blob) return;
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = button.dataset['pngName'] ?? 'graphique.png';
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
      }, 'image/png');
    },
    cleanups,
  );
  cleanups.push(() => (item.hidden = true));
}

/** Enhances one chart root (a `figure[data-chart]` or the embed's main element). */
export function mountChart(root: HTMLElement): Dispose {
  const cleanups: Dispose[] = [];
  const plot = root.querySelector<HTMLElement>('.chart-plot');
  if (plot) mountPlot(root, plot, cleanups);
  mountCopy(root, cleanups);
  mountPng(root, cleanups);
  return () =>
    cleanups
      .splice(0)
      .reverse()
      .forEach((f) => f());
}

const mounted = new WeakSet<Element>();

/** Mounts every chart under `scope` once (the script may be included by several figures). */
export function enhanceCharts(scope: ParentNode): void {
  for (const root of scope.querySelectorAll<HTMLElement>('[data-chart]')) {
    if (mounted.has(root)) continue;
    mounted.add(root);
    mountChart(root);
  }
}
