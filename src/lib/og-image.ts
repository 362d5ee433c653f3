/**
 * Open Graph images (1200×630 PNG) drawn at build time with satori (layout → SVG) and resvg
 * (SVG → PNG). Each image is cached under node_modules/.cache/og/ by a hash of its text and of
 * this template's version, so a rebuild only draws what changed (~60 ms an image otherwise).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export interface OgCard {
  /** Small line above the title (« Territoire · CTAIR · Auvergne-Rhône-Alpes »). */
  kicker: string;
  title: string;
  /** One or two lines under the title. */
  subtitle: string;
}

/** Bump when the drawing changes, to invalidate the cache. */
const TEMPLATE_VERSION = 3;
const CACHE_DIR = join('node_modules', '.cache', 'og');
const FONT_DIR = join('node_modules', '@fontsource', 'noto-sans', 'files');

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  // satori reads TTF, OTF and WOFF, not WOFF2.
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(join(FONT_DIR, `noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, children: (Node | string)[] | string): Node => ({
  type,
  props: { style, children },
});

function layout(card: OgCard): Node {
  const titleSize = card.title.length > 90 ? 44 : card.title.length > 50 ? 54 : 68;
  // Percent sizes add padding and borders in satori: the root has none; a flex child carries the padding.
  return el('div', { width: '100%', height: '100%', display: 'flex', background: '#fbfaf7', fontFamily: 'Noto Sans' }, [
    el('div', { width: 24, height: '100%', background: '#a4372a' }, []),
    el(
      'div',
      {
        flexGrow: 1,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 64px',
        color: '#1d1d1b',
      },
      [
        // The brand mark is drawn (a rotated square): Noto Sans Latin has no ◆ glyph.
        el('div', { display: 'flex', alignItems: 'center', gap: 14, fontSize: 28, fontWeight: 700, color: '#a4372a' }, [
          el('div', { width: 18, height: 18, background: '#a4372a', transform: 'rotate(45deg)' }, []),
          'Atlas CTAI',
        ]),
        el('div', { display: 'flex', flexDirection: 'column', gap: 18 }, [
          el('div', { display: 'flex', fontSize: 28, color: '#55534e' }, card.kicker),
          el('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.1 }, card.title),
          el('div', { display: 'flex', fontSize: 30, color: '#55534e', lineHeight: 1.3 }, card.subtitle),
        ]),
        el(
          'div',
          { display: 'flex', fontSize: 22, color: '#55534e', borderTop: '2px solid #d8d4ca', paddingTop: 16 },
          'Contrats territoriaux d’accueil et d’intégration · chaque fait avec sa source',
        ),
      ],
    ),
  ]);
}

export function ogCacheKey(card: OgCard): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: TEMPLATE_VERSION, card }))
    .digest('hex')
    .slice(0, 24);
}

export async function renderOgImage(card: OgCard): Promise<Uint8Array> {
  const path = join(CACHE_DIR, `${ogCacheKey(card)}.png`);
  if (existsSync(path)) return new Uint8Array(readFileSync(path));
  const svg = await satori(layout(card) as never, { width: 1200, height: 630, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(path, png);
  return new Uint8Array(png);
}

export function pngResponse(png: Uint8Array): Response {
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
