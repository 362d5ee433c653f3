/**
 * « Ma commune est-elle concernée ? » in the browser. `mountLookup(form)` enhances the
 * server-rendered GET form: the index (`/data/communes/index.json`, then one shard per query)
 * is fetched only once the reader types, suggestions form an ARIA combobox listbox (arrows,
 * Enter, Escape, click), the answer is written into a polite live region, and the URL keeps it
 * (`?commune=<INSEE code>`). Choosing « voir sur la carte » asks the page's map to open that
 * territory (`atlas:select-territory`), without needing MapLibre. Returns `dispose()`.
 */
import { decodeRow, type CommuneIndexMeta, type CommuneRow } from '../../lib/commune/lookup-index.ts';
import { inseeOfParam, paramOf } from '../../lib/commune/commune-param.ts';
import { communeLabel, describeCommune, matchCommunes, shardOfInsee, shardsFor, type Match } from '../../lib/commune/match.ts';
import { el } from '../dom.ts';
import { langOf, mapLive } from '../../lib/i18n/map-live.ts';
import { twinHref } from '../../lib/i18n/paths.ts';

/** Event the map explorers listen to (detail: territory id). */
export const SELECT_TERRITORY = 'atlas:select-territory';
const PARAM = 'commune';
const DEBOUNCE_MS = 120;

export function mountLookup(form: HTMLFormElement): () => void {
  const input = form.querySelector<HTMLInputElement>('input[name="commune"]')!;
  const list = form.querySelector<HTMLUListElement>('[data-commune-options]')!;
  const answer = form.querySelector<HTMLElement>('[data-commune-answer]')!;
  const status = form.querySelector<HTMLElement>('[data-commune-status]')!;
  const base = form.dataset['index']!;
  // One index serves both editions: its links are French pages, mapped to their English twins.
  const lang = langOf(form);
  const ui = mapLive(lang).lookup;
  const link = (url: string) => (lang === 'fr' ? url : twinHref(url, lang, import.meta.env.BASE_URL));
  const abort = new AbortController();
  const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void) =>
    target.addEventListener(type, fn as EventListener, { signal: abort.signal });

  let meta: Promise<CommuneIndexMeta> | null = null;
  const shards = new Map<string, Promise<CommuneRow[]>>();
  let matches: Match[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const getJson = async <T>(name: string): Promise<T> => {
    const r = await fetch(`${base}${name}.json`, { signal: abort.signal });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return (await r.json()) as T;
  };
  const loadMeta = () => (meta ??= getJson<CommuneIndexMeta>('index'));
  const loadShard = (name: string) => {
    let p = shards.get(name);
    if (!p) shards.set(name, (p = getJson<{ rows: string[] }>(name).then((s) => s.rows.map(decodeRow))));
    return p;
  };
  const rowsFor = async (names: string[]) => (await Promise.all(names.map(loadShard))).flat();

  // The combobox pattern (WAI-ARIA APG, « list autocomplete »): set only with JavaScript, where it works.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  function closeList(): void {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function showList(): void {
    list.replaceChildren(
      ...matches.map((m, i) => {
        const li = el('li', { id: `${list.id}-${i}`, className: 'commune-option' }, communeLabel(m.row));
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        if (m.row.postcodes.length) li.append(el('span', { className: 'note' }, ` ${m.row.postcodes.slice(0, 3).join(', ')}`));
        // mousedown, not click: the input must not lose focus (and close the list) first.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(m.row);
        });
        return li;
      }),
    );
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  async function search(query: string): Promise<void> {
    const mine = ++generation;
    try {
      const m = await loadMeta();
      const names = shardsFor(m, query);
      if (!names.length) {
        matches = [];
        closeList();
        status.textContent = query.trim() ? ui.typeMore : '';
        return;
      }
      const rows = await rowsFor(names);
      if (mine !== generation) return;
      matches = matchCommunes(rows, query);
      active = -1;
      showList();
      status.textContent = matches.length ? ui.proposed(matches.length) : ui.noMatch;
    } catch (e) {
      if (!abort.signal.aborted) status.textContent = ui.failed((e as Error).message);
    }
  }

  async function choose(row: CommuneRow): Promise<void> {
    closeList();
    input.value = communeLabel(row);
    status.textContent = '';
    const m = await loadMeta();
    renderAnswer(row, m);
    const url = new URL(location.href);
    url.searchParams.set(PARAM, paramOf(row));
    history.replaceState(history.state, '', url);
  }

  /** Action titles in the index are the research's French ones: marked so on an English page. */
  function frenchTitle(a: HTMLAnchorElement): HTMLAnchorElement {
    if (lang !== 'fr') a.lang = 'fr';
    return a;
  }

  /** A territory's name (French) inside English words. */
  function frenchName(name: string): Node {
    return lang === 'fr' ? document.createTextNode(name) : el('span', { lang: 'fr' }, name);
  }

  function renderAnswer(row: CommuneRow, m: CommuneIndexMeta): void {
    const a = describeCommune(row, m, lang);
    const parts: Node[] = [el('p', { className: `commune-headline commune-${a.status}` }, a.headline)];
    for (const t of a.territories) {
      const block = el(
        'div',
        { className: 'commune-territory' },
        el(
          'p',
          {},
          el('a', { href: link(t.url) }, mapLive(lang).panel.territoryPage, frenchName(t.name)),
          ` — ${ui.actions(t.actions)}`,
        ),
      );
      if (t.topActions.length)
        block.append(
          el('ul', {}, ...t.topActions.map((x) => el('li', {}, frenchTitle(el('a', { href: link(x.url) }, x.title))))),
        );
      if (document.querySelector(`[data-map-explorer] [data-territory="${t.id}"]`)) {
        const show = el('button', { type: 'button', className: 'commune-show' }, ui.showOnMap);
        show.addEventListener('click', () => document.dispatchEvent(new CustomEvent(SELECT_TERRITORY, { detail: t.id })));
        block.append(show);
      }
      parts.push(block);
    }
    for (const t of a.nearby)
      parts.push(el('p', {}, el('a', { href: link(t.url) }, mapLive(lang).panel.territoryPage, frenchName(t.name))));
    answer.replaceChildren(...parts);
    if (a.territories[0]) document.dispatchEvent(new CustomEvent(SELECT_TERRITORY, { detail: a.territories[0].id }));
  }

  /** A shared link: `?commune=villeurbanne-69266` (a choice) or `?commune=Villeurbanne` (a no-JS submission). */
  async function restore(value: string): Promise<void> {
    input.value = inseeOfParam(value) ? '' : value;
    try {
      const insee = inseeOfParam(value);
      if (insee) {
        const row = (await loadShard(shardOfInsee(insee))).find((r) => r.insee === insee);
        if (row) return void (await choose(row));
      }
      await search(value);
      // An exact, unambiguous name or postcode answers at once.
      if (matches.length === 1 || (matches[0]?.rank === 0 && matches[1]?.rank !== 0)) await choose(matches[0]!.row);
    } catch (e) {
      if (!abort.signal.aborted) status.textContent = ui.failed((e as Error).message);
    }
  }

  on(input, 'focus', () => void loadMeta().catch(() => undefined));
  on(input, 'input', () => {
    clearTimeout(timer);
    const q = input.value;
    timer = setTimeout(() => void search(q), DEBOUNCE_MS);
  });
  on<KeyboardEvent>(input, 'keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!matches.length) return;
      e.preventDefault();
      active = e.key === 'ArrowDown' ? (active + 1) % matches.length : (active - 1 + matches.length) % matches.length;
      showList();
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.preventDefault();
        closeList();
      }
    }
  });
  on(input, 'blur', () => setTimeout(closeList, 0));
  on<SubmitEvent>(form, 'submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const pick = matches[active] ?? matches[0];
    if (pick && !list.hidden) return void choose(pick.row);
    void (async () => {
      await search(input.value);
      if (matches[0]) await choose(matches[0].row);
    })();
  });

  const initial = new URLSearchParams(location.search).get(PARAM);
  if (initial) void restore(initial);

  return () => {
    abort.abort();
    clearTimeout(timer);
    closeList();
    for (const a of ['role', 'aria-autocomplete', 'aria-expanded', 'aria-controls']) input.removeAttribute(a);
  };
}
