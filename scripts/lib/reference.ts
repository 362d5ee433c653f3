/**
 * Maps the researched files (`../shared/data/ctai/*.json`, French keys, free text) onto the
 * project's schemas. Nothing is resolved silently: conflicting dates or amounts stay as several
 * sourced entries, and the original wording is kept in the `…Note` fields.
 */
import type { Domain } from '../../src/schemas/domain.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import type { Source } from '../../src/schemas/common.ts';
import { matchDomain } from './domains.ts';
import {
  fold,
  parseCarrierKind,
  parseCohortYear,
  parseConfidence,
  parseContractLink,
  parseDate,
  parseEventKind,
  parseSignatoryKind,
  parseStatus,
  parseYears,
} from '../../src/lib/normalise.ts';

/* Shapes of the research files (only the fields we read). */
interface RawSource {
  id?: string;
  url: string;
  title: string;
  publisher?: string;
  date?: string;
}
export interface RawTerritory {
  id: string;
  nom_affiche: string;
  cohorte: string;
  signataires_selon_sources: string[];
  type_signataire: string;
  premiere_signature: { date: string; annee?: string; mois?: string; precision: string; contrat: string; sources: RawSource[] };
  evenements: {
    date: string;
    annee?: string;
    jour_mois?: string;
    precision?: string;
    type: string;
    texte: string;
    sources: RawSource[];
  }[];
  financement_etat: { montant_eur: number; periode: string; sources: RawSource[] }[];
  confiance: string;
  notes: string;
  ville: null | {
    insee: string;
    nom: string;
    population: number;
    departement: { code: string; nom: string };
    region: { code: string; nom: string };
  };
  epci: null | {
    siren: string;
    nom: string;
    type: string;
    population_totale: number;
    population_municipale: number;
    nb_communes: number;
    departements: { code: string; nom: string }[];
  };
  epci_role: string;
  /** For a signatory without city or EPCI (a région, a département): its région and départements. */
  region?: { code: string; nom: string; departements: { code: string; nom: string }[]; population?: number };
  dans_liste_nominative_diair_18: boolean;
  sources: RawSource[];
}
export interface RawAction {
  id: string;
  titre: string;
  territoire: string;
  domaines: string[];
  annees: string;
  statut: string;
  porteur: string;
  type_porteur: string;
  public: string;
  description: string;
  financement: string;
  lien_ctai: string;
  sources: RawSource[];
  confiance: string;
  /** Round 2: caveats (deduced dates, probable attributions), in the researcher's words. */
  notes?: string;
}
export interface RawFigure {
  id: string;
  categorie: string;
  libelle: string;
  valeur: unknown;
  unite: string;
  periode: string;
  detail?: string;
  sources: RawSource[];
  confiance: string;
}
export interface RawArticle {
  id: string;
  type: string;
  numero: number | null;
  titre: string;
  date: string;
  date_precision: string;
  theme: string;
  resume: string;
  sources: RawSource[];
  confiance: string;
  note?: string;
}

export function mapSource(s: RawSource): Source {
  return { id: s.id, url: s.url, title: s.title, publisher: s.publisher ?? '', date: s.date ?? '' };
}

const POPULATION_VINTAGE = 2026;
const COG_SOURCE = 'INSEE, populations légales (via @etalab/decoupage-administratif 6.0.0, millésime 2026)';

export function mapTerritory(t: RawTerritory, researchedOn: string) {
  const kind = parseSignatoryKind(t.type_signataire);
  const confidence = parseConfidence(t.confiance);
  const sig = t.premiere_signature;
  const epci = t.epci
    ? {
        siren: t.epci.siren,
        name: t.epci.nom,
        type: t.epci.type,
        role: /^EPCI signataire/.test(t.epci_role) ? ('signataire' as const) : ('rattachement' as const),
        populationTotal: t.epci.population_totale,
        populationMunicipal: t.epci.population_municipale,
        communes: t.epci.nb_communes,
      }
    : null;
  // The signatory's own area decides the départements: an EPCI that signed may span several
  // (Grand Paris Sud: Essonne and Seine-et-Marne); a city lies in one; a région or a département
  // signatory comes with the list the research gives.
  const departements =
    epci?.role === 'signataire' && t.epci?.departements.length
      ? t.epci.departements
      : t.ville
        ? [t.ville.departement]
        : (t.region?.departements ?? []);
  const region = t.ville ? t.ville.region : t.region!;
  // Population of the area that signed: the EPCI when it signed, the city when a city or commune
  // signed, otherwise the département or the région.
  const areaScope = kind.kind === 'département' ? ('département' as const) : ('région' as const);
  const population =
    epci?.role === 'signataire'
      ? { value: epci.populationMunicipal, year: POPULATION_VINTAGE, scope: 'epci' as const, source: COG_SOURCE }
      : t.ville
        ? { value: t.ville.population, year: POPULATION_VINTAGE, scope: 'ville' as const, source: COG_SOURCE }
        : { value: t.region?.population ?? 0, year: POPULATION_VINTAGE, scope: areaScope, source: COG_SOURCE };
  return {
    id: t.id,
    name: t.nom_affiche,
    signatoryKind: kind.kind,
    signatoryKindOriginal: kind.note,
    signatoryVerified: kind.verified,
    signatories: t.signataires_selon_sources,
    epci,
    city: t.ville ? { insee: t.ville.insee, name: t.ville.nom, population: t.ville.population } : null,
    departements: departements.map((d) => ({ code: d.code, name: d.nom })),
    region: { code: region.code, name: region.nom },
    population,
    contract: {
      label: sig.contrat,
      firstSignature: parseDate(sig.date, sig.precision, { year: sig.annee, month: sig.mois }),
      cohortYear: parseCohortYear(t.cohorte),
      cohort: t.cohorte,
      sources: sig.sources.map(mapSource),
      events: t.evenements.map((e) => ({
        date: e.date
          ? parseDate(e.date, e.precision ?? 'jour')
          : parseDate('', e.annee ? 'année' : 'inconnue', { year: e.annee }),
        kind: parseEventKind(e.type),
        kindOriginal: fold(e.type) === fold(parseEventKind(e.type)) ? '' : e.type,
        text: e.jour_mois ? `${e.texte} (${e.jour_mois} ${e.annee ?? ''})`.replace(/\s+\)/, ')') : e.texte,
        sources: e.sources.map(mapSource),
      })),
      funding: t.financement_etat.map((f) => ({
        amountEur: f.montant_eur,
        period: f.periode,
        sources: f.sources.map(mapSource),
      })),
    },
    namedByDiair: t.dans_liste_nominative_diair_18,
    confidence: confidence.level,
    confidenceNote: confidence.note,
    notes: t.notes,
    sources: t.sources.map(mapSource),
    researchedOn,
  };
}

export function mapAction(a: RawAction, domains: readonly Domain[]) {
  const years = parseYears(a.annees);
  const status = parseStatus(a.statut);
  const carrier = parseCarrierKind(a.type_porteur);
  const link = parseContractLink(a.lien_ctai);
  const confidence = parseConfidence(a.confiance);
  return {
    id: a.id,
    title: a.titre,
    territory: a.territoire,
    domains: a.domaines.map((d) => {
      const hit = matchDomain(d, domains);
      if (!hit) throw new Error(`action ${a.id} : domaine « ${d} » absent de content/domains.json (ajoutez-le en alias)`);
      return hit.id;
    }),
    startYear: years.startYear,
    endYear: years.endYear,
    recurring: years.recurring,
    yearsNote: years.note,
    status: status.status,
    statusNote: status.note,
    carrier: a.porteur,
    carrierKind: carrier.kind,
    carrierKindNote: carrier.note,
    audience: a.public,
    summary: a.description,
    funding: a.financement,
    contractLink: link.link,
    contractLinkNote: link.note,
    sources: a.sources.map(mapSource),
    confidence: confidence.level,
    confidenceNote: confidence.note,
    notes: a.notes ?? '',
    origin: 'recherche' as const,
  };
}

export function mapFigure(f: RawFigure) {
  const confidence = parseConfidence(f.confiance);
  return {
    id: f.id,
    category: f.categorie,
    label: f.libelle,
    value: f.valeur,
    unit: f.unite,
    period: f.periode,
    detail: f.detail ?? '',
    sources: f.sources.map(mapSource),
    confidence: confidence.level,
    confidenceNote: confidence.note,
  };
}

const ARTICLE_KINDS: [RegExp, ArticleData['kind']][] = [
  [/^fabrique/, 'fabrique'],
  [/^agora/, 'agora'],
  [/^actualite/, 'actualite'],
  [/^evaluation|^etude/, 'etude'],
  [/^entretien/, 'entretien'],
  [/^publication|^presse|^tribune|^presentation/, 'publication'],
];

/** A research article entry → frontmatter + Markdown body (the summary, in the researcher's words). */
export function mapArticle(a: RawArticle, territoryNames: { id: string; name: string }[], domains: readonly Domain[]) {
  const kind = ARTICLE_KINDS.find(([re]) => re.test(fold(a.type)))?.[1];
  if (!kind) throw new Error(`article ${a.id} : type « ${a.type} » non reconnu`);
  const confidence = parseConfidence(a.confiance);
  const text = `${a.titre} ${a.resume} ${a.theme}`;
  // Related territories: those the entry names explicitly (a mention is a fact, not an inference).
  const territories = territoryNames
    .filter((t) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(t.name.split(' (')[0]!)}([^\\p{L}]|$)`, 'u').test(text))
    .map((t) => t.id);
  const themeWords = a.theme.split(/[,/]| et /).map((s) => s.trim());
  const related = [...new Set(themeWords.map((w) => matchDomain(w, domains)?.id).filter((d): d is string => !!d))];
  const frontmatter: Record<string, unknown> = {
    title: a.titre,
    date: a.date,
    dateNote: /^jour$|^mois$|^$/.test(a.date_precision) ? '' : a.date_precision,
    kind,
    kindLabel: a.type,
    number: a.numero,
    summary: firstSentence(a.resume),
    theme: a.theme,
    territories,
    domains: related,
    originalUrl: a.sources[0]?.url,
    sources: a.sources.map(mapSource),
    confidence: confidence.level,
    confidenceNote: confidence.note,
    origin: 'recherche',
  };
  const body = [a.resume, a.note ? `*Note de la recherche : ${a.note}*` : ''].filter(Boolean).join('\n\n');
  return { id: a.id, frontmatter, body };
}

function firstSentence(text: string): string {
  const m = /^(.{40,280}?[.!?])(\s|$)/.exec(text);
  return (m ? m[1]! : text.length > 280 ? text.slice(0, 277).replace(/\s+\S*$/, '') + '…' : text).trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
