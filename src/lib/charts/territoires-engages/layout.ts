import type { Lang } from '../../i18n/lang.ts';
import { barsLayout, type BarsLayout } from '../shared/hbars.ts';
import type { CountPoint } from './state.ts';
import { COUNTS_WORDS } from './words.ts';

const MUTED = '#8a867c';

/** Each count is its own bar, labelled with its date and perimeter; lower-confidence counts are greyed. */
export function countsLayout(points: readonly CountPoint[], width: number, lang: Lang = 'fr'): BarsLayout {
  const w = COUNTS_WORDS[lang];
  return barsLayout(
    points.map((p) => {
      const bar = w.bar(p);
      return {
        key: p.id,
        label: bar.label,
        lang: bar.lang,
        value: p.value,
        valueLabel: bar.value,
        color: p.confidence === 'haute' ? undefined : MUTED,
        tip: w.tip(p),
      };
    }),
    width,
  );
}
