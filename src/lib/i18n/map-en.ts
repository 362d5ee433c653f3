/**
 * Interface strings of the map, English edition (British English). Typed as `MapDict`: a key
 * missing here fails `astro check`. Territory names, action titles and research notes are never
 * translated here; the components mark them `lang="fr"` where they are text, not names.
 */
import type { MapDict } from './map-fr.ts';

export const mapEn: MapDict = {
  page: {
    title: 'Map of the territories',
    description: (n, sentence) =>
      `Map of the ${n} territories with a territorial reception and integration contract (CTAI), filterable by domain, year and status: ${sentence}.`,
    partial: 'Partial data',
    ringNote: 'A hollow ring means no source was found, not that nothing was done.',
    missingLink: 'What is missing',
    lede: 'Where the territorial reception and integration contracts were signed, and what public sources document of their actions. Filter by domain, years or status; choose a territory to see its actions.',
    callout: (sentence, without, total) =>
      `${sentence}. ${without} out of ${total} have no documented action: they are drawn as a hollow ring, because a missing source does not mean that nothing was done. This map is not the official list of signatories; `,
    territory: 'territory',
    territories: 'territories',
    method: 'our method',
    methodRest: 'says what is missing.',
    credits: 'Base map sources',
  },
  explorer: {
    label: 'Map of the territories',
    labelTerritory: 'Map of the territory',
    listTitle: 'Territories and documented actions',
    hint: 'Choose a territory on the map or in the list to see its documented actions.',
    hintBelow: 'Choose a territory on the map or in the list below to see its documented actions.',
  },
  filters: {
    title: 'Filters',
    domains: 'Domains',
    years: 'Years of activity',
    from: 'From',
    to: 'to',
    status: 'Status',
    kinds: 'Kind of signatory',
    submit: 'Filter',
    reset: 'Show all',
    close: 'Close the filters',
  },
  list: {
    summary: (n) => `List of the ${n} territories`,
    territory: 'Territory',
    signatory: 'Signatory',
    actions: 'Documented actions',
    firstSignature: 'First signature',
  },
  controls: {
    goTo: 'Go to',
    interactive: 'Interactive map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    explore: 'Explore the map',
    metro: 'Mainland France',
  },
  legend: {
    label: 'Map legend',
    signatory: 'Signatory territory (intercommunality, département or region)',
    hatched: 'Hatched: intercommunality of the signatory city, shown to locate the city (it did not sign)',
    circles: (sizes) => `Circles sized by the number of documented actions (${sizes})`,
    ring: 'Hollow ring: no documented action, or none for the chosen filter (missing data, not zero)',
  },
  svg: {
    title: 'Map of the territories with a CTAI',
    titleFocus: (name) => `Map: ${name} and its surroundings`,
    desc: (n, withData) =>
      `${n} territories; ${withData} have at least one documented action for this filter. Circles are sized by the number of documented actions; a hollow ring marks a territory without a documented action. The list of territories, below the map, gives the same information.`,
    descFocus: (name, tally) => `${name}: ${tally}. Circles are sized by the number of documented actions.`,
  },
  lookup: {
    label: 'Is my commune covered?',
    placeholder: 'Name or postcode',
    search: 'Search',
    options: 'Suggested communes',
    source: 'Commune membership: INSEE and DGCL, 2026.',
    noscript: 'This search needs JavaScript. Without it, the',
    noscriptLink: 'list of territories',
    noscriptRest: 'gives the intercommunality or region of every documented contract.',
  },
  embed: {
    title: (name) => `Map: ${name}`,
    description: (name) => `The territory of ${name} on the map of the contracts.`,
    code: 'Embed this map',
    codeLabel: 'Code to paste into your page',
    codeHint: 'The map follows updates to the data.',
  },
};
