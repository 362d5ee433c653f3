/**
 * The map island in the browser. `mount(root)` enhances the server-rendered MapExplorer:
 * filters apply at once and are kept in the URL (`history.replaceState`, src/lib/url-state.ts),
 * the list's territory names become buttons (Tab into the list, arrow keys to move, Enter to open
 * the panel), the SVG's territories open the panel too, and MapLibre is imported only on the
 * reader's first exploring gesture (wheel, drag, pinch, zoom buttons, keyboard + and −, or
 * « Explorer la carte »): the SVG answers that gesture at once (svg-gestures.ts) and MapLibre
 * takes over at the extent it shows. `mount` returns `dispose()`, which undoes all of it.
 */
import { toFilter } from '../../lib/url-state.ts';
import { decodeMapState, encodeMapState, EMPTY_MAP_STATE, kindShown, type MapViewState } from '../../lib/map/map-state.ts';
import { signatoryKindFromKey, signatoryKindKey } from '../../lib/signatory-kinds.ts';
import { joinRepeatedParams } from '../../lib/map/form-params.ts';
import type { MapData, MapAction } from '../../lib/map/map-data.ts';
import { radiusScale } from '../../lib/map/radius.ts';
import { tallyLabel, tallyTerritories, type TerritoryTally } from '../../lib/map/tally.ts';
import { langOf, mapLive } from '../../lib/i18n/map-live.ts';
import { renderPanel } from './panel.ts';
import { manageFiltersFocus, panelFocus } from './focus.ts';
import type { MapView } from './maplibre-view.ts';
import { attachSvgGestures, type SvgGestures } from './svg-gestures.ts';

/** Event a commune lookup sends to open a territory on the page's map (detail: its id). */
const SELECT_TERRITORY = 'atlas:select-territory';
/** URL parameters other islands own, kept when the map rewrites the query string. */
const FOREIGN_PARAMS = ['commune'];

type Tallies = Map<string, TerritoryTally<MapAction>>;

export interface MountConfig {
  /** Load MapLibre at all (false keeps the SVG map; tests and reduced-data readers). */
  interactiveMap?: boolean;
}

/** Mounts every `[data-map-explorer]` under `root`; returns one dispose for all. */
export function mountAll(root: ParentNode, config: MountConfig = {}): () => void {
  const disposers = [...root.querySelectorAll<HTMLElement>('[data-map-explorer]')].map((el) => mount(el, config));
  return () => disposers.forEach((d) => d());
}

export function mount(root: HTMLElement, config: MountConfig = {}): () => void {
  const mode = root.dataset['mode'] ?? 'full';
  // The edition's words: the page's `lang` says which (the data file is already in it).
  const lang = langOf(root);
  const ui = mapLive(lang).explorer;
  const focus = root.dataset['focus'] ?? null;
  const form = root.querySelector<HTMLFormElement>('[data-map-filters]');
  const stage = root.querySelector<HTMLElement>('[data-map-stage]')!;
  const panel = root.querySelector<HTMLElement>('[data-map-panel]')!;
  const summary = root.querySelector<HTMLElement>('[data-map-summary]');
  const status = root.querySelector<HTMLElement>('[data-map-status]');
  const svgMap = root.querySelector<HTMLElement>('[data-france-map]');
  const abort = new AbortController();
  const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void) =>
    target.addEventListener(type, fn as EventListener, { signal: abort.signal });
  // Only the full explorer owns the page URL; embedded copies keep their state to themselves.
  const ownsUrl = mode === 'full' || mode === 'embed';

  let data: MapData | null = null;
  let state: MapViewState = EMPTY_MAP_STATE;
  let tallies: Tallies = new Map();
  let view: MapView | null = null;
  let disposed = false;
  const restoreLinks: (() => void)[] = [];
  let gestures: SvgGestures | null = null;
  const controls = root.querySelector<HTMLElement>('[data-map-controls]');
  const filterCount = root.querySelector<HTMLElement>('[data-filter-count]');

  // The server-rendered hint, put back when the panel closes.
  const hint = [...panel.childNodes];
  const panelKeys = panelFocus(panel);
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-map-filters-box]');
  if (filtersBox) manageFiltersFocus(filtersBox, abort.signal);

  // The map's data (/data/map.json) waits for the reader too: fetched at once when the URL
  // carries a view to restore, else on the first pointer or focus inside the explorer. Until
  // then the server-rendered map and list work as they are (links).
  let ready: Promise<void> | null = null;
  function ensureData(): Promise<void> {
    ready ??= fetch(root.dataset['src']!, { signal: abort.signal })
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<MapData>;
      })
      .then((d) => {
        if (disposed) return;
        data = d;
        state = ownsUrl ? readState(location.search) : EMPTY_MAP_STATE;
        writeForm();
        enhanceList();
        render();
      })
      .catch((e: unknown) => {
        if (disposed) return;
        if (status) status.textContent = ui.filtersFailed((e as Error).message);
        throw e;
      });
    return ready;
  }
  const whenReady = (fn: () => void) =>
    void ensureData()
      .then(() => !disposed && data && fn())
      .catch(() => undefined);
  const hasView = ownsUrl && [...new URLSearchParams(location.search).keys()].some((k) => !FOREIGN_PARAMS.includes(k));
  if (hasView) whenReady(() => undefined);
  else for (const type of ['pointerover', 'focusin', 'touchstart']) on(root, type, () => whenReady(() => undefined));
  enhanceSvg();
  if (config.interactiveMap !== false) waitForIntent();

  function readState(search: string): MapViewState {
    return decodeMapState(joinRepeatedParams(search), {
      domainIds: data!.domains.map((d) => d.id),
      territoryIds: data!.territories.map((t) => t.id),
    });
  }

  function readForm(): MapViewState {
    if (!form) return state;
    const fd = new FormData(form);
    const p = new URLSearchParams();
    for (const [k, v] of fd) if (typeof v === 'string' && v) p.append(k, v);
    const fromForm = readState(p.toString());
    return { ...fromForm, territory: state.territory };
  }

  function writeForm(): void {
    if (!form) return;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="domaines"]'))
      input.checked = state.domains.includes(input.value);
    const statusKeys = new Set(data!.statuses.filter((s) => (state.statuses as string[]).includes(s.id)).map((s) => s.key));
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="statuts"]'))
      input.checked = statusKeys.has(input.value);
    const from = form.querySelector<HTMLSelectElement>('select[name="debut"]');
    const to = form.querySelector<HTMLSelectElement>('select[name="fin"]');
    if (from) from.value = state.yearFrom === null ? '' : String(state.yearFrom);
    if (to) to.value = state.yearTo === null ? '' : String(state.yearTo);
    const kinds = new Set(state.signatoryKinds.map(signatoryKindKey));
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="signataires"]'))
      input.checked = kinds.has(input.value);
  }

  function pushUrl(): void {
    if (!ownsUrl) return;
    const params = new URLSearchParams(encodeMapState(state));
    const current = new URLSearchParams(location.search);
    for (const k of FOREIGN_PARAMS) for (const v of current.getAll(k)) params.append(k, v);
    const q = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  }

  /** The mark colour: the domain's own colour when exactly one is chosen, else the site accent. */
  function markColour(): string | null {
    if (state.domains.length !== 1) return null;
    return data!.domains.find((d) => d.id === state.domains[0])?.color ?? null;
  }

  function render(): void {
    const d = data!;
    // Territories of the chosen kinds of signatory only: the others leave the map and the list.
    const shown = d.territories.filter((t) => {
      const kind = signatoryKindFromKey(t.kindKey);
      return kind === null || kindShown(state, kind);
    });
    tallies = tallyTerritories(
      shown.map((t) => t.id),
      d.actions,
      d.domains.map((x) => x.id),
      toFilter(state),
    );
    const colour = markColour();
    if (colour) root.style.setProperty('--map-mark', colour);
    else root.style.removeProperty('--map-mark');
    const matching = [...tallies.values()].reduce((n, t) => n + t.count, 0);
    const withData = [...tallies.values()].filter((t) => t.state === 'some').length;
    if (filterCount) {
      const n =
        state.domains.length +
        state.statuses.length +
        state.signatoryKinds.length +
        (state.yearFrom !== null || state.yearTo !== null ? 1 : 0);
      filterCount.textContent = n ? String(n) : '';
      filterCount.setAttribute('aria-label', n ? ui.activeFilters(n) : '');
    }
    if (summary) {
      const filtered = encodeMapState({ ...state, territory: null }) !== '';
      const among = state.signatoryKinds.length ? ui.amongKinds(shown.length) : String(d.territories.length);
      summary.textContent = matching ? ui.summary(withData, among, matching, filtered) : ui.noneForFilter;
    }
    renderList();
    renderSvgMarks();
    view?.update(tallies, colour);
    if (state.territory && !tallies.has(state.territory)) closePanel();
    else if (state.territory) fillPanel(state.territory);
  }

  function renderList(): void {
    for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-territory]')) {
      const t = tallies.get(row.dataset['territory']!);
      const cell = row.querySelector<HTMLElement>('[data-count]');
      row.hidden = !t;
      if (!t || !cell) continue;
      row.dataset['state'] = t.state;
      if (t.state === 'some') cell.textContent = String(t.count);
      else {
        const span = document.createElement('span');
        span.className = 'missing';
        span.textContent = tallyLabel(t, lang);
        cell.replaceChildren(span);
      }
    }
  }

  /** Keeps the SVG first paint in step with the filters until (or unless) MapLibre takes over. */
  function renderSvgMarks(): void {
    if (!svgMap) return;
    const radius = radiusScale(Number(svgMap.dataset['maxCount']), Number(svgMap.dataset['maxRadius']));
    const empty = Number(svgMap.dataset['emptyRadius']);
    // Territories outside the chosen kinds of signatory: area, circle and name leave the map.
    for (const el of svgMap.querySelectorAll<SVGElement>('path[data-territory], a[data-territory], text[data-label-for]')) {
      const id = el.dataset['territory'] ?? el.dataset['labelFor']!;
      el.style.display = tallies.has(id) ? '' : 'none';
    }
    for (const a of svgMap.querySelectorAll<SVGAElement>('a[data-territory]')) {
      const t = tallies.get(a.dataset['territory']!);
      const circle = a.querySelector('circle');
      if (!t || !circle) continue;
      circle.setAttribute('r', (t.state === 'some' ? radius(t.count) : empty).toFixed(2));
      circle.classList.remove('mark-some', 'mark-none', 'mark-filtered-out');
      circle.classList.add(`mark-${t.state}`);
      const name = data!.territories.find((x) => x.id === t.id)?.name ?? t.id;
      // French: one aria-label; other editions: the name (French) and the count are apart (FranceMap).
      const desc = a.querySelector('desc');
      if (desc) desc.textContent = tallyLabel(t, lang);
      else a.setAttribute('aria-label', mapLive(lang).markLabel(name, tallyLabel(t, lang)));
    }
  }

  /** Writes the panel of a territory (aria-live announces it) and marks its row. */
  function fillPanel(id: string): boolean {
    const d = data!;
    const t = d.territories.find((x) => x.id === id);
    const tally = tallies.get(id);
    if (!t || !tally) return false;
    renderPanel(panel, d, t, tally, lang, {
      filtered: encodeMapState({ ...state, territory: null }) !== '',
      onClose: closePanel,
    });
    panel.dataset['open'] = '';
    for (const row of root.querySelectorAll<HTMLElement>('tr[data-territory]'))
      row.classList.toggle('is-selected', row.dataset['territory'] === id);
    return true;
  }

  /** Selects a territory: panel, URL, and the map zooms to it; focus moves into the panel. */
  function openPanel(id: string): void {
    state = { ...state, territory: id };
    if (!fillPanel(id)) return;
    view?.select(id);
    pushUrl();
    panelKeys.opened();
  }

  function closePanel(): void {
    const id = state.territory;
    state = { ...state, territory: null };
    panel.replaceChildren(...hint);
    delete panel.dataset['open'];
    for (const row of root.querySelectorAll<HTMLElement>('tr.is-selected')) row.classList.remove('is-selected');
    view?.select(focus);
    pushUrl();
    // Focus goes back where the reader came from, or to the territory in the list.
    if (id) panelKeys.closed(() => root.querySelector<HTMLElement>(`[data-territory-button="${id}"]`));
  }

  /** Territory names in the list become buttons that open the panel; arrow keys move between them. */
  function enhanceList(): void {
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-territory-link]')];
    const buttons = links.map((a, i) => {
      const id = a.dataset['territoryLink']!;
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = a.textContent;
      if (a.lang) b.lang = a.lang;
      b.dataset['territoryButton'] = id;
      b.setAttribute('aria-controls', panel.id);
      b.tabIndex = i === 0 ? 0 : -1;
      const hadFocus = document.activeElement === a;
      a.replaceWith(b);
      // The data arrived while the reader was on this link: keep them there.
      if (hadFocus) {
        b.tabIndex = 0;
        b.focus();
      }
      restoreLinks.push(() => b.replaceWith(a));
      return b;
    });
    const move = (from: HTMLButtonElement, to: HTMLButtonElement | undefined) => {
      if (!to) return;
      from.tabIndex = -1;
      to.tabIndex = 0;
      to.focus();
    };
    buttons.forEach((b, i) => {
      on(b, 'click', () => openPanel(b.dataset['territoryButton']!));
      on<FocusEvent>(b, 'focus', () => view?.hint(b.dataset['territoryButton']!));
      on<FocusEvent>(b, 'blur', () => view?.hint(null));
      on<KeyboardEvent>(b, 'keydown', (e) => {
        if (e.key === 'Escape' && state.territory) {
          closePanel();
          return;
        }
        const next = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[
          e.key
        ];
        if (next === undefined) return;
        e.preventDefault();
        move(b, buttons[next]);
      });
    });
  }

  /** The SVG's territory links open the panel (a click that ended a drag does not). */
  function enhanceSvg(): void {
    if (!svgMap) return;
    on<MouseEvent>(svgMap, 'click', (e) => {
      const a = (e.target as Element).closest<SVGAElement>('a[data-territory]');
      if (!a) return;
      e.preventDefault();
      if (gestures?.justDragged()) return;
      whenReady(() => openPanel(a.dataset['territory']!));
    });
  }

  /** MapLibre waits for the reader's first exploring gesture; the SVG answers it meanwhile. */
  function waitForIntent(): void {
    const svg = svgMap?.querySelector<SVGSVGElement>('.france-map-svg');
    if (!svg) return;
    gestures = attachSvgGestures(stage, svg, () => void loadMap());
    if (controls) {
      controls.hidden = false;
      for (const b of controls.querySelectorAll<HTMLButtonElement>('button[data-map-zoom]'))
        on(b, 'click', () => gestures?.zoomBy(b.dataset['mapZoom'] === 'in' ? 1.6 : 1 / 1.6));
      const explore = controls.querySelector<HTMLButtonElement>('[data-map-explore]');
      if (explore) on(explore, 'click', () => void loadMap());
    }
  }

  let loading: Promise<void> | null = null;
  function loadMap(): Promise<void> {
    loading ??= (async () => {
      try {
        await ensureData();
      } catch {
        return;
      }
      if (disposed || !data) return;
      if (!supportsWebGL2()) {
        if (status) status.textContent = ui.noWebgl;
        return;
      }
      try {
        if (status) status.textContent = ui.loading;
        const { createMapView } = await import('./maplibre-view.ts');
        if (disposed) return;
        view = await createMapView(stage, {
          startBox: gestures?.visibleBox() ?? null,
          root,
          data: data!,
          tallies,
          colour: markColour(),
          focus,
          selected: state.territory ?? focus,
          geoBase: new URL(root.dataset['geo']!, location.href).href,
          styleUrl: root.dataset['styleUrl'] ?? null,
          lang,
          onSelect: (id) => openPanel(id),
        });
        if (status) status.textContent = '';
        if (controls) controls.hidden = true;
        gestures?.dispose();
        gestures = null;
        if (disposed) view.dispose();
      } catch (e) {
        if (status) status.textContent = ui.loadFailed((e as Error).message);
      }
    })();
    return loading;
  }

  on<CustomEvent<string>>(document, SELECT_TERRITORY, (e) =>
    whenReady(() => {
      if (data!.territories.some((t) => t.id === e.detail)) openPanel(e.detail);
    }),
  );

  on<KeyboardEvent>(panel, 'keydown', (e) => {
    if (e.key === 'Escape' && state.territory) closePanel();
  });

  if (form) {
    const apply = () => {
      state = readForm();
      pushUrl();
      render();
    };
    on(form, 'change', () => whenReady(apply));
    on<SubmitEvent>(form, 'submit', (e) => {
      e.preventDefault();
      whenReady(apply);
    });
    const reset = form.querySelector<HTMLAnchorElement>('[data-map-reset]');
    if (reset)
      on<MouseEvent>(reset, 'click', (e) => {
        e.preventDefault();
        whenReady(() => {
          state = { ...EMPTY_MAP_STATE, territory: state.territory };
          writeForm();
          pushUrl();
          render();
        });
      });
  }

  return () => {
    disposed = true;
    abort.abort();
    gestures?.dispose();
    view?.dispose();
    view = null;
    restoreLinks.forEach((r) => r());
  };
}

function supportsWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}
