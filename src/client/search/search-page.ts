/**
 * The /recherche/ page: reads ?q= (and optional filters) from the URL, lists every result, and
 * keeps the URL in step so a search can be shared. Without JavaScript the page says how to browse.
 */
import { loadPagefind, searchPages } from './pagefind.ts';
import { countText, messagesOf } from './messages.ts';
import { resultItem } from './render.ts';

const FILTERS = ['type', 'domaine', 'territoire'] as const;

export function mountSearchPage(form: HTMLFormElement): () => void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  // The page's own status line (the header's search box has one too).
  const status = document.querySelector<HTMLElement>('[data-search-page-status]')!;
  const list = document.querySelector<HTMLUListElement>('[data-search-results]')!;
  const filterBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
  const selects = new Map(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[data-filter="${f}"]`)!]));
  const m = messagesOf(form);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let seq = 0;

  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    const url = new URLSearchParams();
    if (q) url.set('q', q);
    const filters: Record<string, string[]> = {};
    for (const [name, sel] of selects) {
      if (sel.value) {
        filters[name] = [sel.value];
        url.set(name, sel.value);
      }
    }
    history.replaceState(history.state, '', url.size ? `?${url}` : location.pathname);
    if (!q) {
      status.textContent = m.prompt;
      list.replaceChildren();
      return;
    }
    status.textContent = m.searching;
    try {
      const api = await loadPagefind();
      const { total, results } = await searchPages(api, q, 50, filters);
      if (mine !== seq) return;
      status.textContent = `${countText(total, m)} ${m.forQuery.replace('{q}', q)}`;
      list.replaceChildren(...results.map((r) => resultItem(r)));
    } catch {
      status.textContent = m.pageError;
    }
  };

  const fillFilters = async () => {
    try {
      const api = await loadPagefind();
      const available = await api.filters();
      for (const [name, sel] of selects) {
        const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, m.locale));
        for (const v of values) {
          const option = new Option(v, v);
          // Territory names are the research's French names (« Clunisois (communauté de communes) »):
          // marked French on an English page, as the catalogue's options are.
          if (name === 'territoire' && document.documentElement.lang !== 'fr') option.lang = 'fr';
          sel.add(option);
        }
        sel.value = params.get(name) ?? '';
      }
      filterBox.hidden = false;
    } catch {
      // Filters are a refinement: without them the plain search still works.
    }
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    void run();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  };
  form.addEventListener('submit', onSubmit);
  input.addEventListener('input', onInput);
  form.addEventListener('change', onSubmit);
  void fillFilters().then(run);
  return () => {
    clearTimeout(timer);
    form.removeEventListener('submit', onSubmit);
    input.removeEventListener('input', onInput);
    form.removeEventListener('change', onSubmit);
  };
}
