/**
 * Builds result items with DOM methods. Titles come from our own pages and are set as text;
 * Pagefind's excerpt is HTML it escaped itself, with <mark> around the matched words.
 */
import type { PagefindResultData } from './pagefind.ts';

export function resultItem(r: PagefindResultData, doc: Document = document): HTMLLIElement {
  const li = doc.createElement('li');
  const a = doc.createElement('a');
  a.href = r.url;
  a.textContent = r.meta['title'] ?? r.url;
  const kind = r.meta['kind'];
  li.append(a);
  if (kind) {
    const badge = doc.createElement('span');
    badge.className = 'badge';
    badge.textContent = kind;
    li.append(' ', badge);
  }
  const p = doc.createElement('p');
  p.className = 'excerpt';
  p.innerHTML = r.excerpt;
  li.append(p);
  return li;
}
