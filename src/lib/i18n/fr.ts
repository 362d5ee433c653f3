/**
 * Interface strings of the French edition (the edition of record). Research texts never live
 * here: they come from content/ and stay in French in every edition. `en.ts` must give every key
 * (its type is `Dict`, so a missing English string fails `astro check`). Pure: tests import it.
 */
import { mapFr } from './map-fr.ts';
import { mapLiveFr } from './map-live-fr.ts';

export const fr = {
  layout: {
    skip: 'Aller au contenu',
    navLabel: 'Navigation principale',
    nav: {
      map: 'Carte',
      territories: 'Territoires',
      actions: 'Actions',
      charts: 'Graphiques',
      articles: 'Articles',
      data: 'Données',
      about: 'À propos',
    },
    /** Marks a link to a page that exists only in the other edition. */
    otherLangOnly: '',
    switchLabel: 'Langue',
    switchTo: 'English',
    switchTitle: 'Read this page in English',
    switchToHome: 'English edition',
    footerAbout:
      'est un site éditorial indépendant sur les contrats territoriaux d’accueil et d’intégration. Ce n’est pas un site de l’État. Chaque fait publié renvoie à sa source ; les données sont partielles et',
    footerMethod: 'notre méthode',
    footerMissing: 'dit ce qui manque.',
    footerData: 'Données ouvertes :',
    footerDataLink: 'téléchargements et licences',
    footerCredits:
      'Fonds de carte : IGN ADMIN EXPRESS (Licence Ouverte), INSEE/DGCL, Natural Earth. Police : Noto Sans (SIL OFL).',
    feedTitle: 'Atlas CTAI · articles',
  },
  /** The note shown once on an English page whose research texts stay French. */
  frenchFacts: '',
  common: {
    domains: 'Domaines',
    sources: 'Sources',
    source: 'Source',
    accordingToSources: 'selon les sources :',
    notStated: 'non précisé',
    confidence: 'Confiance',
  },
  territoryTable: {
    territory: 'Territoire',
    signatory: 'Signataire',
    region: 'Région',
    firstSignature: 'Première signature',
    population: 'Population',
    actions: 'Actions documentées',
    divergent: 'sources divergentes',
    notDocumented: 'non documentées',
    populationNote: (year: number | undefined) =>
      `Population municipale ${year ?? ''} du périmètre signataire (intercommunalité, ville, département ou région), INSEE.`,
  },
  kindFilter: { title: 'Type de signataire', all: 'Tous' },
  timeline: {
    unknownDate: 'date inconnue',
    empty: 'Aucun événement daté (délibération, avenant, renouvellement) n’a été trouvé dans les sources.',
  },
  identity: {
    signatory: 'Signataire',
    unstated: 'non précisé par la source',
    unstatedMap: 'La carte montre le territoire que la source nomme, sans préjuger de la collectivité signataire.',
    named: 'Signataires nommés',
    epci: 'Intercommunalité',
    epciSignatory: 'L’intercommunalité est signataire du contrat.',
    epciContext:
      'Intercommunalité de rattachement de la ville signataire, donnée pour le contexte : elle n’est pas citée comme signataire.',
    city: 'Ville principale',
    inseeCode: 'code INSEE',
    communes: 'communes',
    departements: (n: number) => `Département${n > 1 ? 's' : ''}, région`,
    population: 'Population',
    inhabitants: 'habitants',
    scopes: { epci: 'de l’intercommunalité', ville: 'de la commune', département: 'du département', région: 'de la région' },
    populationYear: (y: number) => `population municipale ${y}`,
    notAtSigning: 'Ce n’est pas la population à la date de signature.',
    firstSignature: 'Première signature',
    dateNotFound: 'date non trouvée',
    precision: { jour: 'date au jour près', mois: 'date au mois près', année: 'année seulement', inconnue: 'date inconnue' },
    divergent: 'Les sources divergent',
    divergentDates: ' sur la date de signature ; nous les publions côte à côte, sans choisir :',
    yearDeduced: 'année déduite',
    contract: 'Contrat :',
    cohort: 'vague :',
    diair: 'Liste de la DIAIR',
    diairYes: 'Nommé dans la liste de la DIAIR (mai 2021, 18 territoires).',
    diairNo: 'Absent de la liste de la DIAIR de 2021 : trouvé dans des sources locales.',
    epciTypes: {
      METRO: 'métropole',
      MET69: 'métropole de Lyon',
      CU: 'communauté urbaine',
      CA: 'communauté d’agglomération',
      CC: 'communauté de communes',
    },
  },
  gaps: {
    noAction:
      'Aucune action documentée : les sources consultées n’en décrivent aucune, ce qui ne veut pas dire qu’aucune n’a été menée.',
    noDate: 'La date de première signature n’a pas été trouvée.',
    yearOnly: 'Seule l’année de première signature est connue.',
    monthOnly: 'Seul le mois de première signature est connu.',
    announced: 'La date de signature est celle annoncée avant l’événement ; la signature effective n’est pas confirmée.',
    inferred: 'La date de signature est déduite (par exemple d’un jour de la semaine), pas écrite par une source.',
    noFunding: 'Aucun montant du financement de l’État n’a été trouvé.',
    noEvents: 'Aucun événement du contrat (avenant, renouvellement, bilan) n’a été trouvé.',
    lowConfidence: (level: 'moyenne' | 'faible') =>
      `Confiance ${level} : ces informations reposent sur peu de sources et restent à vérifier.`,
  },
  territoryPage: {
    breadcrumb: 'Territoires',
    description: (name: string, kind: string, region: string, contract: string, signature: string, actions: string) =>
      `${name} (${kind}, ${region}) : ${contract}, première signature ${signature}, ${actions}. Sources, montants et dates.`,
    documentedAction: 'action documentée',
    documentedActions: 'actions documentées',
    noDocumentedAction: 'aucune action documentée',
    printedFrom: 'Fiche Atlas CTAI imprimée depuis',
    identity: 'Carte d’identité',
    funding: 'Financement de l’État',
    chronology: 'Chronologie du contrat',
    location: 'Localisation',
    actions: 'Actions documentées',
    filterByDomain: 'les filtrer par domaine',
    noActionStrong: 'Aucune action documentée',
    noActionRest: 'pour ce territoire dans les sources consultées. Cela ne veut pas dire qu’aucune action n’a été menée.',
    missing: 'Ce qui manque',
    nothingMissing: 'Rien de signalé : dates, montants et actions sont documentés.',
    researchNote: 'Note de la recherche :',
    articles: 'Articles liés',
    sources: 'Sources',
    researchedOn: 'Recherche compilée le',
    feed: 'Fil RSS de ce territoire',
    feedTitle: (name: string) => `Atlas CTAI · ${name}`,
    report: 'Signaler une erreur',
    /** English edition only: where the map and charts of the territory are (French page). */
  },
  catalogue: {
    title: 'Catalogue des actions',
    description: (sentence: string) =>
      `Catalogue des actions documentées des contrats territoriaux d’accueil et d’intégration, filtrable par domaine, territoire, année, statut et porteur : ${sentence}.`,
    lede: (sentence: string) => `${sentence}. Chaque action renvoie à ses sources.`,
    filter: 'Filtrer les actions',
    domains: 'Domaines',
    territory: 'Territoire',
    allTerritories: 'Tous les territoires',
    from: 'De',
    to: 'à',
    status: 'Statut',
    carrier: 'Type de porteur',
    reset: 'Effacer les filtres',
    documentedAction: 'action documentée',
    documentedActions: 'actions documentées',
    empty: 'Aucune action documentée pour ce filtre. Essayez d’élargir les années ou de retirer un domaine.',
  },
  coverage: {
    documentedAction: 'action documentée',
    documentedActions: 'actions documentées',
    ofAnnounced: (documented: string, announced: string) => `${documented} sur ${announced} annoncées par le programme`,
  },
  actionPage: {
    breadcrumb: 'Actions',
    years: 'Années',
    status: 'Statut',
    carrier: 'Porteur',
    carrierKind: 'Type de porteur',
    audience: 'Public',
    funding: 'Financement',
    fundingUnstated: 'non précisé par les sources',
    contractLink: 'Lien avec le contrat',
    accordingToSources: 'selon les sources :',
    caveatsLabel: 'Réserves de la recherche',
    caveats: 'Réserves de la recherche :',
    fromSpreadsheet: 'Action saisie par la rédaction depuis son tableur.',
    sources: 'Sources',
    around: 'Autour de cette action',
    territoryPage: (name: string) => `Fiche du territoire ${name}`,
    /** English edition: the title shown is the French one (no English title written yet). */
    frenchTitle: '',
  },
  territoriesPage: {
    title: 'Territoires',
    heading: 'Les territoires',
    description: (n: number) =>
      `Les ${n} territoires engagés dans un contrat territorial d’accueil et d’intégration recensés par Atlas CTAI, avec dates de signature, population et actions documentées.`,
    territory: 'territoire',
    territories: 'territoires',
    lede: (count: string, diair: number) =>
      `${count} recensés, dont ${diair} nommés par la DIAIR en 2021. Cette liste n’est pas la liste officielle complète des signataires.`,
    mapCaption: 'Chaque territoire renvoie à sa fiche.',
    openMap: 'Ouvrir la carte interactive, avec ses filtres',
    caption: 'Territoires recensés, par ordre alphabétique',
    allTerritories: '← Tous les territoires',
    kindTitle: (label: string) => `Territoires — ${label.toLowerCase()}`,
    kindDescription: (count: string, kind: string, total: number) =>
      `${count} dont le signataire est de type « ${kind} », sur les ${total} recensés par Atlas CTAI.`,
    kindLede: (count: string, kind: string, total: number) =>
      `${count} sur ${total} recensés ont pour signataire une collectivité de type « ${kind} ».`,
    kindCaption: (kind: string) => `Territoires de type « ${kind} », par ordre alphabétique`,
  },
  funding: {
    none: 'Aucun montant de l’État n’a été trouvé dans les sources pour ce territoire.',
    divergent: 'Les sources divergent',
    amounts: (n: number, list: string) =>
      `Les sources citent ${n} montants différents (${list}) ; nous les publions tous, avec leur période, sans choisir.`,
  },
  charts: {
    source: 'Source :',
    seeData: 'Voir les données (tableau)',
    embed: 'Intégrer / Télécharger',
    live: 'Suit les mises à jour',
    liveHint: 'le graphique affichera toujours les données les plus récentes.',
    frozen: (version: string, date: string, since: boolean) =>
      `Figé à la version ${version} du ${date}${since ? ' (inchangé depuis)' : ''}`,
    frozenHint: 'le graphique restera tel quel ; une mention signalera les données plus récentes.',
    /** The other edition's iframe, offered in the panel. */
    otherLang: 'En anglais, suit les mises à jour',
    otherLangHint: 'le même graphique avec ses textes en anglais ; les noms et les intitulés cités restent en français.',
    copy: 'Copier le code',
    cite: 'Citer :',
    permalink: 'Lien permanent :',
    download: 'Télécharger :',
    png: 'Image PNG',
    svg: 'Image SVG',
    csv: 'Données CSV (le tableau ci-dessus)',
    citeLive: (title: string, date: string, version: string, url: string) =>
      `Atlas CTAI, « ${title} », données compilées le ${date}${version ? `, version ${version}` : ''}, ${url}`,
    citeFrozen: (title: string, version: string, date: string, url: string) =>
      `Atlas CTAI, « ${title} », version ${version} des données (${date}), ${url}`,
    embedFooter: 'les contrats territoriaux d’accueil et d’intégration, source par source.',
    galleryTitle: 'Graphiques',
    galleryDescription:
      'Tous les graphiques d’Atlas CTAI sur les contrats territoriaux d’accueil et d’intégration, à intégrer, citer et télécharger (PNG, SVG, CSV).',
    galleryLede:
      'Chaque graphique est dessiné à partir des données sourcées du site. Sous chacun : le tableau des valeurs, les sources, et de quoi l’intégrer dans un article, le citer ou le télécharger.',
    /** English edition only: what stays French in the charts. */
    frenchFacts: '',
  },
  search: {
    boxLabel: 'Recherche sur le site',
    inputLabel: 'Rechercher sur le site',
    placeholder: 'Rechercher (ex. logement)',
    submit: 'Rechercher',
    allResults: 'Tous les résultats',
    boxError: 'La recherche n’a pas pu se charger. Validez pour ouvrir la page de recherche.',
    pageTitle: 'Recherche',
    pageDescription: 'Rechercher un territoire, une action ou un article sur Atlas CTAI.',
    formLabel: 'Recherche détaillée',
    words: 'Mots recherchés',
    type: 'Type',
    anyType: 'Tout',
    domain: 'Domaine',
    anyDomain: 'Tous',
    territory: 'Territoire',
    anyTerritory: 'Tous',
    noScript: 'La recherche fonctionne avec JavaScript. Sans lui, parcourez',
    noScriptTerritories: 'les territoires',
    noScriptActions: 'le catalogue des actions',
    noScriptFilterable: '(filtrable par liens)',
    noScriptOr: 'ou',
    noScriptArticles: 'les articles',
    prompt: 'Saisissez un mot : un territoire, un domaine (logement, santé…), un porteur.',
    searching: 'Recherche…',
    pageError: 'La recherche n’a pas pu se charger. Réessayez, ou parcourez les territoires et le catalogue des actions.',
    none: 'Aucun résultat',
    one: 'résultat',
    many: 'résultats',
    /** Follows the count: « 3 résultats pour « logement » ». */
    forQuery: 'pour « {q} »',
    kindTerritory: 'Territoire',
    kindAction: 'Action',
  },
  articlesPage: {
    title: 'Articles',
    description:
      'Fabriques du Lab’R, actualités, études de cas et publications sur les contrats territoriaux d’accueil et d’intégration, résumés avec un lien vers l’original.',
    lede: 'Fabriques du Lab’R, actualités, études et publications sur les contrats, résumées dans nos mots avec un lien vers l’original.',
    kinds: 'Genres :',
    feed: 'Fil RSS',
    feedDescription:
      'Fabriques du Lab’R, actualités, études et publications sur les contrats territoriaux d’accueil et d’intégration.',
  },
  /** The map explorer, its static map, the commune lookup and the map embed (map-fr.ts). */
  map: mapFr,
  /** The map's words the browser writes too (map-live-fr.ts). */
  mapLive: mapLiveFr,
} as const satisfies Record<string, unknown>;

/** The shape every edition's dictionary has: same keys, strings or functions of the same arguments. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };
export type Dict = Widen<typeof fr>;
