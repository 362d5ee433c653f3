import { z } from 'astro/zod';
import { programmeYear } from './dates.ts';
import { amountEur, checkChronology } from './plausible.ts';
import { confidence, isoPartialDate, partialDate, plainText, requiredText, slug, sources } from './common.ts';

import { SIGNATORY_KINDS } from './territory-values.ts';
export { SIGNATORY_KINDS };

/**
 * Kinds of dated event. `signature`, `avenant` and `renouvellement` are steps of a contract; the
 * others (a visit before any contract, actions started before signing, an opening, a publication)
 * are facts of the territory's story and never move a signature date or count as a contract.
 */
export const CONTRACT_EVENT_KINDS = [
  'délibération',
  'signature',
  'avenant',
  'renouvellement',
  'préfiguration',
  'appel à projets',
  'budget',
  'bilan',
  'visite',
  'actions anticipées',
  'ouverture',
  'publication',
] as const;

const code = (label: string) => z.string().regex(/^[0-9AB]{2,5}$/, `${label} : code INSEE attendu`);
const siren = z.string().regex(/^\d{9}$/, 'SIREN attendu : 9 chiffres');

/** One step in a contract's life: deliberation, signature, amendment, renewal, report. */
export const contractEventSchema = z.object({
  date: partialDate.meta({ title: 'Date de l’étape' }),
  /** Normalised kind of event. */
  kind: z.enum(CONTRACT_EVENT_KINDS).meta({ title: 'Type d’étape' }),
  /** The research's own label for the event (e.g. « avenant / prolongation »). */
  kindOriginal: plainText
    .default('')
    .meta({ title: 'Type tel qu’écrit', description: 'Le libellé de la recherche (« avenant / prolongation »).' }),
  /** What happened, in the research's words. */
  text: requiredText.meta({ title: 'Ce qui s’est passé', cms: { widget: 'text' } }),
  sources,
});

/** An amount of State funding as one source states it (sources may disagree: all are kept). */
export const fundingSchema = z.object({
  amountEur: amountEur.meta({ title: 'Montant (euros)' }),
  /** The period or basis as written (« par an pendant deux ans »). */
  period: requiredText.meta({ title: 'Période ou base', description: 'Telle qu’écrite (« par an pendant deux ans »).' }),
  sources,
});

/**
 * A territory that signed (or committed to) a CTAIR/CTAI, as the sources name it.
 * Stored one file per territory in `content/territories/<id>.json`, written by `npm run data`.
 */
export const territorySchema = z
  .object({
    /** URL key, e.g. `grenoble`. */
    id: slug.meta({ title: 'Identifiant', description: 'Nom du fichier et de l’adresse de la page ; ne le changez pas.' }),
    /** Name shown on the site (« Auch (Grand Auch) »). */
    name: requiredText.meta({ title: 'Nom', description: 'Le nom affiché sur le site (« Auch (Grand Auch) »).' }),
    /** Normalised kind of signatory. */
    signatoryKind: z.enum(SIGNATORY_KINDS).meta({ title: 'Type de signataire' }),
    /** The sources' wording when it carries a nuance (« ville (incertain : ville ou métropole selon les sources) »). */
    signatoryKindOriginal: plainText.default('').meta({ title: 'Type de signataire tel qu’écrit' }),
    /** False when the sources do not name the signatory and the kind is only probable (Dordogne). */
    signatoryVerified: z.boolean().default(true).meta({
      title: 'Signataire vérifié',
      description: 'Décochez si les sources ne nomment pas le signataire et que son type n’est que probable.',
    }),
    /** Signatories as the sources name them. */
    signatories: z.array(requiredText).min(1).meta({ title: 'Signataires', description: 'Tels que les sources les nomment.' }),
    /** The intercommunality (EPCI), official name and SIREN from the 2026 COG; null for a région. */
    epci: z
      .object({
        siren: siren.meta({ title: 'SIREN' }),
        name: requiredText.meta({ title: 'Nom officiel' }),
        /** DGCL type: METRO, MET69, CU, CA, CC. */
        type: z.enum(['METRO', 'MET69', 'CU', 'CA', 'CC']).meta({ title: 'Type (DGCL)' }),
        /** `signataire`: the EPCI signed; `rattachement`: only the signing city's intercommunality, shown for context. */
        role: z.enum(['signataire', 'rattachement']).meta({
          title: 'Rôle',
          description: '« signataire » : l’EPCI a signé ; « rattachement » : intercommunalité de la ville signataire.',
        }),
        populationTotal: z.number().int().positive().meta({ title: 'Population totale' }),
        populationMunicipal: z.number().int().positive().meta({ title: 'Population municipale' }),
        communes: z.number().int().positive().meta({ title: 'Nombre de communes' }),
      })
      .nullable()
      .meta({ title: 'Intercommunalité (EPCI)', description: 'Nom et SIREN du COG 2026 ; vide pour une région.' }),
    /** Main city (null for a région or a département). */
    city: z
      .object({
        insee: code('ville').meta({ title: 'Code INSEE' }),
        name: requiredText.meta({ title: 'Nom' }),
        population: z.number().int().positive().meta({ title: 'Population' }),
      })
      .nullable()
      .meta({ title: 'Ville principale', description: 'Vide pour une région ou un département.' }),
    departements: z
      .array(z.object({ code: code('département').meta({ title: 'Code' }), name: requiredText.meta({ title: 'Nom' }) }))
      .min(1)
      .meta({ title: 'Départements' }),
    region: z
      .object({ code: code('région').meta({ title: 'Code' }), name: requiredText.meta({ title: 'Nom' }) })
      .meta({ title: 'Région' }),
    /** Population of the signatory's area (EPCI, city, département or région) and the vintage of the figure. */
    population: z
      .object({
        value: z.number().int().positive().meta({ title: 'Population' }),
        year: z.number().int().min(2000).max(2100).meta({ title: 'Millésime' }),
        scope: z.enum(['epci', 'ville', 'département', 'région']).meta({ title: 'Périmètre' }),
        source: requiredText.meta({ title: 'Source du chiffre' }),
      })
      .meta({
        title: 'Population',
        description: 'Population du périmètre signataire (EPCI, ville, département ou région) et son millésime.',
      }),
    contract: z
      .object({
        /** Label of the first contract as the sources name it (CTAIR, CTAI…). */
        label: requiredText.meta({ title: 'Intitulé du contrat', description: 'Tel que les sources le nomment (CTAIR, CTAI…).' }),
        firstSignature: partialDate.meta({ title: 'Première signature' }),
        /** Year of commitment given by the cohort (DIAIR lists), when no exact date is known. */
        cohortYear: programmeYear.nullable().meta({
          title: 'Année de la vague',
          description: 'Année d’engagement donnée par les listes de la DIAIR, à défaut de date exacte.',
          cms: { integer: true },
        }),
        /** The cohort as written (« 2019 (11 premiers territoires, DIAIR) »). */
        cohort: requiredText.meta({ title: 'Vague telle qu’écrite' }),
        sources,
        events: z.array(contractEventSchema).default([]).meta({ title: 'Étapes du contrat' }),
        funding: z.array(fundingSchema).default([]).meta({ title: 'Financements de l’État' }),
      })
      .meta({ title: 'Contrat' }),
    /** True when the DIAIR's own list (May 2021, 18 territories) names it; otherwise found in local sources. */
    namedByDiair: z
      .boolean()
      .meta({ title: 'Nommé par la DIAIR', description: 'Coché si la liste de la DIAIR (mai 2021) nomme ce territoire.' }),
    confidence,
    /** The research's confidence wording, kept where nuanced. */
    confidenceNote: plainText.default('').meta({ title: 'Précision sur la confiance' }),
    notes: plainText.default('').meta({ title: 'Notes', cms: { widget: 'text' } }),
    sources,
    /** Date the research was compiled (provenance). */
    researchedOn: isoPartialDate.meta({ title: 'Date de la recherche', description: 'AAAA-MM-JJ.' }),
  })
  .superRefine(checkChronology);
export type Territory = z.infer<typeof territorySchema>;
export type ContractEvent = z.infer<typeof contractEventSchema>;
