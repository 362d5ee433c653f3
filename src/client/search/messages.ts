/**
 * The sentences search writes at run time, in the page's edition. Written into the form's
 * `data-messages` at build time from the dictionary (src/lib/i18n/), so one script serves both
 * editions and the bundle carries no dictionary.
 */
export interface SearchMessages {
  none: string;
  one: string;
  many: string;
  /** `{q}` stands for the query. */
  forQuery: string;
  searching: string;
  prompt: string;
  pageError: string;
  boxError: string;
  /** Intl locale for sorting filter values. */
  locale: string;
}

export function messagesOf(el: HTMLElement): SearchMessages {
  return JSON.parse(el.dataset['messages'] ?? '{}') as SearchMessages;
}

/** « 3 résultats » / “3 results”, with a no-break space. */
export function countText(n: number, m: Pick<SearchMessages, 'none' | 'one' | 'many'>): string {
  return n === 0 ? m.none : `${n}\u00A0${n > 1 ? m.many : m.one}`;
}
