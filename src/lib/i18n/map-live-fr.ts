/**
 * The map's words that the browser writes (counts, panel, status messages, commune answers),
 * French edition. Apart from map-fr.ts (words written at build time only) so that the islands'
 * bundle carries only these: see map-live.ts. fr.ts re-exports them as `mapLive`, so the English
 * edition's leak check (tests/e2e/english.spec.ts) sees them too. Pure and browser-safe.
 */
import type { Widen } from './fr.ts';

const NBSP = '\u00A0';
const s = (n: number) => (n > 1 ? 's' : '');

export const mapLiveFr = {
  explorer: {
    summary: (withData: number, among: string, actions: number, filtered: boolean) =>
      `${withData} territoires sur ${among} ont au moins une action documentée${filtered ? ' pour ce filtre' : ''} (${actions} action${s(actions)}).`,
    amongKinds: (n: number) => `${n} du type de signataire choisi`,
    noneForFilter: 'Aucune action documentée pour ce filtre.',
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
  markLabel: (name: string, tally: string) => `${name} : ${tally}`,
  tally: {
    none: 'aucune action documentée',
    filteredOut: 'aucune action documentée pour ce filtre',
    count: (n: number) => (n === 1 ? '1 action documentée' : `${n}${NBSP}actions documentées`),
  },
  panel: {
    close: 'Fermer',
    closeNamed: (name: string) => `Fermer le panneau ${name}`,
    facts: (kind: string, contract: string, date: string) => `${kind} · ${contract} · première signature${NBSP}: ${date}`,
    hatched: (area: string) =>
      `Contour hachuré${NBSP}: ${area}, intercommunalité de la ville signataire (montrée pour la situer).`,
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
} as const;

export type MapLiveDict = Widen<typeof mapLiveFr>;
