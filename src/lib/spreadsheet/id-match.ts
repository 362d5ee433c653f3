/**
 * Reading an identifier an editor typed (territory, domain) by one explicit rule:
 *
 * 1. Exact id: accepted.
 * 2. Folded: case, accents, spaces, underscores and apostrophes do not count (« GRENOBLE »,
 *    « Grand Auch », « Éducation ») — accepted when the folded text equals exactly one id, label
 *    or alias after the same folding; two candidates → refused as ambiguous.
 * 3. Anything else is refused; when an id is close (a typo, a look-alike letter from another
 *    alphabet, an invisible character) the message asks « vouliez-vous dire … ? ».
 *
 * Invisible characters (direction marks, zero-width spaces, BOM) and letters outside Latin are
 * never folded away: they would let two ids that look identical point to different things.
 */
export interface Candidate {
  id: string;
  /** Other accepted spellings (label, aliases), folded the same way. */
  names?: readonly string[];
}

export type Match = { id: string; folded: boolean } | { error: string };

const INVISIBLE = /[\p{Cf}\p{Cc}\u00A0\u2028\u2029]/u;
/** Letters outside Basic Latin + Latin-1/Extended (Cyrillic е, Greek ο…): look-alikes. */
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;

/** Look-alike letters mapped to the Latin letter they imitate, for suggestions only. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ո: 'n', // Cyrillic, Armenian
  α: 'a',
  ε: 'e',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  ν: 'v',
  ι: 'i',
  κ: 'k', // Greek
  ı: 'i',
  ℓ: 'l',
};

export function foldId(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_'’‘]+/g, '-')
    .replace(/-+/g, '-');
}

const skeleton = (text: string) => [...foldId(text.replace(/[\p{Cf}\p{Cc}]/gu, ''))].map((c) => CONFUSABLES[c] ?? c).join('');

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Nearest ids by skeleton or edit distance (≤ 2), best first, for « vouliez-vous dire … ? ». */
export function suggest(text: string, candidates: readonly Candidate[]): string[] {
  const s = skeleton(text);
  const scored = candidates
    .map((c) => ({
      id: c.id,
      d: Math.min(...[c.id, ...(c.names ?? [])].map((n) => (skeleton(n) === s ? 0 : distance(s, foldId(n))))),
    }))
    .filter((c) => c.d <= Math.min(2, Math.floor(s.length / 3)) || c.d === 0)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  return scored.slice(0, 3).map((c) => c.id);
}

const didYouMean = (ids: string[]) => (ids.length ? ` ; vouliez-vous dire ${ids.join(' ou ')} ?` : '');

/** Applies the rule above; `what` names the kind in messages (« territoire », « domaine »). */
export function matchId(text: string, candidates: readonly Candidate[], what: string): Match {
  const exact = candidates.find((c) => c.id === text);
  if (exact) return { id: exact.id, folded: false };
  const invisible = INVISIBLE.exec(text);
  if (invisible)
    return {
      error: `${what} « ${text} » : caractère invisible ${codePoint(invisible[0])} (copié-collé ?), retapez l’identifiant${didYouMean(suggest(text, candidates))}`,
    };
  const foreign = NON_LATIN_LETTER.exec(text);
  if (foreign)
    return {
      error: `${what} « ${text} » : la lettre « ${foreign[0]} » (${codePoint(foreign[0])}) n’est pas latine, même si elle y ressemble${didYouMean(suggest(text, candidates))}`,
    };
  const key = foldId(text);
  const hits = candidates.filter((c) => [c.id, ...(c.names ?? [])].some((n) => foldId(n) === key));
  if (hits.length === 1) return { id: hits[0]!.id, folded: true };
  if (hits.length > 1) return { error: `${what} « ${text} » ambigu : ${hits.map((h) => h.id).join(' ou ')} ?` };
  const close = suggest(text, candidates);
  return {
    error: `${what} inconnu « ${text} »${close.length ? didYouMean(close) : `. Valeurs possibles : ${candidates.map((c) => c.id).join(', ')}`}`,
  };
}
