/**
 * The Content-Type of every kind of file the site serves, by extension: what scripts/serve.ts
 * sends, what the hosting recipes (scripts/hosting-recipes.ts) add to the servers' own maps, and
 * what the hosting tests expect from nginx, Apache and Caddy.
 */
export const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  // The editors' template workbook (/admin/modele-actions.xlsx).
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  // Pagefind's index and its WebAssembly (gzipped, read by pagefind.js with fetch(), never by the
  // browser directly): any type works, they only must reach the script unaltered.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Types that stock server maps lack or get wrong (nginx's mime.types has no .geojson, .pbf, .csv,
 * .topojson, .webmanifest; Debian's /etc/mime.types, read by Apache and Caddy, has no .pbf nor
 * .topojson; older ones lack .wasm and .geojson): the recipes declare these themselves.
 */
export const RECIPE_TYPES = ['.geojson', '.topojson', '.pbf', '.csv', '.webmanifest', '.wasm'] as const;

/** Text types the recipes label `charset=utf-8` (HTML aside, which every server labels from its map). */
export const UTF8_EXTENSIONS = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.geojson',
  '.topojson',
  '.webmanifest',
  '.csv',
  '.xml',
  '.txt',
  '.svg',
];

/**
 * Pagefind's files: fetched and decompressed by pagefind.js, never shown by the browser, so any
 * Content-Type works (Caddy sniffs application/x-gzip); they only must arrive unaltered.
 */
export const OPAQUE_EXTENSIONS = new Set(['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']);

/** Media type without parameters: `text/csv; charset=utf-8` → `text/csv`. */
export const essence = (type: string) => type.split(';')[0]!.trim().toLowerCase();

/**
 * Types sent compressed (gzip): the text ones, the same as UTF8_EXTENSIONS. Fonts, images and
 * Pagefind's files are compressed already. Used by scripts/serve.ts and the hosting recipes.
 */
export const COMPRESSED_TYPES: readonly string[] = [...new Set(UTF8_EXTENSIONS.map((e) => essence(MEDIA_TYPES[e]!)))];
