/**
 * Cross-reference checks between collections: an action's territory and domains must exist,
 * ids must be unique. Used by the import scripts and by the site build, so both fail the same way.
 */

export interface Problem {
  /** File the editor should open, relative to the project. */
  file: string;
  /** Field at fault (dotted path). */
  field: string;
  message: string;
}

interface Ref {
  id: string;
  file: string;
}
interface ActionRef extends Ref {
  territory: string;
  domains: string[];
}
interface ArticleRef extends Ref {
  territories: string[];
  domains: string[];
}

export interface IntegrityInput {
  territories: Ref[];
  domains: Ref[];
  actions: ActionRef[];
  articles?: ArticleRef[];
}

function listValid(ids: Iterable<string>): string {
  return [...ids].sort().join(', ');
}

export function checkIntegrity(input: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  const territoryIds = new Set(input.territories.map((t) => t.id));
  const domainIds = new Set(input.domains.map((d) => d.id));

  for (const [label, items] of [
    ['du territoire', input.territories],
    ['du domaine', input.domains],
    ['de l’action', input.actions],
    ['de l’article', input.articles ?? []],
  ] as const) {
    const seen = new Map<string, string>();
    for (const item of items) {
      const previous = seen.get(item.id);
      if (previous) {
        problems.push({
          file: item.file,
          field: 'id',
          message: `identifiant ${label} « ${item.id} » déjà utilisé par ${previous}`,
        });
      } else seen.set(item.id, item.file);
    }
  }

  const checkRefs = (item: Ref, field: string, values: string[], valid: Set<string>, kind: string) => {
    values.forEach((value, i) => {
      if (!valid.has(value)) {
        problems.push({
          file: item.file,
          field: values.length > 1 || field.endsWith('s') ? `${field}[${i}]` : field,
          message: `${kind} inconnu « ${value} ». Valeurs possibles : ${listValid(valid)}`,
        });
      }
    });
  };

  for (const action of input.actions) {
    checkRefs(action, 'territory', [action.territory], territoryIds, 'territoire');
    checkRefs(action, 'domains', action.domains, domainIds, 'domaine');
  }
  for (const article of input.articles ?? []) {
    checkRefs(article, 'territories', article.territories, territoryIds, 'territoire');
    checkRefs(article, 'domains', article.domains, domainIds, 'domaine');
  }
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `  ${p.file} › ${p.field} : ${p.message}`).join('\n');
}
