/**
 * How complete the data is, stated from the data itself: documented actions against the
 * programme's announced total (figure `actions-4ans`), territories with no documented action.
 */
import type { Action } from '../schemas/action.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Territory } from '../schemas/territory.ts';
import { plural } from './i18n/format.ts';
import { t } from './i18n/index.ts';
import type { Lang } from './i18n/lang.ts';

export interface Coverage {
  documentedActions: number;
  /** The announced total as the source words it (« plus de 400 »), or null if the figure is absent. */
  announcedActions: string | null;
  announcedFigure: Figure | null;
  territories: number;
  territoriesNamedByDiair: number;
  territoriesWithoutAction: Territory[];
  /** One sentence for chart notes: « 46 actions documentées sur plus de 400 annoncées ». */
  sentence: string;
}

export function coverage(
  actions: readonly Action[],
  territories: readonly Territory[],
  figures: readonly Figure[],
  lang: Lang = 'fr',
): Coverage {
  const d = t(lang).coverage;
  const announcedFigure = figures.find((f) => f.id === 'actions-4ans') ?? null;
  const announcedActions = announcedFigure ? String(announcedFigure.value) : null;
  const withAction = new Set(actions.map((a) => a.territory));
  const documented = plural(actions.length, d.documentedAction, d.documentedActions, lang);
  return {
    documentedActions: actions.length,
    announcedActions,
    announcedFigure,
    territories: territories.length,
    territoriesNamedByDiair: territories.filter((t) => t.namedByDiair).length,
    territoriesWithoutAction: territories.filter((t) => !withAction.has(t.id)),
    sentence: announcedActions ? d.ofAnnounced(documented, announcedActions) : documented,
  };
}
