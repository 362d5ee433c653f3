/**
 * The side panel for the selected territory, built with DOM nodes (text is never parsed as HTML).
 */
import type { MapData, MapTerritory } from '../../lib/map/map-data.ts';
import { tallyLabel, type TerritoryTally } from '../../lib/map/tally.ts';
import type { MapAction } from '../../lib/map/map-data.ts';
import { el } from '../dom.ts';

const TOP_ACTIONS = 5;

export interface PanelOptions {
  filtered: boolean;
  onClose: () => void;
}

/** Fills `panel` with the territory's facts and its matching actions. */
export function renderPanel(
  panel: HTMLElement,
  data: MapData,
  t: MapTerritory,
  tally: TerritoryTally<MapAction>,
  opts: PanelOptions,
): void {
  const domainById = new Map(data.domains.map((d) => [d.id, d]));
  const close = el('button', { type: 'button', className: 'panel-close' }, 'Fermer');
  close.setAttribute('aria-label', `Fermer le panneau ${t.name}`);
  close.addEventListener('click', opts.onClose);
  const facts = el(
    'p',
    {},
    `${capitalise(t.kind)} · ${t.contract} · première signature\u00A0: ${t.firstSignature}`,
    el('br'),
    t.role === 'rattachement'
      ? `Contour hachuré\u00A0: ${t.areaName}, intercommunalité de la ville signataire (montrée pour la situer).`
      : `Contour\u00A0: ${t.areaName}.`,
    ...(t.signatoryCaveat
      ? [el('br'), el('strong', {}, `Signataire non précisé par la source\u00A0: ${t.signatoryCaveat}.`)]
      : []),
    el('br'),
    t.namedByDiair ? 'Nommé par la DIAIR.' : 'Trouvé dans des sources locales.',
  );
  const count = el(
    'p',
    {},
    el('strong', {}, capitalise(tallyLabel(tally))),
    opts.filtered && tally.total > tally.count ? ` (${tally.total} en tout, sans filtre)` : '',
  );
  const parts: Node[] = [el('div', { className: 'panel-head' }, el('h3', {}, t.name), close), facts, count];
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
          return el('li', {}, dot, `${d.label}\u00A0: ${n}`);
        }),
      ),
    );
  }
  if (tally.actions.length) {
    parts.push(
      el(
        'p',
        { className: 'panel-sub' },
        el('strong', {}, tally.actions.length > TOP_ACTIONS ? `${TOP_ACTIONS} premières actions` : 'Actions'),
      ),
      el('ul', {}, ...tally.actions.slice(0, TOP_ACTIONS).map((a) => el('li', {}, el('a', { href: a.url }, a.title)))),
    );
  }
  parts.push(el('p', {}, el('a', { href: t.url }, `Fiche du territoire\u00A0: ${t.name}`)));
  panel.replaceChildren(...parts);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
