/**
 * Building blocks shared by every content schema: sources, confidence, partial dates.
 * Kept free of Astro imports so the import scripts (plain Node) validate with the same rules.
 */
import { z } from 'astro/zod';
import { strictDate } from './dates.ts';

/** A kebab-case identifier used in URLs: `grenoble`, `strasbourg-zakote`. */
export const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'identifiant attendu en minuscules sans accents, mots séparés par des tirets (ex. « grenoble-rising »)',
  );

/** Plain text: no HTML tags, no control characters (the site escapes anyway; this keeps data clean). */
export const plainText = z
  .string()
  .trim()
  .refine((s) => !/<\/?[a-z!][^>]*>/i.test(s), 'le texte ne doit pas contenir de balise HTML')
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s), 'le texte contient un caractère de contrôle')
  // Direction overrides and isolates reorder what the reader sees (« Trojan Source »): a text could
  // display one thing and say another. Plain marks (U+200E/U+200F) stay allowed for RTL names.
  .refine(
    (s) => !/[\u202A-\u202E\u2066-\u2069]/.test(s),
    'le texte contient un caractère qui inverse le sens d’affichage (U+202A–U+202E, U+2066–U+2069)',
  );

export const requiredText = plainText.pipe(z.string().min(1, 'champ obligatoire, vide ici'));

/** Only http(s) links: `javascript:` or `data:` URLs must never reach a page. */
export const httpUrl = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    let protocol: string;
    try {
      protocol = new URL(s).protocol;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'adresse web invalide : une URL complète en http(s):// est attendue' });
      return;
    }
    if (protocol !== 'https:' && protocol !== 'http:')
      ctx.addIssue({
        code: 'custom',
        message: `adresse web refusée : le protocole « ${protocol} » n’est pas autorisé, seules les URL http(s):// le sont`,
      });
  });

/**
 * ISO calendar date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD, or empty when unknown. The
 * date must exist (no 30 February, no month 13) and be plausible for the programme: see dates.ts.
 */
export const isoPartialDate = z.preprocess(
  // A YAML Date reaches here only from trusted code: article front matter is read as text by
  // content.config.ts (js-yaml would roll 2026-13-45 over to 2027-02-14 before we could see it).
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  strictDate,
);

/** A source as the research recorded it: where a fact was read. */
export const source = z.object({
  /** Short stable key of the source within the research files (may repeat across entries). */
  id: z
    .string()
    .optional()
    .meta({ title: 'Clé de la source', description: 'Repère interne de la recherche ; laissez vide pour une nouvelle source.' }),
  /** Link to the page or document. */
  url: httpUrl.meta({ title: 'Adresse (URL)', description: 'L’adresse complète de la page ou du document, en https://.' }),
  /** Title of the page or document, as published. */
  title: requiredText.meta({ title: 'Titre de la source', description: 'Le titre de la page ou du document, tel que publié.' }),
  /** Who published it (DIAIR, préfecture, press title…). */
  publisher: plainText
    .default('')
    .meta({ title: 'Éditeur', description: 'Qui l’a publié (DIAIR, préfecture, titre de presse…).' }),
  /** Publication date as known (partial ISO), empty when unknown. */
  date: isoPartialDate
    .default('')
    .meta({ title: 'Date de publication', description: 'AAAA, AAAA-MM ou AAAA-MM-JJ ; vide si inconnue.' }),
});
export type Source = z.infer<typeof source>;

export const sources = z
  .array(source)
  .min(1, 'au moins une source est obligatoire')
  .meta({ title: 'Sources', description: 'Au moins une source publique où le fait a été lu.' });

/** Ordered confidence levels; the original wording is kept beside it in `confidenceNote`. */
export const CONFIDENCE_LEVELS = ['haute', 'moyenne-haute', 'moyenne', 'faible'] as const;
export const confidence = z.enum(CONFIDENCE_LEVELS).meta({
  title: 'Confiance',
  description: 'Le degré de confiance dans les sources ; la formulation d’origine va dans la précision.',
});
export type Confidence = z.infer<typeof confidence>;

export const DATE_PRECISIONS = ['jour', 'mois', 'année', 'inconnue'] as const;

/** A date as precise as the sources allow, never more. */
export const partialDate = z
  .object({
    /** ISO value truncated to the known precision (`2019`, `2022-12`, `2019-06-12`); empty if unknown. */
    value: isoPartialDate.meta({
      title: 'Date',
      description: 'AAAA, AAAA-MM ou AAAA-MM-JJ selon la précision ; vide si inconnue.',
    }),
    /** How much of the date is known. */
    precision: z.enum(DATE_PRECISIONS).meta({ title: 'Précision de la date' }),
    /** `annoncée`: date announced before the event; `déduite`: inferred (e.g. from a weekday). */
    qualifier: z.enum(['confirmée', 'annoncée', 'déduite']).default('confirmée').meta({
      title: 'Nature de la date',
      description: '« annoncée » : avant l’événement ; « déduite » : reconstituée (par ex. d’un jour de semaine).',
    }),
    /** The sources' own wording where it carries a nuance. */
    note: plainText.default('').meta({ title: 'Précision sur la date' }),
    /**
     * A bound when the exact date is unknown (Pau: signed after 24 October 2022, the day the
     * signing prefect took office). Pages say « après le … », never the bound as a date.
     */
    after: isoPartialDate.optional().meta({
      title: 'Au plus tôt (borne basse)',
      description: 'AAAA-MM-JJ : l’événement a eu lieu après cette date ; absent sinon.',
    }),
    before: isoPartialDate.optional().meta({
      title: 'Au plus tard (borne haute)',
      description: 'AAAA-MM-JJ : l’événement a eu lieu avant cette date ; absent sinon.',
    }),
  })
  .superRefine((d, ctx) => {
    if (d.after && d.before && d.after > d.before)
      ctx.addIssue({
        code: 'custom',
        path: ['after'],
        message: `borne basse « ${d.after} » après la borne haute « ${d.before} »`,
      });
    const expected = { jour: 10, mois: 7, année: 4, inconnue: 0 }[d.precision];
    if (d.value.length !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `la précision « ${d.precision} » demande une date de ${expected || 'zéro'} caractères, reçu « ${d.value} »`,
      });
    }
  });
export type PartialDate = z.infer<typeof partialDate>;
