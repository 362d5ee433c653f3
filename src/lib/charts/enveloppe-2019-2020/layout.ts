import type { Lang } from '../../i18n/lang.ts';
import { barsLayout, type BarsLayout } from '../shared/hbars.ts';
import type { EnvelopeState } from './state.ts';
import { ENVELOPE_WORDS } from './words.ts';

export function envelopeLayout(state: EnvelopeState, width: number, lang: Lang = 'fr'): BarsLayout {
  const w = ENVELOPE_WORDS[lang];
  return barsLayout(
    state.axes.map((a, i) => ({
      key: `axe-${i + 1}`,
      label: a.label,
      // The DIAIR's headings stay in French in the English edition: say so to screen readers.
      lang: lang === 'fr' ? undefined : 'fr',
      value: a.share,
      valueLabel: w.share(a.share),
      tip: w.tip(a.label, a.share),
      // English: the heading is French (marked on the label); the title keeps the English part.
      title: lang === 'fr' ? undefined : w.tip('', a.share).replace(/^: /, ''),
    })),
    width,
    (n) => (lang === 'fr' ? `${n} %` : `${n}%`),
  );
}
