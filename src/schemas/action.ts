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
    id: slug,
    title: requiredText.pipe(z.string().max(200, 'titre trop long (200 caractères au plus)')),
    /** Territory id (file name in content/territories). */
    territory: slug,
    /** Domain ids; the first is the primary domain. */
    domains: z.array(slug).min(1, 'au moins un domaine'),
    /** First and last year (null when unknown or ongoing). */
    startYear: year.nullable(),
    endYear: year.nullable(),
    /** True for a recurring action without fixed years (« annuel »). */
    recurring: z.boolean().default(false),
    /** The years as the sources give them, when they say more than start/end. */
    yearsNote: plainText.default(''),
    status: z.enum(ACTION_STATUSES),
    statusNote: plainText.default(''),
    /** Who runs it, as named by the sources. */
    carrier: plainText.default(''),
    carrierKind: z.enum(CARRIER_KINDS),
    carrierKindNote: plainText.default(''),
    /** People targeted. */
    audience: plainText.default(''),
    /** What the action is, in our own words. */
    summary: requiredText,
    /** Funding as the sources state it. */
    funding: plainText.default(''),
    /** `explicite`: a source ties it to the contract; `contexte`: cited alongside it, no explicit funding link. */
    contractLink: z.enum(['explicite', 'contexte']),
    contractLinkNote: plainText.default(''),
    sources,
    confidence,
    confidenceNote: plainText.default(''),
    /** Caveats of the research (a deduced date, a probable but unwritten attribution), shown on the action's page. */
    notes: plainText.default(''),
    /** Where the entry came from: the research files or an editor's spreadsheet. */
    origin: z.enum(['recherche', 'tableur']),
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
