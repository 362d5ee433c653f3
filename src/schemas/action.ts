import { z } from 'astro/zod';
import { programmeYear } from './dates.ts';
import { confidence, plainText, requiredText, slug, sources } from './common.ts';

import { ACTION_STATUSES, CARRIER_KINDS } from './action-values.ts';

export { ACTION_STATUSES, CARRIER_KINDS, type ActionStatus } from './action-values.ts';

const year = programmeYear;

/**
 * A documented action run, funded or announced under a CTAIR/CTAI.
 * One file per action in `content/actions/<id>.json`, from the research (`npm run data`) or a
 * spreadsheet (`npm run data -- --csv`).
 */
export const actionSchema = z
  .object({
    /** URL key, unique across all actions. */
    id: slug.meta({
      title: 'Identifiant',
      description:
        'Nom du fichier et de l’adresse de la page : minuscules sans accents, mots séparés par des tirets (ex. « grenoble-rising »). Ne le changez pas après publication.',
    }),
    title: requiredText
      .pipe(z.string().max(200, 'titre trop long (200 caractères au plus)'))
      .meta({ title: 'Titre', description: 'Le nom de l’action, tel que les sources la désignent (200 caractères au plus).' }),
    /** Territory id (file name in content/territories). */
    territory: slug.meta({
      title: 'Territoire',
      description: 'Le territoire signataire du contrat dont relève l’action.',
      cms: { relation: 'territories' },
    }),
    /** Domain ids; the first is the primary domain. */
    domains: z
      .array(slug)
      .min(1, 'au moins un domaine')
      .meta({
        title: 'Domaines',
        description: 'Un domaine au moins ; le premier est le domaine principal.',
        cms: { domains: true },
      }),
    /** First and last year (null when unknown or ongoing). */
    startYear: year.nullable().meta({
      title: 'Année de début',
      description: 'Sur 4 chiffres ; laissez vide si les sources ne la donnent pas.',
      cms: { integer: true },
    }),
    endYear: year.nullable().meta({
      title: 'Année de fin',
      description: 'Sur 4 chiffres, égale ou postérieure à l’année de début ; vide si inconnue ou en cours.',
      cms: { integer: true },
    }),
    /** True for a recurring action without fixed years (« annuel »). */
    recurring: z
      .boolean()
      .default(false)
      .meta({ title: 'Action récurrente', description: 'Activez pour une action annuelle sans années fixes.' }),
    /** The years as the sources give them, when they say more than start/end. */
    yearsNote: plainText.default('').meta({
      title: 'Précision sur les années',
      description: 'Les années telles que les sources les donnent, si elles en disent plus.',
    }),
    status: z.enum(ACTION_STATUSES).meta({ title: 'Statut' }),
    statusNote: plainText
      .default('')
      .meta({ title: 'Précision sur le statut', description: 'La formulation des sources, si elle nuance le statut.' }),
    /** Who runs it, as named by the sources. */
    carrier: plainText.default('').meta({ title: 'Porteur', description: 'Qui mène l’action, tel que les sources le nomment.' }),
    carrierKind: z.enum(CARRIER_KINDS).meta({ title: 'Type de porteur' }),
    carrierKindNote: plainText.default('').meta({ title: 'Précision sur le porteur' }),
    /** People targeted. */
    audience: plainText.default('').meta({ title: 'Public', description: 'Les personnes visées.' }),
    /** What the action is, in our own words. */
    summary: requiredText.meta({
      title: 'Résumé',
      description: 'Ce qu’est l’action, avec nos propres mots, en texte simple.',
      cms: { widget: 'text' },
    }),
    /**
     * Optional English versions, written by an editor for the English edition (/en/actions/<id>/).
     * Empty, the English page shows the French text marked as French: never a machine translation.
     * `''` by default like every optional text here, so the CMS, which writes an untouched optional
     * field as `''`, saves only the lines an editor changed.
     */
    titleEn: plainText.pipe(z.string().max(200, 'titre anglais trop long (200 caractères au plus)')).default('').meta({
      title: 'Titre en anglais (facultatif)',
      description:
        'Pour l’édition anglaise : une traduction relue par la rédaction, jamais une traduction automatique. Vide, la page anglaise montre le titre français, signalé comme tel.',
    }),
    summaryEn: plainText.default('').meta({
      title: 'Résumé en anglais (facultatif)',
      description:
        'Pour l’édition anglaise : le résumé traduit par la rédaction. Vide, la page anglaise montre le résumé français, signalé comme tel.',
      cms: { widget: 'text' },
    }),
    /** Funding as the sources state it. */
    funding: plainText.default('').meta({ title: 'Financement', description: 'Le financement tel que les sources l’indiquent.' }),
    /** `explicite`: a source ties it to the contract; `contexte`: cited alongside it, no explicit funding link. */
    contractLink: z.enum(['explicite', 'contexte']).meta({
      title: 'Lien avec le contrat',
      description:
        '« explicite » : une source rattache l’action au contrat ; « contexte » : citée à côté, sans lien de financement explicite.',
    }),
    contractLinkNote: plainText.default('').meta({ title: 'Précision sur le lien avec le contrat' }),
    sources,
    confidence,
    confidenceNote: plainText.default('').meta({ title: 'Précision sur la confiance' }),
    /** Caveats of the research (a deduced date, a probable but unwritten attribution), shown on the action's page. */
    notes: plainText.default('').meta({
      title: 'Réserves',
      description: 'Les réserves de la recherche (date déduite, attribution probable mais non écrite), affichées sur la page.',
      cms: { widget: 'text' },
    }),
    /** Where the entry came from: the research files or an editor's spreadsheet. */
    origin: z.enum(['recherche', 'tableur']).meta({
      title: 'Origine',
      description:
        '« recherche » : importée des fichiers de recherche ; « tableur » : saisie par la rédaction (tableur ou interface d’édition).',
      cms: { default: 'tableur' },
    }),
  })
  .superRefine((a, ctx) => {
    if (a.startYear !== null && a.endYear !== null && a.endYear < a.startYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['endYear'],
        message: `l’année de fin (${a.endYear}) précède l’année de début (${a.startYear})`,
      });
    }
    if (new Set(a.domains).size !== a.domains.length) {
      ctx.addIssue({ code: 'custom', path: ['domains'], message: 'un domaine est répété' });
    }
  });
export type Action = z.infer<typeof actionSchema>;
