/**
 * The header search box: a plain GET form to /recherche/ without JavaScript; with it, Pagefind
 * loads on first focus and the first results show under the box as the reader types.
 */
import { loadPagefind, searchPages } from './pagefind.ts';
import { countText, messagesOf } from './messages.ts';
import { resultItem } from './render.ts';

const LIMIT = 6;

export function mountSearchBox(form: HTMLFormElement): () => void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = panel.querySelector<HTMLUListElement>('ul')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  const m = messagesOf(form);
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    panel.hidden = true;
  };
  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 2) return close();
    try {
      const api = await loadPagefind();
      const { total, results } = await searchPages(api, q, LIMIT);
      if (mine !== seq) return;
      list.replaceChildren(...results.map((r) => resultItem(r)));
      status.textContent = countText(total, m);
      more.href = `${form.action}?q=${encodeURIComponent(q)}`;
      more.hidden = total <= LIMIT;
    } catch {
      if (mine !== seq) return;
      list.replaceChildren();
      status.textContent = m.boxError;
    }
    panel.hidden = false;
  };
  const onFocus = () => void loadPagefind().catch(() => undefined);
  const onInput = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
  };
  const onDocClick = (e: MouseEvent) => {
    if (!form.contains(e.target as Node)) close();
  };
  input.addEventListener('focus', onFocus, { once: true });
  input.addEventListener('input', onInput);
  form.addEventListener('keydown', onKey);
  document.addEventListener('click', onDocClick);
  return () => {
    clearTimeout(timer);
    input.removeEventListener('focus', onFocus);
    input.removeEventListener('input', onInput);
    form.removeEventListener('keydown', onKey);
    document.removeEventListener('click', onDocClick);
  };
}
