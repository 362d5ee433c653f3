/**
 * PNG rendering at build time with resvg (Node only). resvg reads TrueType/OpenType, and
 * @fontsource ships WOFF: the WOFF tables are inflated back into a plain font file once, in a cache.
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** WOFF 1.0 → SFNT (https://www.w3.org/TR/WOFF/#WOFFHeader): same tables, uncompressed, 4-byte aligned. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('ascii', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    const tag = woff.readUInt32BE(o);
    const offset = woff.readUInt32BE(o + 4);
    const compLength = woff.readUInt32BE(o + 8);
    const origLength = woff.readUInt32BE(o + 12);
    const checksum = woff.readUInt32BE(o + 16);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw };
  });
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    header.writeUInt32BE(t.tag, o);
    header.writeUInt32BE(t.checksum, o + 4);
    header.writeUInt32BE(offset, o + 8);
    header.writeUInt32BE(t.data.length, o + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

let fontFiles: string[] | undefined;

/** Noto Sans regular and bold (latin), converted once into node_modules/.cache. */
function fonts(): string[] {
  if (fontFiles) return fontFiles;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  const cache = join(process.cwd(), 'node_modules', '.cache', 'atlas-charts-fonts');
  mkdirSync(cache, { recursive: true });
  fontFiles = ['400', '700'].map((weight) => {
    const out = join(cache, `noto-sans-latin-${weight}-normal.ttf`);
    if (!existsSync(out)) writeFileSync(out, woffToSfnt(readFileSync(join(dir, `noto-sans-latin-${weight}-normal.woff`))));
    return out;
  });
  return fontFiles;
}

/** Renders a standalone SVG to PNG at twice its size (sharp on high-density screens and in print). */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
