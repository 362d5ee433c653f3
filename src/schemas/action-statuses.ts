/**
 * Action statuses, kept apart from the Zod schema so browser code (the URL codec) can import
 * them without pulling Zod into client bundles.
 */
export const ACTION_STATUSES = ['réalisée', 'en cours', 'bilan agrégé', 'annoncée', 'engagement du contrat'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
