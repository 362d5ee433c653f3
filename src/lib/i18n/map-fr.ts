/**
 * Interface strings of the map (explorer, static SVG map, legend, panel, commune lookup, embed),
 * French edition. Kept apart from fr.ts because the browser islands import them: this module
 * and map-en.ts are the only dictionaries in the map's client bundle (a few hundred bytes each
 * gzipped), while fr.ts carries the whole site. fr.ts re-exports it as `map`, so the English
 * edition's leak check (tests/e2e/english.spec.ts) sees these strings too. Pure and browser-safe.
 */
import type { Widen } from './fr.ts';

const NBSP = '\u00A0';
const s = (n: number) => (n > 1 ? 's' : '');

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
    summary: (withData: number, among: string, actions: number, filtered: boolean) =>
      `${withData} territoires sur ${among} ont au moins une action documentée${filtered ? ' pour ce filtre' : ''} (${actions} action${s(actions)}).`,
    amongKinds: (n: number) => `${n} du type de signataire choisi`,
    noneForFilter: 'Aucune action documentée pour ce filtre.',
    hint: 'Choisissez un territoire sur la carte ou dans la liste pour voir ses actions documentées.',
    hintBelow: 'Choisissez un territoire sur la carte ou dans la liste ci-dessous pour voir ses actions documentées.',
    activeFilters: (n: number) => `${n} actif${s(n)}`,
    filtersFailed: (msg: string) =>
      `Les filtres ne sont pas disponibles (${msg}) : la carte et la liste montrent toutes les actions.`,
    noWebgl:
      'Carte interactive indisponible sur ce navigateur (WebGL 2 requis) : la carte ci-dessus et la liste donnent les mêmes informations.',
    loading: 'Chargement de la carte interactive…',
    loadFailed: (msg: string) =>
      `La carte interactive n’a pas pu se charger (${msg}) : la carte statique et la liste restent disponibles.`,
    interactiveTitle: 'Carte interactive des territoires engagés dans un CTAI',
    interactiveTitleFocus: (name: string) => `Carte interactive : ${name}`,
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
    markLabel: (name: string, tally: string) => `${name} : ${tally}`,
  },
  tally: {
    none: 'aucune action documentée',
    filteredOut: 'aucune action documentée pour ce filtre',
    count: (n: number) => (n === 1 ? '1 action documentée' : `${n}${NBSP}actions documentées`),
  },
  panel: {
    close: 'Fermer',
    closeNamed: (name: string) => `Fermer le panneau ${name}`,
    facts: (kind: string, contract: string, date: string) => `${kind} · ${contract} · première signature${NBSP}: ${date}`,
    hatched: (area: string) => `Contour hachuré${NBSP}: ${area}, intercommunalité de la ville signataire (montrée pour la situer).`,
    outline: (area: string) => `Contour${NBSP}: ${area}.`,
    caveat: `Signataire non précisé par la source${NBSP}: `,
    diair: 'Nommé par la DIAIR.',
    local: 'Trouvé dans des sources locales.',
    unfiltered: (n: number) => ` (${n} en tout, sans filtre)`,
    firstActions: (n: number) => `${n} premières actions`,
    actions: 'Actions',
    territoryPage: `Fiche du territoire${NBSP}: `,
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
    typeMore: 'Tapez au moins deux lettres, ou un code postal.',
    proposed: (n: number) => `${n} commune${s(n)} proposée${s(n)}, flèches pour choisir.`,
    noMatch: 'Aucune commune de ce nom ou de ce code postal.',
    failed: (msg: string) => `La recherche de commune n’a pas pu se charger (${msg}).`,
    actions: (n: number) => (n ? `${n} action${s(n)} documentée${s(n)}` : 'aucune action documentée'),
    showOnMap: 'Voir sur la carte',
    covered: (label: string, parts: string) => `${label}${NBSP}: oui, un contrat documenté la couvre${NBSP}: ${parts}.`,
    coveredPart: (name: string, perimeter: string, contract: string, since: string) =>
      `« ${name} » (${perimeter}${NBSP}; ${contract}, première signature${NBSP}: ${since})`,
    and: ' et ',
    context: (label: string, names: string) =>
      `${label}${NBSP}: aucun contrat documenté pour cette commune. Son intercommunalité compte une ville signataire (${names}), dont le contrat ne couvre pas forcément ses voisines.`,
    none: (label: string) =>
      `${label}${NBSP}: aucun contrat documenté pour cette commune. Nos données sont partielles${NBSP}: cela ne veut pas dire qu’il n’en existe pas.`,
    perimeter: {
      epci: (name: string) => `par son intercommunalité, ${name}`,
      région: (name: string) => `par sa région, ${name}`,
      département: (name: string) => `par son département, ${name}`,
      commune: (_name: string) => 'par la commune elle-même',
    },
  },
  embed: {
    title: (name: string) => `Carte : ${name}`,
    description: (name: string) => `Le territoire de ${name} sur la carte des contrats.`,
    footer: 'les contrats territoriaux d’accueil et d’intégration, source par source.',
    code: 'Intégrer cette carte',
    codeLabel: 'Code à coller dans votre page',
    codeHint: 'La carte suit les mises à jour des données.',
  },
} as const;

export type MapDict = Widen<typeof mapFr>;
