/**
 * Forgiving comparison of commune names, as readers type them: no accents, no case, hyphens and
 * apostrophes as spaces, « St »/« Ste » as « Saint »/« Sainte », ligatures spelled out, and a
 * leading article dropped (« Le Havre » and « Havre » meet). Pure; shared by the build (index
 * shards) and the browser (matching).
 */

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const ARTICLES = new Set(['le', 'la', 'les', 'l']);

/** « Saint-Étienne-du-Rouvray » → « saint etienne du rouvray »; « L’Haÿ-les-Roses » → « hay les roses ». */
export function normaliseName(input: string): string {
  const words = input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w);
  if (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** « Saint », « Sainte », « Saints », « Saintes » and the first letter of the next word. */
const SAINT = /^saint(?:e?s?) ([a-z0-9])/;

/**
 * The name shard a normalised name lives in: its first letter (`a`–`z`, `0` for a digit), and
 * for the 4,000 « Saint… » communes the first letter of the word after it (`s-e` for
 * « saint etienne »), so no shard holds a ninth of France.
 */
export function nameShard(normalised: string): string {
  const saint = SAINT.exec(normalised);
  if (saint) return `s-${saint[1]}`;
  const c = normalised.charAt(0);
  return /[a-z]/.test(c) ? c : '0';
}

/** A query so far that could still become « saint(e) … »: every « Saint » shard may hold the answer. */
export const couldBeSaint = (normalised: string) =>
  /^sa(i(n(t(e?s?)?)?)?)?$/.test(normalised) || /^saint(e?s?) $/.test(normalised);

/** What the reader typed is a postcode (or its start) rather than a name. */
export const looksLikePostcode = (query: string) => /^\s*\d[\d\s]*$/.test(query);
