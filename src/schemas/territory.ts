import { z } from 'astro/zod';
import { programmeYear } from './dates.ts';
import { amountEur, checkChronology } from './plausible.ts';
import { confidence, isoPartialDate, partialDate, plainText, requiredText, slug, sources } from './common.ts';

export const SIGNATORY_KINDS = [
  'métropole',
  'communauté urbaine',
  'agglomération',
  'ville',
  'région',
  'département',
  'commune',
] as const;

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
  date: partialDate,
  /** Normalised kind of event. */
  kind: z.enum(CONTRACT_EVENT_KINDS),
  /** The research's own label for the event (e.g. « avenant / prolongation »). */
  kindOriginal: plainText.default(''),
  /** What happened, in the research's words. */
  text: requiredText,
  sources,
});

/** An amount of State funding as one source states it (sources may disagree: all are kept). */
export const fundingSchema = z.object({
  amountEur,
  /** The period or basis as written (« par an pendant deux ans »). */
  period: requiredText,
  sources,
});

/**
 * A territory that signed (or committed to) a CTAIR/CTAI, as the sources name it.
 * Stored one file per territory in `content/territories/<id>.json`, written by `npm run data`.
 */
export const territorySchema = z
  .object({
    /** URL key, e.g. `grenoble`. */
    id: slug,
    /** Name shown on the site (« Auch (Grand Auch) »). */
    name: requiredText,
    /** Normalised kind of signatory. */
    signatoryKind: z.enum(SIGNATORY_KINDS),
    /** The sources' wording when it carries a nuance (« ville (incertain : ville ou métropole selon les sources) »). */
    signatoryKindOriginal: plainText.default(''),
    /** False when the sources do not name the signatory and the kind is only probable (Dordogne). */
    signatoryVerified: z.boolean().default(true),
    /** Signatories as the sources name them. */
    signatories: z.array(requiredText).min(1),
    /** The intercommunality (EPCI), official name and SIREN from the 2026 COG; null for a région. */
    epci: z
      .object({
        siren,
        name: requiredText,
        /** DGCL type: METRO, MET69, CU, CA, CC. */
        type: z.enum(['METRO', 'MET69', 'CU', 'CA', 'CC']),
        /** `signataire`: the EPCI signed; `rattachement`: only the signing city's intercommunality, shown for context. */
        role: z.enum(['signataire', 'rattachement']),
        populationTotal: z.number().int().positive(),
        populationMunicipal: z.number().int().positive(),
        communes: z.number().int().positive(),
      })
      .nullable(),
    /** Main city (null for a région or a département). */
    city: z.object({ insee: code('ville'), name: requiredText, population: z.number().int().positive() }).nullable(),
    departements: z.array(z.object({ code: code('département'), name: requiredText })).min(1),
    region: z.object({ code: code('région'), name: requiredText }),
    /** Population of the signatory's area (EPCI, city, département or région) and the vintage of the figure. */
    population: z.object({
      value: z.number().int().positive(),
      year: z.number().int().min(2000).max(2100),
      scope: z.enum(['epci', 'ville', 'département', 'région']),
      source: requiredText,
    }),
    contract: z.object({
      /** Label of the first contract as the sources name it (CTAIR, CTAI…). */
      label: requiredText,
      firstSignature: partialDate,
      /** Year of commitment given by the cohort (DIAIR lists), when no exact date is known. */
      cohortYear: programmeYear.nullable(),
      /** The cohort as written (« 2019 (11 premiers territoires, DIAIR) »). */
      cohort: requiredText,
      sources,
      events: z.array(contractEventSchema).default([]),
      funding: z.array(fundingSchema).default([]),
    }),
    /** True when the DIAIR's own list (May 2021, 18 territories) names it; otherwise found in local sources. */
    namedByDiair: z.boolean(),
    confidence,
    /** The research's confidence wording, kept where nuanced. */
    confidenceNote: plainText.default(''),
    notes: plainText.default(''),
    sources,
    /** Date the research was compiled (provenance). */
    researchedOn: isoPartialDate,
  })
  .superRefine(checkChronology);
export type Territory = z.infer<typeof territorySchema>;
export type ContractEvent = z.infer<typeof contractEventSchema>;
