/**
 * The language switch keeps the reader's place: the built link points to the twin page, and this
 * adds the current query string and hash (filters, selected territory, commune), which both
 * editions read the same way. The href is kept up to date, not only fixed on click, so that
 * « open in a new tab », « copy link » and the status bar show the real destination.
 */
import { withPlace } from '../lib/i18n/paths.ts';

export function keepPlace(doc: Document = document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]')].map((a) => ({
    a,
    twin: a.getAttribute('href') ?? '',
  }));
  if (!links.length) return;
  const sync = () => {
    for (const { a, twin } of links) a.setAttribute('href', withPlace(twin, location.search, location.hash));
  };
  // The map, the catalogue and the commune lookup rewrite the URL with history.replaceState (or
  // pushState), which fires no event: wrap both so every island's change reaches the switch
  // without each of them knowing about it.
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      sync();
    };
  }
  addEventListener('popstate', sync);
  addEventListener('hashchange', sync);
  // Belt and braces: a change that bypassed history (none known) is still caught on the click.
  for (const { a } of links) a.addEventListener('click', sync);
  sync();
}
