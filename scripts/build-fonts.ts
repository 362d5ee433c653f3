/**
 * `npm run fonts`: the site's faces, subset to the characters it can print, written to
 * src/assets/fonts/ (build output, never committed) for Vite to hash and serve.
 *
 * - Noto Sans 400 and 700, for text and for the maps' and charts' names, whose boxes are computed
 *   at build time with its metrics. Headings use the reader's own serif (global.css): a web serif
 *   cost 16 kB on every first visit for no information, and a system serif costs nothing.
 * - Characters: French typography (« » ’ œ Œ € — … and the narrow spaces), Basic Latin, and
 *   every character of content/, of the site's own strings (src/) and of the 2026 commune names
 *   the commune lookup prints. `tests/e2e/fonts.spec.ts` fails if a built page prints a
 *   character the source face has but the subset lacks.
 * - `fonts.css`: their @font-face rules, and a metric-matched fallback (Arial for Noto Sans, sized
 *   with @capsizecss/metrics) so text does not shift when the web fonts arrive.
 * - `fonts.json` beside them: the character set and sizes, read by tests and the bench.
 * `--if-current` does nothing when the output exists for the same characters (used by `npm run build`).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import subsetFont from 'subset-font';
import notoSans from '@capsizecss/metrics/notoSans';
import arial from '@capsizecss/metrics/arial';

const log = (m: string) => process.stderr.write(`${m}\n`);
const OUT = process.env.FONTS_OUT_DIR ?? 'src/assets/fonts';
const require = createRequire(import.meta.url);
const pkgFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

export const FACES = [
  {
    out: 'noto-sans-400.woff2',
    source: pkgFile('@fontsource/noto-sans', 'files/noto-sans-latin-400-normal.woff2'),
  },
  {
    out: 'noto-sans-700.woff2',
    source: pkgFile('@fontsource/noto-sans', 'files/noto-sans-latin-700-normal.woff2'),
  },
] as const;

/** Always kept: French typography and what the site's code writes without it being in the sources. */
const FRENCH = '«»‹›’‘“”„…–—−·•€°№ÀÂÄÆÇÉÈÊËÎÏÔŒÙÛÜŸàâäæçéèêëîïôœùûüÿ\u00A0\u202F\u2009\u2011';
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

function walk(dir: string, exts: RegExp, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, exts, out);
    else if (exts.test(name)) out.push(path);
  }
  return out;
}

/** Every character the site can print, sorted, without control characters. */
export function siteCharacters(): string {
  const chars = new Set<string>([...ASCII, ...FRENCH]);
  const add = (text: string) => {
    for (const c of text) if (!/\p{C}/u.test(c) || c === '\u00A0') chars.add(c);
  };
  const contentDir = process.env.CTAI_CONTENT_DIR ?? 'content';
  for (const f of [...walk(contentDir, /\.(json|mdx?|ya?ml|csv)$/), ...walk('src', /\.(astro|ts|md|json)$/)])
    add(readFileSync(f, 'utf8'));
  const communes = JSON.parse(readFileSync(pkgFile('@etalab/decoupage-administratif', 'data/communes.json'), 'utf8')) as {
    nom: string;
  }[];
  for (const c of communes) add(c.nom);
  return [...chars].sort().join('');
}

interface Metrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

/**
 * A local fallback face drawn at the web font's average width and vertical metrics (the formula
 * of fontaine and Capsize): the page lays out the same before and after the font swap.
 */
export function fallbackFace(family: string, locals: string[], font: Metrics, fallback: Metrics): string {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const pct = (v: number) => `${((v / (font.unitsPerEm * sizeAdjust)) * 100).toFixed(2)}%`;
  return [
    '@font-face {',
    `  font-family: '${family}';`,
    `  src: ${locals.map((l) => `local('${l}')`).join(', ')};`,
    `  size-adjust: ${(sizeAdjust * 100).toFixed(2)}%;`,
    `  ascent-override: ${pct(font.ascent)};`,
    `  descent-override: ${pct(Math.abs(font.descent))};`,
    `  line-gap-override: ${pct(font.lineGap)};`,
    '}',
  ].join('\n');
}

const face = (family: string, file: string, weight: string) =>
  [
    '@font-face {',
    `  font-family: '${family}';`,
    `  src: url('./${file}') format('woff2');`,
    `  font-weight: ${weight};`,
    '  font-style: normal;',
    '  font-display: swap;',
    '}',
  ].join('\n');

function fontsCss(): string {
  return [
    '/* Written by scripts/build-fonts.ts (npm run fonts): do not edit. */',
    face('Noto Sans', 'noto-sans-400.woff2', '400'),
    face('Noto Sans', 'noto-sans-700.woff2', '700'),
    fallbackFace('Noto Sans fallback', ['Arial', 'Helvetica', 'Liberation Sans'], notoSans, arial),
    '',
  ].join('\n\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'if-current': { type: 'boolean', default: false } } });
  const text = siteCharacters();
  // Up to date when the character set has not changed (content edits can add characters).
  if (values['if-current'] && existsSync(join(OUT, 'fonts.json'))) {
    const previous = JSON.parse(readFileSync(join(OUT, 'fonts.json'), 'utf8')) as { characters: string };
    if (previous.characters === text) return;
  }
  const tmp = `${OUT}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const sizes: Record<string, { source: number; subset: number }> = {};
  for (const face of FACES) {
    const source = readFileSync(face.source);
    const subset = await subsetFont(source, text, { targetFormat: 'woff2' });
    writeFileSync(join(tmp, face.out), subset);
    sizes[face.out] = { source: source.length, subset: subset.length };
  }
  writeFileSync(join(tmp, 'fonts.css'), fontsCss());
  writeFileSync(join(tmp, 'fonts.json'), JSON.stringify({ characters: text, sizes }, null, 2) + '\n');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(dirname(OUT), { recursive: true });
  renameSync(tmp, OUT);
  log(`Polices écrites dans ${OUT} (${[...text].length} caractères) :`);
  for (const [name, s] of Object.entries(sizes))
    log(`  ${name.padEnd(26)} ${(s.source / 1024).toFixed(1).padStart(6)} kB → ${(s.subset / 1024).toFixed(1)} kB`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e: unknown) => {
    log(`Erreur (npm run fonts) : ${(e as Error).message}`);
    process.exit(1);
  });
