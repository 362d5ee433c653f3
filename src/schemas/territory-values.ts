/**
 * The kinds of signatory, without Zod: browser code (the map's « Type de signataire » filter)
 * imports them from here so its bundles do not carry the schema library (whose start-up probes
 * `eval`, which the site's Content-Security-Policy forbids).
 */
export const SIGNATORY_KINDS = [
  'métropole',
  'communauté urbaine',
  'agglomération',
  'communauté de communes',
  'ville',
  'région',
  'département',
  'commune',
] as const;
export type SignatoryKind = (typeof SIGNATORY_KINDS)[number];
