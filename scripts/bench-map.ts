/**
 * Measures what the map page costs a reader: JavaScript fetched before any interaction on
 * /carte/ (wide screen and a 360 px phone; MapLibre waits for the first exploring gesture on
 * both), and the MapLibre chunks. Sizes are gzip -9 of the built files (the preview server
 * does not compress). Usage, after `npm run build`: `node scripts/bench-map.ts [port]`;
 * prints Markdown for docs/benchmarks-map.md.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './lib/chromium.ts';

const port = Number(process.argv[2] ?? 4331);
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const origin = `http://127.0.0.1:${port}`;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const fileOf = (url: string) => join(dist, decodeURIComponent(new URL(url).pathname));

const server = spawn(process.execPath, ['scripts/serve.ts', dist, String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });

const readyTimes: number[] = [];
async function scripts(width: number, height: number): Promise<{ url: string; raw: number; gzip: number }[]> {
  const page = await browser.newPage({ viewport: { width, height } });
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) urls.push(r.url());
  });
  await page.goto(`${origin}/carte/`, { waitUntil: 'load' });
  // Idle time with no interaction: whatever loads now loads without the reader asking.
  await page.waitForTimeout(4000);
  const before = [...new Set(urls)];
  if (width > 1000) {
    // The first gesture: « Explorer la carte ».
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Explorer la carte' }).click();
    await page
      .waitForSelector('[data-map-ready]', { state: 'attached', timeout: 30_000 })
      .then(() => readyTimes.push(Date.now() - t0))
      .catch(() => undefined);
  }
  await page.close();
  return before.map((url) => ({
    url: new URL(url).pathname,
    raw: statSync(fileOf(url)).size,
    gzip: gz(fileOf(url)),
  }));
}

const wide = await scripts(1280, 900);
const phone = await scripts(360, 740);
await browser.close();
server.kill();

const table = (rows: { url: string; raw: number; gzip: number }[]) =>
  [
    '| file | raw | gzip |',
    '| --- | ---: | ---: |',
    ...rows.map((r) => `| \`${r.url}\` | ${kb(r.raw)} | ${kb(r.gzip)} |`),
    `| **total** | ${kb(rows.reduce((n, r) => n + r.raw, 0))} | **${kb(rows.reduce((n, r) => n + r.gzip, 0))}** |`,
  ].join('\n');
const assets = readdirSync(join(dist, '_astro')).filter((f) => /maplibre/.test(f));
const html = join(dist, 'carte/index.html');
console.log(`### /carte/ at 1280 × 900 (no gesture: MapLibre not loaded)\n\n${table(wide)}\n`);
console.log(`### /carte/ at 360 × 740 (no gesture: MapLibre not loaded)\n\n${table(phone)}\n`);
console.log(
  `### MapLibre chunks (loaded on demand)\n\n| file | raw | gzip |\n| --- | ---: | ---: |\n${assets
    .map((f) => `| \`${f}\` | ${kb(statSync(join(dist, '_astro', f)).size)} | ${kb(gz(join(dist, '_astro', f)))} |`)
    .join('\n')}\n`,
);
console.log(
  `« Explorer la carte » → MapLibre map drawn (\`data-map-ready\`), 1280 px: ${readyTimes.map((t) => `${t} ms`).join(', ') || 'not reached'}.\n`,
);
console.log(
  `HTML of /carte/ (inline SVG map included): ${kb(statSync(html).size)} raw, ${kb(gz(html))} gzip; /data/map.json: ${kb(gz(join(dist, 'data/map.json')))} gzip.`,
);
