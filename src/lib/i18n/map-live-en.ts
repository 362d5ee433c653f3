/**
 * The map's words that the browser writes, English edition (British English). Typed as
 * `MapLiveDict`: a key missing here fails `astro check`.
 */
import type { MapLiveDict } from './map-live-fr.ts';

const NBSP = '\u00A0';
const s = (n: number) => (n === 1 ? '' : 's');
// Made on first use, not when the module loads: a page's first Intl object loads the locale's
// data (about 60 ms on a phone, measured by Lighthouse as blocking time), and every map page
// loads this dictionary while only an English page that has begun filtering formats a number.
let numberFormat: Intl.NumberFormat | undefined;
const num = (n: number) => (numberFormat ??= new Intl.NumberFormat('en-GB')).format(n);

export const mapLiveEn: MapLiveDict = {
  explorer: {
    summary: (withData, among, actions, filtered) =>
      `${withData} territories out of ${among} have at least one documented action${filtered ? ' for this filter' : ''} (${num(actions)} action${s(actions)}).`,
    amongKinds: (n) => `${n} of the chosen kinds of signatory`,
    noneForFilter: 'No documented action for this filter.',
    activeFilters: (n) => `${n} active`,
    filtersFailed: (msg) => `The filters are not available (${msg}): the map and the list show every action.`,
    noWebgl:
      'The interactive map is not available in this browser (it needs WebGL 2): the map above and the list give the same information.',
    loading: 'Loading the interactive map…',
    loadFailed: (msg) => `The interactive map could not load (${msg}): the static map and the list are still available.`,
    interactiveTitle: 'Interactive map of the territories with a CTAI',
    interactiveTitleFocus: (name) => `Interactive map: ${name}`,
  },
  markLabel: (name, tally) => `${name}: ${tally}`,
  tally: {
    none: 'no documented action',
    filteredOut: 'no documented action for this filter',
    count: (n) => (n === 1 ? '1 documented action' : `${num(n)}${NBSP}documented actions`),
  },
  panel: {
    close: 'Close',
    closeNamed: (name) => `Close the panel of ${name}`,
    facts: (kind, contract, date) => `${kind} · ${contract} · first signature: ${date}`,
    hatched: (area) => `Hatched outline: ${area}, intercommunality of the signatory city (shown to locate it).`,
    outline: (area) => `Outline: ${area}.`,
    caveat: 'Signatory not stated by the source: ',
    diair: 'Named by the DIAIR.',
    local: 'Found in local sources.',
    unfiltered: (n) => ` (${n} in all, without a filter)`,
    firstActions: (n) => `First ${n} actions`,
    actions: 'Actions',
    territoryPage: 'Territory page: ',
  },
  lookup: {
    typeMore: 'Type at least two letters, or a postcode.',
    proposed: (n) => `${n} commune${s(n)} suggested, use the arrow keys to choose.`,
    noMatch: 'No commune with this name or postcode.',
    failed: (msg) => `The commune search could not load (${msg}).`,
    actions: (n) => (n ? `${n} documented action${s(n)}` : 'no documented action'),
    showOnMap: 'Show on the map',
    covered: (label, parts) => `${label}: yes, a documented contract covers it: ${parts}.`,
    coveredPart: (name, perimeter, contract, since) => `“${name}” (${perimeter}; ${contract}, first signature: ${since})`,
    and: ' and ',
    context: (label, names) =>
      `${label}: no documented contract for this commune. Its intercommunality includes a signatory city (${names}), whose contract does not necessarily cover its neighbours.`,
    none: (label) =>
      `${label}: no documented contract for this commune. Our data are partial: this does not mean that none exists.`,
    perimeter: {
      epci: (name) => `through its intercommunality, ${name}`,
      région: (name) => `through its region, ${name}`,
      département: (name) => `through its département, ${name}`,
      commune: () => 'through the commune itself',
    },
  },
};
