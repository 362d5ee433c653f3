/**
 * French alphabetical order. Same order as `a.localeCompare(b, 'fr')`, which creates or looks up
 * a collator on every call: sorting thousands of names for thousands of chart views made that
 * lookup a noticeable part of the build.
 */
export const compareFr: (a: string, b: string) => number = new Intl.Collator('fr').compare;
