/**
 * The side panel for the selected territory, built with DOM nodes (text is never parsed as HTML).
 */
import type { MapData, MapTerritory } from '../../lib/map/map-data.ts';
import { tallyLabel, type TerritoryTally } from '../../lib/map/tally.ts';
import type { MapAction } from '../../lib/map/map-data.ts';
import { el } from '../dom.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { mapLive } from '../../lib/i18n/map-live.ts';

const TOP_ACTIONS = 5;

export interface PanelOptions {
  filtered: boolean;
  onClose: () => void;
}

/** Fills `panel` with the territory's facts and its matching actions, in the page's edition. */
export function renderPanel(
  panel: HTMLElement,
  data: MapData,
  t: MapTerritory,
  tally: TerritoryTally<MapAction>,
  lang: Lang,
  opts: PanelOptions,
): void {
  const ui = mapLive(lang).panel;
  const domainById = new Map(data.domains.map((d) => [d.id, d]));
  const close = el('button', { type: 'button', className: 'panel-close' }, ui.close);
  close.setAttribute('aria-label', ui.closeNamed(t.name));
  close.addEventListener('click', opts.onClose);
  const facts = el(
    'p',
    {},
    ui.facts(capitalise(t.kind), t.contract, t.firstSignature),
    el('br'),
    t.role === 'rattachement' ? ui.hatched(t.areaName) : ui.outline(t.areaName),
    // The caveat is the research's own French sentence: marked so on the English page.
    ...(t.signatoryCaveat ? [el('br'), el('strong', {}, ui.caveat, french(el('span', {}, `${t.signatoryCaveat}.`), lang))] : []),
    el('br'),
    t.namedByDiair ? ui.diair : ui.local,
  );
  const count = el(
    'p',
    {},
    el('strong', {}, capitalise(tallyLabel(tally, lang))),
    opts.filtered && tally.total > tally.count ? ui.unfiltered(tally.total) : '',
  );
  // Territory names are French names: marked so on other editions' pages.
  const parts: Node[] = [el('div', { className: 'panel-head' }, french(el('h3', {}, t.name), lang), close), facts, count];
  if (tally.byDomain.length) {
    parts.push(
      el(
        'ul',
        { className: 'panel-domains' },
        ...tally.byDomain.map(([id, n]) => {
          const d = domainById.get(id)!;
          const dot = el('span', { className: 'dot' });
          dot.style.background = d.color;
          dot.setAttribute('aria-hidden', 'true');
          return el('li', {}, dot, `${d.label}${lang === 'fr' ? '\u00A0:' : ':'} ${n}`);
        }),
      ),
    );
  }
  if (tally.actions.length) {
    parts.push(
      el(
        'p',
        { className: 'panel-sub' },
        el('strong', {}, tally.actions.length > TOP_ACTIONS ? ui.firstActions(TOP_ACTIONS) : ui.actions),
      ),
      el(
        'ul',
        {},
        ...tally.actions.slice(0, TOP_ACTIONS).map((a) => {
          const link = el('a', { href: a.url }, a.title);
          if (a.titleLang) link.lang = a.titleLang;
          return el('li', {}, link);
        }),
      ),
    );
  }
  parts.push(el('p', {}, el('a', { href: t.url }, ui.territoryPage, french(el('span', {}, t.name), lang))));
  panel.replaceChildren(...parts);
}

/** Marks research text French when the page is not. */
function french<E extends HTMLElement>(node: E, lang: Lang): E {
  if (lang !== 'fr') node.lang = 'fr';
  return node;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
