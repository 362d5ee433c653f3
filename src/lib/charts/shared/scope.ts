/**
 * The actions a chart counts once the reader's filters are applied, and how to name that scope in
 * titles and sentences (« à Grenoble », « dans le domaine Logement »).
 */
import { filterActions } from '../../aggregate.ts';
import { actionsOfTerritory, territoryOf } from '../../dataset-index.ts';
import type { Action } from '../../../schemas/action.ts';
import type { Domain } from '../../../schemas/domain.ts';
import type { Territory } from '../../../schemas/territory.ts';
import type { ChartData, ChartParams } from '../types.ts';

export interface Scope {
  actions: Action[];
  territory: Territory | null;
  domain: Domain | null;
  /** Suffix for titles: « — Grenoble · Logement », '' without filter. */
  suffix: string;
}

/** Params must have been validated (see registry `resolveParams`). */
export function scopeOf(data: ChartData, params: ChartParams): Scope {
  const territory = params.territoire ? (territoryOf(data, params.territoire) ?? null) : null;
  const domain = params.domaine ? (data.domains.find((d) => d.id === params.domaine) ?? null) : null;
  // Start from the territory's own actions (same order): a view costs its territory, not the whole dataset.
  const actions = filterActions(territory ? actionsOfTerritory(data, territory.id) : data.actions, {
    territories: territory ? [territory.id] : [],
    domains: domain ? [domain.id] : [],
  });
  const parts = [territory?.name, domain?.label].filter(Boolean);
  return { actions, territory, domain, suffix: parts.length ? ` — ${parts.join(' · ')}` : '' };
}

/** « à Grenoble », « dans le domaine Logement », « à Grenoble, domaine Logement », or ''. */
export function scopePhrase(scope: Pick<Scope, 'territory' | 'domain'>): string {
  const t = scope.territory ? `pour ${scope.territory.name}` : '';
  const d = scope.domain ? `dans le domaine « ${scope.domain.label} »` : '';
  return [t, d].filter(Boolean).join(', ');
}
