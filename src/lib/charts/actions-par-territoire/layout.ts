import type { Lang } from '../../i18n/lang.ts';
import { barsLayout, type BarsLayout } from '../shared/hbars.ts';
import type { TerritoryBarsState } from './state.ts';
import { TERRITORY_BARS_WORDS } from './words.ts';

export function territoryBarsLayout(state: TerritoryBarsState, width: number, lang: Lang = 'fr'): BarsLayout {
  return barsLayout(
    state.bars.map((t) => ({
      key: t.id,
      label: t.name,
      value: t.count,
      valueLabel: String(t.count),
      color: state.scope.domain?.color,
      highlight: t.id === state.highlight,
      tip: TERRITORY_BARS_WORDS[lang].tip(t),
      // English: the name is French (marked on the label); the title keeps the English part.
      ...(lang === 'fr' ? {} : { lang: 'fr' as const, title: TERRITORY_BARS_WORDS[lang].count(t.count) }),
    })),
    width,
  );
}
