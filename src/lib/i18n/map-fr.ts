/**
 * Interface strings of the map written at build time (page, filters, list, controls, legend,
 * static map, lookup form, embed), French edition; the words the browser writes are in
 * map-live-fr.ts. fr.ts re-exports it as `map`, so the English edition's leak check
 * (tests/e2e/english.spec.ts) sees these strings too. Pure.
 */
import type { Widen } from './fr.ts';

export const mapFr = {
  page: {
    title: 'Carte des territoires',
    description: (n: number, sentence: string) =>
      `Carte des ${n} territoires engagés dans un contrat territorial d’accueil et d’intégration (CTAI), filtrable par domaine, année et statut : ${sentence}.`,
    partial: 'Données partielles',
    ringNote: 'Un anneau vide signale l’absence de source, pas l’absence d’action.',
    missingLink: 'Ce qui manque',
    lede: 'Où les contrats territoriaux d’accueil et d’intégration ont été signés, et ce que les sources publiques documentent de leurs actions. Filtrez par domaine, par années ou par statut ; choisissez un territoire pour voir ses actions.',
    callout: (sentence: string, without: string, total: number) =>
      `${sentence}. ${without} sur ${total} n’ont aucune action documentée : ils sont dessinés par un anneau vide, car l’absence de source ne signifie pas l’absence d’action. Cette carte n’est pas la liste officielle des signataires ; `,
    territory: 'territoire',
    territories: 'territoires',
    method: 'notre méthode',
    methodRest: 'dit ce qui manque.',
    credits: 'Sources du fond de carte',
  },
  explorer: {
    label: 'Carte des territoires',
    labelTerritory: 'Carte du territoire',
    listTitle: 'Territoires et actions documentées',
    hint: 'Choisissez un territoire sur la carte ou dans la liste pour voir ses actions documentées.',
    hintBelow: 'Choisissez un territoire sur la carte ou dans la liste ci-dessous pour voir ses actions documentées.',
  },
  filters: {
    title: 'Filtres',
    domains: 'Domaines',
    years: 'Années d’activité',
    from: 'De',
    to: 'à',
    status: 'Statut',
    kinds: 'Type de signataire',
    submit: 'Filtrer',
    reset: 'Tout afficher',
    close: 'Fermer les filtres',
  },
  list: {
    summary: (n: number) => `Liste des ${n} territoires`,
    territory: 'Territoire',
    signatory: 'Signataire',
    actions: 'Actions documentées',
    firstSignature: 'Première signature',
  },
  controls: {
    goTo: 'Aller à',
    interactive: 'Carte interactive',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    explore: 'Explorer la carte',
    metro: 'Métropole',
  },
  legend: {
    label: 'Légende de la carte',
    signatory: 'Territoire signataire (intercommunalité, département ou région)',
    hatched: 'Hachuré : intercommunalité de la ville signataire, montrée pour situer la ville (elle n’a pas signé)',
    circles: (sizes: string) => `Cercles proportionnels au nombre d’actions documentées (${sizes})`,
    ring: 'Anneau vide : aucune action documentée, ou aucune pour le filtre choisi (donnée manquante, pas zéro)',
  },
  svg: {
    title: 'Carte des territoires engagés dans un CTAI',
    titleFocus: (name: string) => `Carte : ${name} et ses environs`,
    desc: (n: number, withData: number) =>
      `${n} territoires ; ${withData} ont au moins une action documentée pour ce filtre. Cercles proportionnels au nombre d’actions documentées ; un anneau vide signale un territoire sans action documentée. La liste des territoires, sous la carte, donne les mêmes informations.`,
    descFocus: (name: string, tally: string) =>
      `${name} : ${tally}. Les cercles sont proportionnels au nombre d’actions documentées.`,
  },
  lookup: {
    label: 'Ma commune est-elle concernée\u202F?',
    placeholder: 'Nom ou code postal',
    search: 'Chercher',
    options: 'Communes proposées',
    source: 'Appartenance des communes\u202F: INSEE et DGCL, 2026.',
    noscript: 'Cette recherche demande JavaScript. Sans lui, la',
    noscriptLink: 'liste des territoires',
    noscriptRest: 'donne l’intercommunalité ou la région de chaque contrat documenté.',
  },
  embed: {
    title: (name: string) => `Carte : ${name}`,
    description: (name: string) => `Le territoire de ${name} sur la carte des contrats.`,
    code: 'Intégrer cette carte',
    codeLabel: 'Code à coller dans votre page',
    codeHint: 'La carte suit les mises à jour des données.',
  },
} as const;

export type MapDict = Widen<typeof mapFr>;
