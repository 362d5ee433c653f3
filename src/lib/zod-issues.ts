import type { z } from 'astro/zod';

/**
 * Zod issues → "field: message" lines an editor can act on (field path dotted, French messages).
 * Pass the validated `input` to quote the refused value (Zod 4 does not keep it on the issue).
 */
export function describeIssues(error: z.ZodError, input?: unknown): { field: string; message: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : '(entrée)',
    message: frenchMessage(issue, valueAt(input, issue.path)),
  }));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path)
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'texte',
  number: 'nombre',
  int: 'nombre entier',
  boolean: 'vrai/faux',
  array: 'liste',
  object: 'objet',
  null: 'null',
};

/** Zod's own messages are English; custom messages set in our schemas are already French. */
const isZodDefault = (message: string) => /^(Too (small|big)|Invalid|Expected|Unrecognized)/.test(message);

function frenchMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (!isZodDefault(issue.message)) return issue.message;
      // Zod 4 does not keep the input on the issue by default: its message says what it received.
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (issue.input === undefined && (received === undefined || received === 'undefined')) return 'champ obligatoire manquant';
      return `type invalide (attendu : ${TYPE_NAMES[issue.expected] ?? issue.expected}${received ? `, reçu : ${TYPE_NAMES[received] ?? received}` : ''})`;
    }
    case 'invalid_value': {
      const received = issue.input ?? value;
      const quoted = received === undefined ? 'valeur' : `valeur « ${String(received)} »`;
      return `${quoted} non reconnue. Valeurs possibles : ${issue.values.map(String).join(', ')}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `au moins ${String(issue.minimum)} élément(s) attendu(s)`;
      if (!isZodDefault(issue.message)) return issue.message;
      if (issue.origin === 'string') return `texte trop court (au moins ${String(issue.minimum)} caractère(s))`;
      return `valeur trop petite (minimum : ${String(issue.minimum)}${issue.inclusive === false ? ', exclu' : ''})`;
    case 'too_big':
      if (!isZodDefault(issue.message)) return issue.message;
      if (issue.origin === 'array') return `au plus ${String(issue.maximum)} élément(s)`;
      if (issue.origin === 'string') return `texte trop long (au plus ${String(issue.maximum)} caractères)`;
      return `valeur trop grande (maximum : ${String(issue.maximum)})`;
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${issue.keys.join(', ')}`;
    default:
      return isZodDefault(issue.message) ? `valeur invalide (${issue.message})` : issue.message;
  }
}
