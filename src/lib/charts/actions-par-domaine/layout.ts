import type { Lang } from '../../i18n/lang.ts';
import { barsLayout, type BarsLayout } from '../shared/hbars.ts';
import type { DomainBarsState } from './state.ts';
import { DOMAIN_BARS_WORDS } from './words.ts';

export function domainBarsLayout(state: DomainBarsState, width: number, lang: Lang = 'fr'): BarsLayout {
  return barsLayout(
    state.bars.map((d) => ({
      key: d.id,
      label: d.label,
      value: d.count,
      valueLabel: String(d.count),
      color: d.color,
      highlight: d.id === state.highlight,
      tip: DOMAIN_BARS_WORDS[lang].tip(d),
    })),
    width,
  );
}
