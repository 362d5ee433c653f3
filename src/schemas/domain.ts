import { z } from 'astro/zod';
import { plainText, requiredText, slug } from './common.ts';

/**
 * A domain of action (santé, logement…): our editorial taxonomy, written by hand in
 * `content/domains.json`. It classifies the sourced actions; it states no fact by itself.
 */
export const domainSchema = z.object({
  /** URL key, e.g. `logement` → /domaines/logement/. */
  id: slug,
  /** Label shown on the site, e.g. « Logement ». */
  label: requiredText,
  /** Short label for tight chart axes. */
  shortLabel: requiredText,
  /** One sentence on what the domain covers, in our own words. */
  description: requiredText,
  /**
   * English label of the English edition (/en/), e.g. « Housing »: our taxonomy, translated by the
   * newsroom. Optional so archived releases (written before the English edition) still parse; every
   * domain of content/domains.json has one (tests/unit/i18n.test.ts), and a missing one shows the
   * French label marked `lang="fr"`.
   */
  labelEn: requiredText.optional(),
  /** English short label for tight chart axes. */
  shortLabelEn: requiredText.optional(),
  /** English sentence on what the domain covers. */
  descriptionEn: requiredText.optional(),
  /** Chart colour (hex). Chosen from colour-blind-safe palettes (Paul Tol, Okabe–Ito); labels always accompany it. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'couleur attendue au format #rrggbb'),
  /** Other spellings accepted in spreadsheets and the research files (matched case- and accent-insensitively). */
  aliases: z.array(plainText).default([]),
  /** Display order. */
  order: z.number().int(),
});
export type Domain = z.infer<typeof domainSchema>;
