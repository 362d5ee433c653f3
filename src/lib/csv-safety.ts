/**
 * CSV/formula injection (OWASP « CSV Injection »): a spreadsheet runs a cell as a formula when it
 * starts with = + - @ (or a tab / carriage return that hides one), even after leading spaces or
 * quotes. Every CSV the site serves passes its text cells through `inertCell`: such a cell gets a
 * leading apostrophe, which spreadsheets show as text, and the writer quotes it. Numbers are
 * neutralised by column type, never by guessing: a number column writes JS numbers (or, for chart
 * tables, strings that are exactly a French-formatted number), so « -12 » there stays a number.
 */

/** First characters a spreadsheet may evaluate (OWASP list, plus line feed and full-width forms). */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * What a spreadsheet may skip before deciding a cell is a formula: spaces (including invisible
 * ones) and double quotes. A leading apostrophe is not skipped: it is the neutraliser itself.
 */
const SKIPPED = /^[\s"\u00A0\u202F\u2000-\u200B\u2060\uFEFF]*/u;

/** True when a spreadsheet could read this text cell as a formula. */
export function isFormulaLike(text: string): boolean {
  if (text === '') return false;
  if (TRIGGERS.has(text[0]!)) return true;
  const rest = text.replace(SKIPPED, '');
  return rest !== '' && TRIGGERS.has(rest[0]!);
}

/** The text made inert for a spreadsheet, unchanged when it already was. */
export function inertCell(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * A number as a chart table writes it, French style: optional minus (ASCII or U+2212), digits with
 * narrow/non-breaking space thousands separators, optional decimal comma, optional « % ».
 */
const FRENCH_NUMBER = /^[-\u2212]?\d{1,3}(?:[\u202F\u00A0 ]?\d{3})*(?:,\d+)?(?:[\u202F\u00A0 ]?%)?$/u;

export function isFrenchNumber(text: string): boolean {
  return FRENCH_NUMBER.test(text);
}

/** A cell of a numeric column: kept as is when it is a number, otherwise treated as text. */
export function inertNumericCell(text: string): string {
  return isFrenchNumber(text) ? text : inertCell(text);
}
