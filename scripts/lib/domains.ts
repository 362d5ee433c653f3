import type { Domain } from '../../src/schemas/domain.ts';
import { fold } from '../../src/lib/normalise.ts';

/** Finds the domain whose id, label or an alias matches the text (case- and accent-insensitive). */
export function matchDomain(text: string, domains: readonly Domain[]): Domain | undefined {
  const t = fold(text);
  return domains.find((d) => [d.id, d.label, ...d.aliases].some((name) => fold(name) === t));
}
