/**
 * What a spreadsheet of actions may weigh, checked before any parsing so that a huge or hostile
 * file is refused in a fraction of a second with a sentence the editor can act on, in the command
 * line, the build and the browser alike (a browser tab must never run out of memory on it).
 *
 * Real files are far below: the research's actions with every column fill a 30 kB .xlsx whose
 * sheet expands to about 200 kB.
 */
export const LIMITS = {
  /** The file as saved. */
  fileBytes: 10 * 1024 * 1024,
  /** A workbook (.xlsx, .ods are zip files): every part once inflated, all parts together. */
  inflatedBytes: 50 * 1024 * 1024,
  /** Parts of a zip workbook (a normal one has 10 to 30). */
  zipEntries: 2_000,
  /** Data rows (the header not counted). */
  rows: 5_000,
  /** Columns read from a sheet. */
  columns: 200,
  /** Characters of one cell (Excel itself stops at 32 767). */
  cellChars: 10_000,
  /** Rows searched for the header, from the top of each sheet (title rows above it are skipped). */
  headerSearchRows: 30,
} as const;

const MB = 1024 * 1024;
/** « 3,5 Mo » — sizes for messages, French style. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} octets`;
  if (n < MB) return `${Math.round(n / 1024)} ko`;
  return `${(n / MB).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

/** « 5 000 » with a narrow no-break space, as French typography wants. */
export const formatCount = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, '\u202f');
