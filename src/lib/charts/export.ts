/**
 * What leaves the site with a chart: the inline SVG element, a standalone SVG (title, chart, notes
 * and source burnt in, for downloads and PNG), the CSV of the table, the iframe code and oEmbed.
 */
import { inertCell, inertNumericCell } from '../csv-safety.ts';
import { formatIsoDate, frenchTypography } from '../format.ts';
import { formatIsoDate as formatIsoDateIn } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { plain } from './shared/text.ts';
import { esc, INK, tag, wrapText } from './svg.ts';
import type { ChartView, Drawn, TableData } from './types.ts';

/** The `<svg>` of a page: sized by its viewBox, described by the figure's title and description. */
export function svgElement(d: Drawn, opts: { labelledBy: string; className: string }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${d.width} ${d.height}" width="${d.width}" height="${d.height}" role="img" aria-labelledby="${esc(opts.labelledBy)}" class="${esc(opts.className)}" font-family="Noto Sans, sans-serif">${d.body}</svg>`;
}

const PAD = 24;

/** The data release an exported image shows, burnt into its source line (screenshots travel without context). */
export interface Edition {
  version: string;
  /** ISO date of the release. */
  date: string;
}

/**
 * A self-contained SVG: white background, title, subtitle, chart, notes and source with the data
 * version and its date; light colours.
 */
export function standaloneSvg(marked: ChartView, permalink: string, edition?: Edition): string {
  const view = plainView(marked);
  const drawn = view.svg?.wide ?? null;
  const inner = drawn?.width ?? 640;
  const width = inner + 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  for (const line of wrapText(view.title, inner, 19)) {
    y += 22;
    parts.push(tag('text', { x: PAD, y, 'font-size': 19, 'font-weight': 700, fill: INK.text }, esc(line)));
  }
  y += 4;
  for (const line of wrapText(view.subtitle, inner, 13)) {
    y += 17;
    parts.push(tag('text', { x: PAD, y, 'font-size': 13, fill: INK.soft }, esc(line)));
  }
  y += 16;
  if (drawn) {
    parts.push(tag('g', { transform: `translate(${PAD},${y})` }, drawn.body));
    y += drawn.height + 18;
  } else if (view.message) {
    y += 18;
    parts.push(tag('text', { x: PAD, y, 'font-size': 15, fill: INK.text }, esc(view.message)));
    y += 18;
  }
  for (const note of view.notes) {
    for (const line of wrapText(note, inner, 11)) {
      y += 14;
      parts.push(tag('text', { x: PAD, y, 'font-size': 11, fill: INK.soft }, esc(line)));
    }
    y += 3;
  }
  y += 8;
  for (const line of wrapText(sourceLine(view, permalink, edition), inner, 11)) {
    y += 14;
    parts.push(tag('text', { x: PAD, y, 'font-size': 11, fill: INK.text }, esc(line)));
  }
  const height = y + PAD;
  // The French file is the edition of record and stays byte for byte as it was: only others say their language.
  const lang = view.lang === 'fr' ? '' : ` xml:lang="${view.lang}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Noto Sans, sans-serif"${lang}>`,
    tag('title', {}, esc(view.title)),
    tag('desc', {}, esc(view.description)),
    tag('rect', { width, height, fill: '#ffffff' }),
    ...parts,
    '</svg>',
  ].join('');
}

/** The view's texts without the marks of French names (a file has no `lang` spans). */
function plainView(view: ChartView): ChartView {
  if (view.lang === 'fr') return view;
  const { title, description, notes, message } = view;
  return {
    ...view,
    title: plain(title),
    description: plain(description),
    notes: notes.map(plain),
    message: message && plain(message),
  };
}

/** « Source : … Données : version 1.1.0 du 1er décembre 2026. <permalink> », in the view's language. */
function sourceLine(view: ChartView, permalink: string, edition?: Edition): string {
  if (view.lang === 'en') {
    const dated = edition ? ` Data: version ${edition.version} of ${formatIsoDateIn(edition.date, 'en')}.` : '';
    return `Source: ${view.source.text}.${dated} ${permalink}`;
  }
  const dated = edition ? frenchTypography(` Données : version ${edition.version} du ${formatIsoDate(edition.date)}.`) : '';
  return `Source : ${view.source.text}.${dated} ${permalink}`;
}

/** CSV conventions of each edition: French spreadsheets want semicolons (the comma is their decimal mark). */
export const CSV_SEPARATOR: Record<Lang, string> = { fr: ';', en: ',' };
/** A number as an English chart table writes it: "18.5", "21%", "1,200" never occurs (counts are plain). */
const ENGLISH_NUMBER = /^-?\d+(?:\.\d+)?%?$/;

/**
 * One CSV field: quoted when it holds the separator, a quote or a line break, or when it had to be
 * made inert (a text a spreadsheet would run as a formula, see csv-safety.ts). A numeric column's
 * cell that is exactly a French number is kept, so « -3,5 » stays a number.
 */
function field(value: string, numeric: boolean, sep: string): string {
  const safe = numeric ? (ENGLISH_NUMBER.test(value) ? value : inertNumericCell(value)) : inertCell(value);
  return /["\r\n]/.test(safe) || safe.includes(sep) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV, cell for cell: in French semicolon-separated with French decimals (what French
 * spreadsheets open directly), in English comma-separated with decimal points; UTF-8 with a
 * byte-order mark, CRLF line ends (RFC 4180).
 */
export function toCsv(table: TableData, lang: Lang = 'fr'): string {
  const sep = CSV_SEPARATOR[lang];
  const header = table.columns.map((c) => field(c.label, false, sep)).join(sep);
  const rows = table.rows.map((r) => r.cells.map((cell, i) => field(cell, table.columns[i]?.numeric ?? false, sep)).join(sep));
  return '\uFEFF' + [header, ...rows].join('\r\n') + '\r\n';
}

/** Inverse of `toCsv` (used by tests and to check downloads). */
export function parseCsv(text: string, sep = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Height to give the iframe before our script resizes it: chart plus title, notes and source. */
export function estimatedHeight(view: ChartView): number {
  return Math.round((view.svg?.wide.height ?? 60) + 260 + 24 * view.notes.length);
}

/**
 * The code a journalist pastes: a lazy iframe with a title and a fallback link, and our parent
 * script that resizes it (optional: without it the iframe keeps its initial height).
 */
export function iframeCode(opts: { src: string; title: string; height: number; scriptSrc: string; link: string }): string {
  return [
    `<iframe src="${esc(opts.src)}" title="${esc(opts.title)}" width="100%" height="${opts.height}" loading="lazy" style="border:0;width:100%;max-width:100%" data-atlas-ctai="">`,
    `<a href="${esc(opts.link)}">${esc(opts.title)}</a>`,
    `</iframe>`,
    `<script src="${esc(opts.scriptSrc)}" async></script>`,
  ].join('');
}

/** The static oEmbed response (type `rich`): https://oembed.com/#section2.3.4 */
export function oembedJson(opts: { title: string; html: string; height: number; providerUrl: string }) {
  return {
    version: '1.0',
    type: 'rich',
    title: opts.title,
    provider_name: 'Atlas CTAI',
    provider_url: opts.providerUrl,
    html: opts.html,
    width: 640,
    height: opts.height,
  };
}
