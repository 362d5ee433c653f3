/**
 * The web fonts are subset to the characters the site prints (scripts/build-fonts.ts): this
 * fails when a built page prints a character that a source face has and its subset lacks (it
 * would be drawn in a fallback font, mid-word). Characters no source face has fall back anyway
 * and are not the subset's concern.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { FACES } from '../../scripts/build-fonts.ts';

const require = createRequire(import.meta.url);
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';

/** Code points of a WOFF2 font, read with HarfBuzz (the library subset-font itself runs). */
async function codePoints(woff2: Buffer): Promise<Set<number>> {
  const { convert } = require('fontverter') as { convert: (b: Buffer, to: string) => Promise<Buffer> };
  const hb = await (require('harfbuzzjs') as Promise<{
    createBlob: (b: ArrayBuffer) => { destroy: () => void };
    createFace: (blob: unknown, i: number) => { collectUnicodes: () => Uint32Array; destroy: () => void };
  }>);
  const sfnt = await convert(woff2, 'sfnt');
  const blob = hb.createBlob(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength) as ArrayBuffer);
  const face = hb.createFace(blob, 0);
  const set = new Set(face.collectUnicodes());
  face.destroy();
  blob.destroy();
  return set;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** The text a page prints: tags, scripts, styles and comments removed, entities decoded. */
export function printedText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? m),
    );
}

test('every character a built page prints is in the subset fonts (when the full face has it)', async () => {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('embed/') && !f.startsWith('og/'),
  );
  expect(pages.length).toBeGreaterThan(100);
  const printed = new Map<number, string>();
  for (const f of pages)
    for (const c of printedText(readFileSync(join(dist, f), 'utf8'))) {
      const cp = c.codePointAt(0)!;
      if (cp > 0x20 && !printed.has(cp)) printed.set(cp, f);
    }
  const subsetDir = 'src/assets/fonts';
  const missing: string[] = [];
  for (const face of FACES) {
    const full = await codePoints(readFileSync(face.source));
    const subset = await codePoints(readFileSync(join(subsetDir, face.out)));
    for (const [cp, page] of printed)
      if (full.has(cp) && !subset.has(cp))
        missing.push(
          `${face.out} : « ${String.fromCodePoint(cp)} » (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) dans ${page}`,
        );
  }
  expect(missing, 'relancez npm run fonts').toEqual([]);
  // The check itself sees French typography.
  for (const c of '«’é') expect(printed.has(c.codePointAt(0)!)).toBe(true);
});
