/**
 * The fixed values of an action's status and carrier kind, without Zod: browser code (URL state,
 * catalogue, map) imports them from here so its bundles do not carry the schema library.
 */
export const ACTION_STATUSES = ['réalisée', 'en cours', 'bilan agrégé', 'annoncée', 'engagement du contrat'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const CARRIER_KINDS = ['collectivité', 'État et collectivités', 'association', 'consortium', 'CCAS', 'autre'] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];
