import type { z } from 'astro/zod';

/** Zod issues → "field: message" lines an editor can act on (field path dotted, French messages). */
export function describeIssues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : '(entrée)',
    message: frenchMessage(issue),
  }));
}

function frenchMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'champ obligatoire manquant' : `type invalide (attendu : ${issue.expected})`;
    case 'invalid_value':
      return `valeur « ${String(issue.input)} » non reconnue. Valeurs possibles : ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `au moins ${String(issue.minimum)} élément(s) attendu(s)` : issue.message;
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}
