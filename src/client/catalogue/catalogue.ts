/**
 * The catalogue island: filters the server-rendered list in place from the JSON embedded in the
 * page, updates the facet counts and the URL (?domaines=…&territoire=…). Without JavaScript the
 * page keeps its full list and the links to pre-rendered filtered pages.
 */
import {
  decodeCatalogueState,
  encodeCatalogueState,
  facetCounts,
  matchesCatalogue,
  type CatalogueItem,
  type CatalogueState,
  type Facet,
} from '../../lib/catalogue.ts';
import { carrierKey } from '../../lib/catalogue.ts';
import { statusKey } from '../../lib/url-state.ts';
import type { ActionStatus } from '../../schemas/action-values.ts';

interface Payload {
  items: CatalogueItem[];
  domainIds: string[];
  territoryIds: string[];
}

const FACET_KEYS: Record<Facet, (i: CatalogueItem) => readonly string[]> = {
  domains: (i) => i.domains,
  territory: (i) => [i.territory],
  statuses: (i) => [statusKey(i.status as ActionStatus)],
  carrierKinds: (i) => [carrierKey(i.carrierKind)],
};

const nbsp = '\u00A0';
// The page's edition decides the wording (the English catalogue is /en/actions/).
const countText = (n: number) =>
  document.documentElement.lang === 'en'
    ? n === 0
      ? 'No documented action for this filter'
      : `${n.toLocaleString('en-GB')}${nbsp}documented action${n > 1 ? 's' : ''}`
    : n === 0
      ? 'Aucune action documentée pour ce filtre'
      : `${n}${nbsp}action${n > 1 ? 's' : ''} documentée${n > 1 ? 's' : ''}`;

export function mountCatalogue(root: HTMLElement): () => void {
  const panel = root.querySelector<HTMLDetailsElement>('[data-catalogue-panel]')!;
  const form = root.querySelector<HTMLFormElement>('[data-catalogue-form]')!;
  const browse = root.querySelector<HTMLElement>('[data-browse]');
  const status = root.querySelector<HTMLElement>('[data-result-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-catalogue-empty]')!;
  const payload = JSON.parse(root.querySelector('[data-catalogue-data]')!.textContent!) as Payload;
  const rows = new Map([...root.querySelectorAll<HTMLElement>('[data-action]')].map((li) => [li.dataset['action']!, li]));
  const opts = { domainIds: payload.domainIds, territoryIds: payload.territoryIds };

  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

  /** Reads the controls through the URL codec, so the form and links share one definition. */
  const readForm = (): CatalogueState => {
    const p = new URLSearchParams();
    const join = (name: string) => checked(name).join(',');
    if (join('domaines')) p.set('domaines', join('domaines'));
    if (join('statuts')) p.set('statuts', join('statuts'));
    if (join('porteurs')) p.set('porteurs', join('porteurs'));
    if (select('territoire').value) p.set('territoire', select('territoire').value);
    if (select('debut').value || select('fin').value) p.set('annees', `${select('debut').value}-${select('fin').value}`);
    return decodeCatalogueState(p.toString(), opts);
  };

  const writeForm = (s: CatalogueState) => {
    const set = (name: string, values: string[]) => {
      for (const i of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) i.checked = values.includes(i.value);
    };
    set('domaines', s.domains);
    set('statuts', s.statuses.map(statusKey));
    set('porteurs', s.carrierKinds.map(carrierKey));
    select('territoire').value = s.territory ?? '';
    select('debut').value = s.yearFrom === null ? '' : String(s.yearFrom);
    select('fin').value = s.yearTo === null ? '' : String(s.yearTo);
  };

  const render = (s: CatalogueState) => {
    let shown = 0;
    for (const item of payload.items) {
      const visible = matchesCatalogue(item, s);
      const li = rows.get(item.id);
      if (li) li.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = countText(shown);
    empty.hidden = shown > 0;
    for (const facet of Object.keys(FACET_KEYS) as Facet[]) {
      const counts = facetCounts(payload.items, s, facet, FACET_KEYS[facet]);
      for (const el of form.querySelectorAll<HTMLElement>(`[data-count^="${facet}:"]`)) {
        el.textContent = `(${counts.get(el.dataset['count']!.slice(facet.length + 1)) ?? 0})`;
      }
      if (facet === 'territory') {
        for (const o of select('territoire').options) {
          if (o.value) o.textContent = `${o.dataset['label']} (${counts.get(o.value) ?? 0})`;
        }
      }
    }
  };

  const update = () => {
    const s = readForm();
    render(s);
    const query = encodeCatalogueState(s);
    history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
  };
  // Reset fires before the controls change: read them once they have.
  const onReset = () => setTimeout(update, 0);
  const onSubmit = (e: Event) => e.preventDefault();

  const initial = decodeCatalogueState(location.search, opts);
  panel.hidden = false;
  // Open where there is room, or when a shared link arrives with filters to show.
  panel.open = matchMedia('(min-width: 48rem)').matches || encodeCatalogueState(initial) !== '';
  if (browse) browse.hidden = true;
  writeForm(initial);
  render(initial);

  form.addEventListener('change', update);
  form.addEventListener('reset', onReset);
  form.addEventListener('submit', onSubmit);
  return () => {
    form.removeEventListener('change', update);
    form.removeEventListener('reset', onReset);
    form.removeEventListener('submit', onSubmit);
  };
}
