/**
 * The actions a chart counts once the reader's filters are applied, and how to name that scope in
 * titles and sentences (« pour Grenoble », « dans le domaine Logement »; "in Grenoble").
 */
import { filterActions } from '../../aggregate.ts';
import { actionsOfTerritory, territoryOf } from '../../dataset-index.ts';
import { domainLabel } from '../../i18n/labels.ts';
import { frName } from './text.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Action } from '../../../schemas/action.ts';
import type { Domain } from '../../../schemas/domain.ts';
import type { Territory } from '../../../schemas/territory.ts';
import type { ChartData, ChartParams } from '../types.ts';

export interface Scope {
  actions: Action[];
  territory: Territory | null;
  domain: Domain | null;
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
  return { actions, territory, domain };
}

/** « pour Grenoble », « dans le domaine « Logement » », both, or ''; in English "in Grenoble", "in the domain “Housing”". */
export function scopePhrase(scope: Pick<Scope, 'territory' | 'domain'>, lang: Lang = 'fr'): string {
  if (lang === 'en') {
    const t = scope.territory ? `in ${frName(scope.territory.name, 'en')}` : '';
    const label = scope.domain && domainLabel(scope.domain, 'en');
    const d = label ? `in the domain “${label.lang === 'fr' ? frName(label.text, 'en') : label.text}”` : '';
    return [t, d].filter(Boolean).join(', ');
  }
  const t = scope.territory ? `pour ${scope.territory.name}` : '';
  const d = scope.domain ? `dans le domaine « ${scope.domain.label} »` : '';
  return [t, d].filter(Boolean).join(', ');
}
