/** The run-time sentences of search (src/client/search/messages.ts), as JSON for `data-messages`. */
import { t } from './index.ts';
import { LOCALES, type Lang } from './lang.ts';

export function searchMessagesJson(lang: Lang): string {
  const s = t(lang).search;
  const { none, one, many, forQuery, searching, prompt, pageError, boxError } = s;
  return JSON.stringify({ none, one, many, forQuery, searching, prompt, pageError, boxError, locale: LOCALES[lang].intl });
}
