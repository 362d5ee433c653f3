/**
 * Runs inside our embed iframe. Tells the host page our content height in the two message formats
 * newsrooms already handle — pym.js (`pymxPYMx<id>xPYMxheightxPYMx<h>`) and AMP (`embed-size`) —
 * on load and whenever the content changes size; `/embed.js` on the host applies it.
 * Also resolves `?territoire=…&domaine=…` to the pre-rendered page of that view.
 */
import { variantFromQuery } from '../../lib/charts/variants.ts';

/** The messages for a height; exported for tests. */
export function heightMessages(id: string, height: number): [string, { sentinel: 'amp'; type: 'embed-size'; height: number }] {
  return [`pymxPYMx${id}xPYMxheightxPYMx${height}`, { sentinel: 'amp', type: 'embed-size', height }];
}

function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** Starts reporting; returns a function that stops it. */
export function startResizeReports(): () => void {
  if (window.parent === window) return () => {};
  // pym.js passes the child id in the iframe URL; any id works with our own parent script.
  const id = new URLSearchParams(location.search).get('childId') ?? 'atlas-ctai';
  let last = -1;
  const report = () => {
    const h = contentHeight();
    if (h === last) return;
    last = h;
    // Only a height is sent, nothing private: any host may read it.
    for (const message of heightMessages(id, h)) window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(document.documentElement);
  window.addEventListener('load', report);
  report();
  return () => {
    observer.disconnect();
    window.removeEventListener('load', report);
  };
}

/** Names of the chart's pre-rendered views (`data-variants-src`), [] when they cannot be read. */
async function knownVariants(root: HTMLElement): Promise<string[]> {
  const src = root.dataset['variantsSrc'];
  if (!src) return [];
  try {
    const response = await fetch(src);
    return response.ok ? ((await response.json()) as string[]) : [];
  } catch {
    return [];
  }
}

/**
 * Sends the reader to the pre-rendered view named by the query, or says in place that it does not
 * exist. The list of views is fetched only when the query asks for another view.
 */
export async function resolveQuery(root: HTMLElement): Promise<void> {
  const wanted = variantFromQuery(location.search);
  const current = root.dataset['variant'] ?? '';
  if (wanted === null || wanted === current) return;
  const known = await knownVariants(root);
  if (known.includes(wanted)) {
    const url = new URL(`${root.dataset['embedBase']}${wanted}/`, location.href);
    const childId = new URLSearchParams(location.search).get('childId');
    if (childId) url.searchParams.set('childId', childId);
    location.replace(url.href);
    return;
  }
  const note = document.createElement('p');
  note.className = 'chart-message';
  note.setAttribute('role', 'alert');
  note.textContent =
    document.documentElement.lang === 'en'
      ? 'This filter matches no published view (unknown territory or domain). Overview below.'
      : 'Ce filtre ne correspond à aucune vue publiée (territoire ou domaine inconnu). Vue d’ensemble ci-dessous.';
  root.prepend(note);
}
