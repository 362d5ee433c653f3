/**
 * A research JSON file read so that every problem can name its line: strict UTF-8, strict JSON
 * (errors in French with line and column), and the line where any entry starts.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

export class JsonFileError extends Error {}

/** jsonc-parser's error names (its enum is `const`, unusable here) → French. */
const REASONS: Record<string, string> = {
  InvalidSymbol: 'caractère inattendu',
  InvalidNumberFormat: 'nombre mal écrit',
  PropertyNameExpected: 'nom de champ entre guillemets attendu',
  ValueExpected: 'valeur attendue',
  ColonExpected: '« : » attendu',
  CommaExpected: 'virgule attendue',
  CloseBraceExpected: '« } » attendu',
  CloseBracketExpected: '« ] » attendu',
  EndOfFileExpected: 'texte en trop après la fin des données',
  InvalidCommentToken: 'commentaire interdit en JSON',
  UnexpectedEndOfComment: 'commentaire non fermé',
  UnexpectedEndOfString: 'texte non fermé (guillemet manquant)',
  UnexpectedEndOfNumber: 'nombre incomplet',
  InvalidUnicode: 'séquence \\u invalide',
  InvalidEscapeCharacter: 'échappement \\ invalide',
  InvalidCharacter: 'caractère de contrôle dans un texte (tabulation, retour à la ligne…)',
};

export interface JsonSource {
  value: unknown;
  /** 1-based line where the node at `path` starts (`['territoires', 3]`), or null if absent. */
  lineOf: (path: (string | number)[]) => number | null;
}

/** Offset → 1-based line, by binary search over the offsets where lines start. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Parses bytes as a research file; `name` is only used in messages. Throws JsonFileError. */
export function parseJsonSource(bytes: Uint8Array, name: string): JsonSource {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new JsonFileError(`${name} : le fichier n’est pas encodé en UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const e = errors[0];
    const offset = e?.offset ?? 0;
    const line = lineIndex(text)(offset);
    const column = offset - text.lastIndexOf('\n', offset - 1);
    throw new JsonFileError(
      `${name}:${line}:${column} : JSON illisible, ${(e && REASONS[printParseErrorCode(e.error)]) ?? 'fichier vide ou tronqué'}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // jsonc-parser is more lenient than JSON in a few corners (e.g. lone surrogates): say so plainly.
    throw new JsonFileError(`${name} : JSON illisible`);
  }
  const lineAt = lineIndex(text);
  return {
    value,
    lineOf: (path) => {
      const node = findNodeAtLocation(root, path);
      return node ? lineAt(node.offset) : null;
    },
  };
}
