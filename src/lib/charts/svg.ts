/**
 * Tiny helpers to write SVG markup as strings: the same drawing feeds the page, the SVG and PNG
 * downloads and the snapshot tests, so it must not depend on a DOM.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// Charts are written as strings for thousands of views per build: one pass, none for plain text.
export function esc(value: string | number): string {
  const text = String(value);
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (ch) => ENTITIES[ch]!) : text;
}

export type Attrs = Record<string, string | number | null | undefined | false>;

/** `<name a="1">children</name>`; null/undefined/false attributes are left out. */
export function tag(name: string, attrs: Attrs, children: string | readonly string[] = ''): string {
  let a = '';
  for (const k in attrs) {
    const v = attrs[k];
    if (v !== null && v !== undefined && v !== false) a += ` ${k}="${esc(typeof v === 'number' ? round(v) : v)}"`;
  }
  const inner = typeof children === 'string' ? children : children.join('');
  return inner ? `<${name}${a}>${inner}</${name}>` : `<${name}${a}/>`;
}

/** One decimal: stable output, small files. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Widths that differ from the average, in em (narrow glyphs win over capitals: « I » is narrow). */
const GLYPH_EM = new Map<string, number>([
  ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((ch) => [ch, 0.66] as const),
  ...[...'mwMW'].map((ch) => [ch, 0.85] as const),
  ...[..." .,:;'’iIl1|"].map((ch) => [ch, 0.3] as const),
]);

/**
 * Rough width of a text in Noto Sans (average glyph ≈ 0.56 em, narrower for digits and spaces).
 * Enough to wrap labels and reserve room; the drawing never depends on exact metrics.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += GLYPH_EM.get(ch) ?? 0.56;
  return em * fontSize;
}

/** Greedy word wrap to a width; a word longer than the line stays whole. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** French decimal for tables, CSV and labels: 18.5 → « 18,5 » (no thousands separator: counts are small). */
export function decimal(n: number): string {
  return String(n).replace('.', ',');
}

/** Colours of the light theme, written as presentation attributes; page CSS overrides them by class for dark mode. */
export const INK = { text: '#1d1d1b', soft: '#55534e', line: '#d8d4ca', axis: '#8a867c', accent: '#a4372a', missing: '#9a968c' };
