/**
 * The open data's columns: one definition per CSV column (name, type, meaning, and how it is read
 * from the content), used both to write /donnees/*.csv and to print the data dictionary on
 * /donnees/. A unit test checks that every schema field is exported or listed as JSON-only, so
 * the dictionary cannot drift from src/schemas/.
 */
import type { Action } from '../schemas/action.ts';
import { SIGNATORY_KINDS, type Territory } from '../schemas/territory.ts';
import type { Source } from '../schemas/common.ts';
import type { CsvCell } from './csv.ts';

export type ColumnType = 'texte' | 'identifiant' | 'entier' | 'booléen' | 'date partielle' | 'liste' | 'URL';

export interface Column<T> {
  name: string;
  type: ColumnType;
  description: string;
  /** Schema field it comes from (top-level key), or null for a derived column. */
  field: string | null;
  value: (row: T) => CsvCell;
  /**
   * First data release that carries the column. A frozen release's files (`/donnees/versions/<v>/`)
   * keep the columns and fields they were published with, so their SHA-256 sums stay true.
   */
  since?: string;
}

/** Separator inside a cell that holds a list (domains, URLs). */
export const LIST_SEPARATOR = ' | ';
const list = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);
const urls = (s: readonly Source[]) => list([...new Set(s.map((x) => x.url))]);

/** Context a row needs beyond its own fields (names of linked entries, page URLs). */
export interface ExportContext {
  territoryName: (id: string) => string;
  pageUrl: (kind: 'action' | 'territory', id: string) => string;
  actionCount: (territoryId: string) => number;
}

export function actionColumns(ctx: ExportContext): Column<Action>[] {
  return [
    {
      name: 'id',
      type: 'identifiant',
      field: 'id',
      description: 'Identifiant stable de l’action (adresse de sa page).',
      value: (a) => a.id,
    },
    { name: 'titre', type: 'texte', field: 'title', description: 'Intitulé de l’action.', value: (a) => a.title },
    {
      name: 'territoire',
      type: 'identifiant',
      field: 'territory',
      description: 'Identifiant du territoire (voir territoires.csv).',
      value: (a) => a.territory,
    },
    {
      name: 'territoire_nom',
      type: 'texte',
      field: null,
      description: 'Nom du territoire.',
      value: (a) => ctx.territoryName(a.territory),
    },
    {
      name: 'domaines',
      type: 'liste',
      field: 'domains',
      description: 'Domaines d’action (identifiants séparés par « | »), le premier est le domaine principal.',
      value: (a) => list(a.domains),
    },
    {
      name: 'annee_debut',
      type: 'entier',
      field: 'startYear',
      description: 'Première année connue ; vide si inconnue.',
      value: (a) => a.startYear,
    },
    {
      name: 'annee_fin',
      type: 'entier',
      field: 'endYear',
      description: 'Dernière année connue ; vide si inconnue ou en cours.',
      value: (a) => a.endYear,
    },
    {
      name: 'recurrente',
      type: 'booléen',
      field: 'recurring',
      description: '« oui » pour une action annuelle sans années fixes.',
      value: (a) => a.recurring,
    },
    {
      name: 'annees_note',
      type: 'texte',
      field: 'yearsNote',
      description: 'Les années telles que les sources les donnent.',
      value: (a) => a.yearsNote,
    },
    {
      name: 'statut',
      type: 'texte',
      field: 'status',
      description: 'réalisée, en cours, bilan agrégé, annoncée ou engagement du contrat.',
      value: (a) => a.status,
    },
    {
      name: 'statut_note',
      type: 'texte',
      field: 'statusNote',
      description: 'Formulation d’origine du statut.',
      value: (a) => a.statusNote,
    },
    {
      name: 'porteur',
      type: 'texte',
      field: 'carrier',
      description: 'Qui porte l’action, selon les sources.',
      value: (a) => a.carrier,
    },
    {
      name: 'type_porteur',
      type: 'texte',
      field: 'carrierKind',
      description: 'collectivité, État et collectivités, association, consortium, CCAS ou autre.',
      value: (a) => a.carrierKind,
    },
    {
      name: 'type_porteur_note',
      type: 'texte',
      field: 'carrierKindNote',
      description: 'Formulation d’origine du type de porteur.',
      value: (a) => a.carrierKindNote,
    },
    { name: 'public', type: 'texte', field: 'audience', description: 'Personnes visées.', value: (a) => a.audience },
    {
      name: 'resume',
      type: 'texte',
      field: 'summary',
      description: 'Ce qu’est l’action, dans nos mots.',
      value: (a) => a.summary,
    },
    {
      name: 'financement',
      type: 'texte',
      field: 'funding',
      description: 'Financement tel que les sources l’indiquent.',
      value: (a) => a.funding,
    },
    {
      name: 'lien_ctai',
      type: 'texte',
      field: 'contractLink',
      description:
        '« explicite » : une source rattache l’action au contrat ; « contexte » : citée à côté, sans lien de financement établi.',
      value: (a) => a.contractLink,
    },
    {
      name: 'lien_ctai_note',
      type: 'texte',
      field: 'contractLinkNote',
      description: 'Précision sur le lien avec le contrat.',
      value: (a) => a.contractLinkNote,
    },
    {
      name: 'confiance',
      type: 'texte',
      field: 'confidence',
      description:
        'Confiance dans l’information : haute, moyenne-haute, moyenne ou faible. Quand la recherche nuance (« haute (contenu annoncé) / inconnue (réalisation) »), le niveau le plus faible l’emporte ; « inconnue » compte comme faible.',
      value: (a) => a.confidence,
    },
    {
      name: 'confiance_note',
      type: 'texte',
      field: 'confidenceNote',
      description: 'Formulation d’origine de la confiance.',
      value: (a) => a.confidenceNote,
    },
    {
      name: 'reserves',
      type: 'texte',
      field: 'notes',
      description:
        'Réserves de la recherche : date déduite, attribution probable mais non écrite dans la source, réalisation non documentée.',
      value: (a) => a.notes,
    },
    {
      name: 'origine',
      type: 'texte',
      field: 'origin',
      description: '« recherche » ou « tableur » (saisie par la rédaction).',
      value: (a) => a.origin,
    },
    {
      name: 'sources',
      type: 'liste',
      field: 'sources',
      description: 'Adresses des sources, séparées par « | » (titres et éditeurs dans actions.json).',
      value: (a) => urls(a.sources),
    },
    {
      name: 'page',
      type: 'URL',
      field: null,
      description: 'Page de l’action sur Atlas CTAI.',
      value: (a) => ctx.pageUrl('action', a.id),
    },
    // Last, so the English edition's columns do not move the others for existing re-users.
    {
      name: 'titre_en',
      type: 'texte',
      field: 'titleEn',
      since: '1.3.0',
      description:
        'Titre en anglais écrit par la rédaction (édition anglaise) ; vide s’il n’y en a pas. Jamais traduit automatiquement.',
      value: (a) => a.titleEn ?? '',
    },
    {
      name: 'resume_en',
      type: 'texte',
      field: 'summaryEn',
      since: '1.3.0',
      description: 'Résumé en anglais écrit par la rédaction ; vide s’il n’y en a pas.',
      value: (a) => a.summaryEn ?? '',
    },
  ];
}

export function territoryColumns(ctx: ExportContext): Column<Territory>[] {
  return [
    {
      name: 'id',
      type: 'identifiant',
      field: 'id',
      description: 'Identifiant stable du territoire (adresse de sa page).',
      value: (t) => t.id,
    },
    { name: 'nom', type: 'texte', field: 'name', description: 'Nom affiché.', value: (t) => t.name },
    {
      name: 'type_signataire',
      type: 'texte',
      field: 'signatoryKind',
      description: `${SIGNATORY_KINDS.slice(0, -1).join(', ')} ou ${SIGNATORY_KINDS.at(-1)}.`,
      value: (t) => t.signatoryKind,
    },
    {
      name: 'signataire_verifie',
      type: 'booléen',
      field: 'signatoryVerified',
      description: '« non » quand la source ne nomme pas la collectivité signataire (le type est alors seulement probable).',
      value: (t) => t.signatoryVerified,
    },
    {
      name: 'type_signataire_original',
      type: 'texte',
      field: 'signatoryKindOriginal',
      description: 'Formulation des sources quand elle nuance le type.',
      value: (t) => t.signatoryKindOriginal,
    },
    {
      name: 'signataires',
      type: 'liste',
      field: 'signatories',
      description: 'Signataires nommés par les sources, séparés par « | ».',
      value: (t) => list(t.signatories),
    },
    {
      name: 'epci_siren',
      type: 'identifiant',
      field: 'epci',
      description: 'SIREN de l’intercommunalité (COG 2026) ; vide pour une région.',
      value: (t) => t.epci?.siren,
    },
    {
      name: 'epci_nom',
      type: 'texte',
      field: 'epci',
      description: 'Nom officiel de l’intercommunalité.',
      value: (t) => t.epci?.name,
    },
    {
      name: 'epci_role',
      type: 'texte',
      field: 'epci',
      description: '« signataire » ou « rattachement » (intercommunalité de la ville signataire, pour le contexte).',
      value: (t) => t.epci?.role,
    },
    {
      name: 'ville_insee',
      type: 'identifiant',
      field: 'city',
      description: 'Code INSEE de la ville principale.',
      value: (t) => t.city?.insee,
    },
    {
      name: 'departements',
      type: 'liste',
      field: 'departements',
      description: 'Codes des départements, séparés par « | ».',
      value: (t) => list(t.departements.map((d) => d.code)),
    },
    { name: 'region', type: 'texte', field: 'region', description: 'Nom de la région.', value: (t) => t.region.name },
    {
      name: 'population',
      type: 'entier',
      field: 'population',
      description: 'Population du périmètre signataire (municipale, INSEE).',
      value: (t) => t.population.value,
    },
    {
      name: 'population_annee',
      type: 'entier',
      field: 'population',
      description: 'Millésime de la population.',
      value: (t) => t.population.year,
    },
    {
      name: 'population_perimetre',
      type: 'texte',
      field: 'population',
      description: 'epci, ville ou région.',
      value: (t) => t.population.scope,
    },
    {
      name: 'contrat',
      type: 'texte',
      field: 'contract',
      description: 'Nom du premier contrat selon les sources (CTAIR, CTAI…).',
      value: (t) => t.contract.label,
    },
    {
      name: 'premiere_signature',
      type: 'date partielle',
      field: 'contract',
      description: 'Date de première signature (AAAA, AAAA-MM ou AAAA-MM-JJ), vide si inconnue.',
      value: (t) => t.contract.firstSignature.value,
    },
    {
      name: 'premiere_signature_precision',
      type: 'texte',
      field: 'contract',
      description: 'jour, mois, année ou inconnue.',
      value: (t) => t.contract.firstSignature.precision,
    },
    {
      name: 'premiere_signature_qualificatif',
      type: 'texte',
      field: 'contract',
      description: 'confirmée, annoncée ou déduite.',
      value: (t) => t.contract.firstSignature.qualifier,
    },
    {
      name: 'premiere_signature_apres',
      type: 'date partielle',
      field: 'contract',
      description: 'Date inconnue mais bornée : la signature a eu lieu après ce jour (AAAA-MM-JJ) ; vide sinon.',
      value: (t) => t.contract.firstSignature.after ?? '',
    },
    {
      name: 'premiere_signature_avant',
      type: 'date partielle',
      field: 'contract',
      description: 'Date inconnue mais bornée : la signature a eu lieu avant ce jour (AAAA-MM-JJ) ; vide sinon.',
      value: (t) => t.contract.firstSignature.before ?? '',
    },
    {
      name: 'cohorte',
      type: 'texte',
      field: 'contract',
      description: 'Vague d’engagement telle que les sources la décrivent.',
      value: (t) => t.contract.cohort,
    },
    {
      name: 'financements_eur',
      type: 'liste',
      field: 'contract',
      description:
        'Montants de l’État en euros, tous ceux que citent les sources, séparés par « | » (périodes dans territoires.json).',
      value: (t) => list(t.contract.funding.map((f) => String(f.amountEur))),
    },
    {
      name: 'nomme_par_diair',
      type: 'booléen',
      field: 'namedByDiair',
      description: '« oui » si la liste de la DIAIR (mai 2021, 18 territoires) le nomme.',
      value: (t) => t.namedByDiair,
    },
    {
      name: 'confiance',
      type: 'texte',
      field: 'confidence',
      description: 'haute, moyenne-haute, moyenne ou faible.',
      value: (t) => t.confidence,
    },
    {
      name: 'confiance_note',
      type: 'texte',
      field: 'confidenceNote',
      description: 'Formulation d’origine de la confiance.',
      value: (t) => t.confidenceNote,
    },
    {
      name: 'notes',
      type: 'texte',
      field: 'notes',
      description: 'Remarques de la recherche (divergences, manques).',
      value: (t) => t.notes,
    },
    {
      name: 'actions_documentees',
      type: 'entier',
      field: null,
      description: 'Nombre d’actions documentées (voir actions.csv) ; 0 signifie « aucune documentée », pas « aucune ».',
      value: (t) => ctx.actionCount(t.id),
    },
    {
      name: 'sources',
      type: 'liste',
      field: 'sources',
      description: 'Adresses des sources, séparées par « | ».',
      value: (t) => urls(t.sources),
    },
    {
      name: 'recherche_le',
      type: 'date partielle',
      field: 'researchedOn',
      description: 'Date de compilation de la recherche.',
      value: (t) => t.researchedOn,
    },
    {
      name: 'page',
      type: 'URL',
      field: null,
      description: 'Page du territoire sur Atlas CTAI.',
      value: (t) => ctx.pageUrl('territory', t.id),
    },
  ];
}

/** Header and rows of a CSV file from column definitions. */
export function tableOf<T>(columns: readonly Column<T>[], rows: readonly T[]): { header: string[]; rows: CsvCell[][] } {
  return { header: columns.map((c) => c.name), rows: rows.map((r) => columns.map((c) => c.value(r))) };
}
