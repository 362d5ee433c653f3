/**
 * `npm run bench`: measures the built site and writes docs/benchmarks.md and docs/benchmarks.json,
 * each figure with the machine and the date. Measurements only; the checks live in `npm test`.
 *
 * - Build time and peak memory (max RSS of the build process) for the real content and synthetic
 *   content at 10× and 100× (scripts/make-synthetic.ts, under .tmp/).
 * - Per page template (home, map, territory, action, article, embed; « absent » when the build has
 *   none): bytes transferred gzip-compressed by kind, JavaScript loaded and executed before any
 *   interaction, first paint, Lighthouse scores on the mobile preset (median of 3 runs).
 * - The map on intent: MapLibre bytes before any gesture (target 0), time from a first wheel gesture
 *   to the MapLibre map (`[data-map-ready]`), the bytes that gesture brings (MapLibre, geometry).
 * - Font bytes, basemap sizes (TopoJSON), commune lookup index size and first-answer time, and
 *   the time to the first search result.
 * - Budgets, reported pass/fail.
 *
 * Options: --quick (1 Lighthouse run, no 100× build), --no-100x (3 Lighthouse runs, no 100× build), --no-lighthouse. Env: BENCH_PORT (4362),
 * BENCH_BUILD_TIMEOUT_S (900), BENCH_NODE_OPTIONS (e.g. --max-old-space-size=12288 for the 100× build), BENCH_NOTE.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpus, totalmem, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { makeSynthetic } from './make-synthetic.ts';
import { makeSyntheticReleases } from './make-synthetic-releases.ts';
import { CHROME_ARGS, CHROME_PATH as CHROME } from './lib/chromium.ts';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-100x': { type: 'boolean', default: false },
  },
});
const PORT = Number(process.env.BENCH_PORT ?? 4362);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const NODE = resolve('node_modules/.bin/node');
const log = (m: string) => process.stderr.write(`${m}\n`);
const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ---------- machine ----------
function machine() {
  const chromiumVersion = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'inconnu',
    ramGB: Math.round(totalmem() / 1024 ** 3),
    kernel: release(),
    node: process.version,
    chromium: chromiumVersion,
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'inconnu',
    /** What was measured, when not simply this checkout (e.g. a merge of branches). */
    note: process.env.BENCH_NOTE ?? '',
  };
}

// ---------- builds ----------
interface BuildFigure {
  label: string;
  territories: number;
  actions: number;
  articles: number;
  pages: number;
  seconds: number;
  peakMB: number;
  ok: boolean;
  error?: string;
}

/** Builds in a child process that reports its own wall time and max RSS. */
function measureBuild(
  label: string,
  contentDir: string,
  outDir: string,
  geoDir?: string,
  env: Record<string, string> = {},
): BuildFigure {
  const script = [
    "import { build } from 'astro';",
    'const t = performance.now();',
    'await build({ root: process.cwd(), logLevel: "error" });',
    'process.stderr.write("BENCH " + JSON.stringify({ ms: performance.now() - t, maxRSS: process.resourceUsage().maxRSS }) + "\\n");',
  ].join('\n');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const r = spawnSync(NODE, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CTAI_CONTENT_DIR: contentDir,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: `${outDir}-cache`,
      ...(geoDir ? { GEO_OUT_DIR: geoDir } : {}),
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
    // A build that outgrows the machine is reported as such rather than blocking the bench.
    timeout: Number(process.env.BENCH_BUILD_TIMEOUT_S ?? 900) * 1000,
  });
  const count = (dir: string, re: RegExp) =>
    existsSync(join(contentDir, dir)) ? readdirSync(join(contentDir, dir)).filter((f) => re.test(f)).length : 0;
  const base = {
    label,
    territories: count('territories', /\.json$/),
    actions: count('actions', /\.json$/),
    articles: count('articles', /\.mdx?$/),
  };
  const line = /BENCH (\{.*\})/.exec(r.stderr)?.[1];
  if (r.status !== 0 || !line) {
    const output = `${r.stdout}\n${r.stderr}`;
    const error = r.error
      ? `arrêtée après ${process.env.BENCH_BUILD_TIMEOUT_S ?? 900} s`
      : /heap out of memory|Reached heap limit/i.test(output)
        ? 'mémoire de Node épuisée (augmentez-la avec BENCH_NODE_OPTIONS=--max-old-space-size=…)'
        : output.split('\n').filter(Boolean).slice(-3).join(' ').slice(0, 300);
    return { ...base, pages: 0, seconds: 0, peakMB: 0, ok: false, error };
  }
  const { ms, maxRSS } = JSON.parse(line) as { ms: number; maxRSS: number };
  // Counted in-process: a `find` listing overflows spawnSync's 1 MB buffer past ~12,000 pages.
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  return { ...base, pages, seconds: Math.round(ms / 100) / 10, peakMB: Math.round(maxRSS / 1024), ok: true };
}

// ---------- pages ----------
// The English edition (/en/) is held to the French pages' budgets: its templates are measured too.
const TEMPLATES = [
  'accueil',
  'carte',
  'territoire',
  'action',
  'article',
  'embed',
  'accueil-en',
  'carte-en',
  'territoire-en',
  'action-en',
  'embed-en',
] as const;
type Template = (typeof TEMPLATES)[number];

function templatePaths(dist: string): Record<Template, string | null> {
  const sitemap = existsSync(join(dist, 'sitemap-0.xml')) ? readFileSync(join(dist, 'sitemap-0.xml'), 'utf8') : '';
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const first = (re: RegExp) => paths.find((p) => re.test(p)) ?? null;
  const firstEmbed = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .sort()
          .find((d) => existsSync(join(dir, d, 'index.html')))
      : undefined;
  const embed = firstEmbed(join(dist, 'embed'));
  const embedEn = firstEmbed(join(dist, 'en', 'embed'));
  const page = (file: string, path: string) => (existsSync(join(dist, file)) ? path : null);
  return {
    accueil: existsSync(join(dist, 'index.html')) ? '/' : null,
    carte: existsSync(join(dist, 'carte/index.html')) ? '/carte/' : null,
    territoire: first(/^\/territoires\/[^/]+\/$/),
    action: first(/^\/actions\/[^/]+\/$/),
    article: first(/^\/articles\/[^/]+\/$/),
    embed: embed ? `/embed/${embed}/` : null,
    'accueil-en': page('en/index.html', '/en/'),
    'carte-en': page('en/map/index.html', '/en/map/'),
    'territoire-en': first(/^\/en\/territories\/(?!kind\/)[^/]+\/$/),
    'action-en': first(/^\/en\/actions\/[^/]+\/$/),
    'embed-en': embedEn ? `/en/embed/${embedEn}/` : null,
  };
}

type Kind = 'html' | 'css' | 'js' | 'data' | 'fonts' | 'images' | 'other';
interface PageFigure {
  path: string;
  gzipBytes: Record<Kind, number>;
  totalGzip: number;
  totalWithoutFonts: number;
  jsRawBytes: number;
  scriptMs: number;
  firstPaintMs: number | null;
  maplibreFirstByteMs: number | null;
  /** Compressed MapLibre bytes (JS, CSS, worker) loaded without any interaction. */
  maplibreGzip: number;
  requests: number;
}

function kindOf(resourceType: string, url: string, contentType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script' || /javascript/.test(contentType)) return 'js';
  if (resourceType === 'font') return 'fonts';
  if (resourceType === 'image') return 'images';
  if (/json|geo|protobuf|wasm|csv|octet/.test(contentType) || /\.(json|geojson|pbf|pf_\w+|wasm|csv)$/.test(url)) return 'data';
  return 'other';
}

async function measurePage(browser: Browser, path: string): Promise<PageFigure> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const pending: Promise<{ kind: Kind; size: number; raw: number; maplibre: boolean }>[] = [];
  page.on('response', (res) => {
    const req = res.request();
    const maplibre = /maplibre/i.test(res.url());
    pending.push(
      res
        .body()
        .then((body) => ({
          kind: kindOf(req.resourceType(), res.url(), res.headers()['content-type'] ?? ''),
          size: gzipSync(body).length,
          raw: body.length,
          maplibre,
        }))
        .catch(() => ({ kind: 'other' as Kind, size: 0, raw: 0, maplibre })),
    );
  });
  await page.goto(ORIGIN + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  const items = await Promise.all(pending);
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const scriptSeconds = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null,
    maplibre:
      performance
        .getEntriesByType('resource')
        .filter((e) => /maplibre/i.test(e.name))
        .map((e) => (e as PerformanceResourceTiming).responseStart || e.startTime)
        .sort((a, b) => a - b)[0] ?? null,
  }));
  await context.close();
  const gzipBytes: Record<Kind, number> = { html: 0, css: 0, js: 0, data: 0, fonts: 0, images: 0, other: 0 };
  let jsRawBytes = 0;
  let maplibreGzip = 0;
  for (const it of items) {
    gzipBytes[it.kind] += it.size;
    if (it.kind === 'js') jsRawBytes += it.raw;
    if (it.maplibre) maplibreGzip += it.size;
  }
  const totalGzip = Object.values(gzipBytes).reduce((s, n) => s + n, 0);
  return {
    path,
    gzipBytes,
    totalGzip,
    totalWithoutFonts: totalGzip - gzipBytes.fonts,
    jsRawBytes,
    scriptMs: Math.round(scriptSeconds * 1000),
    firstPaintMs: timing.paint === null ? null : Math.round(timing.paint),
    maplibreFirstByteMs: timing.maplibre === null ? null : Math.round(timing.maplibre),
    maplibreGzip,
    requests: items.length,
  };
}

interface MapIntentFigure {
  /** First wheel over the SVG map → MapLibre has drawn (`[data-map-ready]`), 1366 × 900. */
  gestureToMapMs: number | null;
  /** What that gesture fetches, compressed: MapLibre (JS, CSS, worker), geometry, everything. */
  maplibreGzip: number;
  geometryGzip: number;
  totalGzip: number;
}

/** The reader's first gesture: a wheel over the static map, then MapLibre takes over. */
async function mapOnIntent(browser: Browser, path: string): Promise<MapIntentFigure | null> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const sizes: Promise<{ url: string; size: number }>[] = [];
  let armed = false;
  page.on('response', (res) => {
    if (armed)
      sizes.push(
        res.body().then(
          (b) => ({ url: res.url(), size: gzipSync(b).length }),
          () => ({ url: res.url(), size: 0 }),
        ),
      );
  });
  try {
    await page.goto(ORIGIN + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    const box = await page.locator('.france-map-svg').first().boundingBox();
    if (!box) return null;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    armed = true;
    const t0 = Date.now();
    await page.mouse.wheel(0, -300);
    await page.waitForSelector('[data-map-ready]', { state: 'attached', timeout: 30_000 });
    const gestureToMapMs = Date.now() - t0;
    const items = await Promise.all(sizes);
    const sum = (re: RegExp) => items.filter((it) => re.test(it.url)).reduce((n, it) => n + it.size, 0);
    return {
      gestureToMapMs,
      maplibreGzip: sum(/maplibre/i),
      geometryGzip: sum(/\/geo\//),
      totalGzip: items.reduce((n, it) => n + it.size, 0),
    };
  } catch (e) {
    log(`  carte au geste : ${(e as Error).message}`);
    return null;
  } finally {
    await context.close();
  }
}

interface CommuneFigure {
  /** Typing « Villeurbanne » → the answer in the live region (debounce included). */
  firstAnswerMs: number;
  /** Compressed bytes the first answer fetched (index + shard). */
  fetchedGzip: number;
  /** On disk, compressed: the whole index, its entry point and its largest shard. */
  totalGzip: number;
  entryGzip: number;
  largestShardGzip: number;
  shards: number;
}

async function communeLookup(browser: Browser, dist: string): Promise<CommuneFigure | null> {
  const dir = join(dist, 'data/communes');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f))).length;
  const shardSizes = files.filter((f) => f !== 'index.json').map(gz);
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const fetched: Promise<number>[] = [];
  page.on('response', (res) => {
    if (/\/data\/communes\//.test(res.url()))
      fetched.push(
        res.body().then(
          (b) => gzipSync(b).length,
          () => 0,
        ),
      );
  });
  try {
    await page.goto(`${ORIGIN}/carte/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    const field = page.getByRole('combobox', { name: 'Ma commune est-elle concernée' });
    const t0 = Date.now();
    await field.fill('Villeurbanne');
    await page
      .getByRole('option', { name: /^Villeurbanne/ })
      .first()
      .waitFor();
    await field.press('Enter');
    await page.locator('[data-commune-answer]', { hasText: 'Villeurbanne' }).first().waitFor();
    const firstAnswerMs = Date.now() - t0;
    return {
      firstAnswerMs,
      fetchedGzip: (await Promise.all(fetched)).reduce((n, x) => n + x, 0),
      totalGzip: files.map(gz).reduce((n, x) => n + x, 0),
      entryGzip: gz('index.json'),
      largestShardGzip: Math.max(...shardSizes),
      shards: shardSizes.length,
    };
  } catch (e) {
    log(`  commune : ${(e as Error).message}`);
    return null;
  } finally {
    await page.close();
  }
}

/** Compressed size of the geometry MapLibre reads (written by `npm run geo`). */
function geometryFiles(dist: string): { name: string; gzip: number }[] {
  return ['basemap.topojson', 'territories.topojson']
    .filter((f) => existsSync(join(dist, 'geo', f)))
    .map((f) => ({ name: f, gzip: gzipSync(readFileSync(join(dist, 'geo', f))).length }));
}

/** Pagefind through its JS API, as the search page uses it: import, init, search, first result's data. */
async function searchMs(browser: Browser): Promise<{ firstResultMs: number; fromNavigationMs: number } | null> {
  const page = await browser.newPage();
  try {
    await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      const t0 = performance.now();
      const pf = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as {
        init: () => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      await pf.init();
      const s = await pf.search('logement');
      await s.results[0]!.data();
      const t1 = performance.now();
      return { firstResultMs: Math.round(t1 - t0), fromNavigationMs: Math.round(t1) };
    });
  } catch (e) {
    log(`  recherche : ${(e as Error).message}`);
    return null;
  } finally {
    await page.close();
  }
}

interface LighthouseFigure {
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

function lighthouse(path: string, runs: number, tag: string): LighthouseFigure | null {
  const scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number[]> = {
    performance: [],
    accessibility: [],
    'best-practices': [],
    seo: [],
  };
  // Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART): up to two extra attempts.
  for (let i = 0; i < runs + 2 && scores.performance.length < runs; i++) {
    const out = resolve(`.tmp/lh-${tag}-${i}.json`);
    const r = spawnSync(
      resolve('node_modules/.bin/lighthouse'),
      [
        ORIGIN + path,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${CHROME_ARGS.join(' ')}`,
      ],
      { encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROME }, timeout: 120_000 },
    );
    if (r.status !== 0 || !existsSync(out)) {
      log(`  Lighthouse ${path} : échec (${r.stderr.split('\n').slice(-2).join(' ')})`);
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number | null }> };
    for (const k of Object.keys(scores) as (keyof typeof scores)[])
      scores[k].push(Math.round((report.categories[k]?.score ?? 0) * 100));
    rmSync(out, { force: true });
  }
  if (scores.performance.length === 0) return null;
  return {
    runs: scores.performance.length,
    performance: median(scores.performance),
    accessibility: median(scores.accessibility),
    bestPractices: median(scores['best-practices']),
    seo: median(scores.seo),
  };
}

// ---------- budgets ----------
interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean | null;
}

function budgets(
  pages: Partial<Record<Template, PageFigure>>,
  lh: Partial<Record<Template, LighthouseFigure | null>>,
  geometry: { name: string; gzip: number }[],
): Budget[] {
  const out: Budget[] = [];
  const weight = (t: Template, label: string, limit: number) => {
    const p = pages[t];
    out.push({
      name: `Page ${label} : octets compressés avant interaction, polices comprises`,
      limit: `≤ ${limit} kB`,
      measured: p ? `${kB(p.totalGzip)} kB` : 'absent',
      pass: p ? p.totalGzip <= limit * 1024 : null,
    });
  };
  weight('carte', '/carte/', 250);
  weight('accueil', '/', 80);
  weight('carte-en', '/en/map/', 250);
  weight('accueil-en', '/en/', 80);
  const carte = pages.carte;
  out.push({
    name: 'Carte : octets MapLibre avant le premier geste',
    limit: '0',
    measured: carte ? `${kB(carte.maplibreGzip)} kB` : 'absent',
    pass: carte ? carte.maplibreGzip === 0 : null,
  });
  const fonts = Math.max(0, ...Object.values(pages).map((p) => p.gzipBytes.fonts));
  out.push({
    name: 'Polices d’une première visite (page qui en charge le plus)',
    limit: '≤ 45 kB',
    measured: `${kB(fonts)} kB`,
    pass: fonts <= 45 * 1024,
  });
  const basemap = geometry.find((g) => g.name === 'basemap.topojson');
  out.push({
    name: 'Fond de carte MapLibre (toutes couches, TopoJSON)',
    limit: '≤ 80 kB',
    measured: basemap ? `${kB(basemap.gzip)} kB` : 'absent',
    pass: basemap ? basemap.gzip <= 80 * 1024 : null,
  });
  for (const t of ['accueil', 'carte', 'accueil-en', 'carte-en'] as const) {
    const l = lh[t];
    out.push({
      name: `Lighthouse ${t} : performance (objectif de la carte d’abord)`,
      limit: '≥ 98',
      measured: !pages[t] ? 'absent' : l ? String(l.performance) : 'non mesuré',
      pass: pages[t] && l ? l.performance >= 98 : null,
    });
  }
  const embed = pages.embed;
  out.push({
    name: 'Page embed : octets compressés hors polices',
    limit: '< 30 kB',
    measured: embed ? `${kB(embed.totalWithoutFonts)} kB` : 'absent',
    pass: embed ? embed.totalWithoutFonts < 30 * 1024 : null,
  });
  for (const t of ['article', 'territoire'] as const) {
    const p = pages[t];
    out.push({
      name: `Page ${t} : JavaScript (compressé)`,
      limit: '< 50 kB',
      measured: p ? `${kB(p.gzipBytes.js)} kB` : 'absent',
      pass: p ? p.gzipBytes.js < 50 * 1024 : null,
    });
  }
  const map = pages.carte;
  out.push({
    name: 'Carte : premier rendu avant tout octet MapLibre',
    limit: 'FCP < 1er octet MapLibre',
    measured: map
      ? `FCP ${map.firstPaintMs ?? '?'} ms ; MapLibre ${map.maplibreFirstByteMs === null ? 'non chargé avant interaction' : `${map.maplibreFirstByteMs} ms`}`
      : 'absent',
    pass: map
      ? map.firstPaintMs !== null && (map.maplibreFirstByteMs === null || map.firstPaintMs < map.maplibreFirstByteMs)
      : null,
  });
  for (const t of TEMPLATES) {
    const l = lh[t];
    const present = !!pages[t];
    out.push({
      name: `Lighthouse ${t} : performance`,
      limit: '≥ 95',
      measured: !present ? 'absent' : l ? String(l.performance) : 'non mesuré',
      pass: present && l ? l.performance >= 95 : null,
    });
    out.push({
      name: `Lighthouse ${t} : accessibilité`,
      limit: '= 100',
      measured: !present ? 'absent' : l ? String(l.accessibility) : 'non mesuré',
      pass: present && l ? l.accessibility === 100 : null,
    });
  }
  return out;
}

// ---------- report ----------
function markdown(report: Report): string {
  const m = report.machine;
  const verdict = (b: boolean | null) => (b === null ? '—' : b ? '✅ respecté' : '❌ dépassé');
  const lines = [
    '# Mesures de performance',
    '',
    `Produit par \`npm run bench\` (scripts/bench.ts) le ${m.date.slice(0, 10)} à ${m.date.slice(11, 16)} UTC.`,
    '',
    `Machine : ${m.cpus} cœurs (${m.cpuModel}), ${m.ramGB} Go de RAM, Linux ${m.kernel}, Node ${m.node}, ${m.chromium}.`,
    `Code mesuré : commit \`${m.commit}\`${m.note ? ` (${m.note})` : ''}.`,
    'Ces chiffres valent pour cette machine et cette date ; relancez `npm run bench` pour les vôtres.',
    '',
    '## Budgets',
    '',
    '| Budget | Limite | Mesure | Verdict |',
    '| --- | --- | --- | --- |',
    ...report.budgets.map((b) => `| ${b.name} | ${b.limit} | ${b.measured} | ${verdict(b.pass)} |`),
    '',
    '« absent » : le build mesuré n’a pas (encore) de page de ce type.',
    '',
    '## Poids par type de page',
    '',
    'Octets transférés compressés (gzip de chaque réponse, en kB) au chargement, sans interaction, dans une fenêtre mobile',
    '(412 × 823) ; « JS exécuté » = temps de script du fil principal (Chromium, `ScriptDuration`) jusqu’au repos du réseau.',
    '',
    '| Page | Chemin | HTML | CSS | JS | Données | Polices | Images | Total | Total hors polices | JS brut | JS exécuté | Premier rendu |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...TEMPLATES.map((t) => {
      const p = report.pages[t];
      if (!p) return `| ${t} | absent | | | | | | | | | | | |`;
      const g = p.gzipBytes;
      return `| ${t} | \`${p.path}\` | ${kB(g.html)} | ${kB(g.css)} | ${kB(g.js)} | ${kB(g.data)} | ${kB(g.fonts)} | ${kB(g.images + g.other)} | ${kB(p.totalGzip)} | ${kB(p.totalWithoutFonts)} | ${kB(p.jsRawBytes)} | ${p.scriptMs} ms | ${p.firstPaintMs ?? '?'} ms |`;
    }),
    '',
    `## Lighthouse (préréglage mobile, médiane de ${report.lighthouseRuns} passage${report.lighthouseRuns > 1 ? 's' : ''})`,
    '',
    '| Page | Performance | Accessibilité | Bonnes pratiques | SEO |',
    '| --- | --- | --- | --- | --- |',
    ...TEMPLATES.map((t) => {
      const l = report.lighthouse[t];
      if (!report.pages[t]) return `| ${t} | absent | | | |`;
      if (!l) return `| ${t} | non mesuré | | | |`;
      return `| ${t} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`;
    }),
    '',
    '## Interactivité',
    '',
    ...mapLines(report),
    `- Recherche (Pagefind, « logement ») : ${report.search ? `${report.search.firstResultMs} ms de la requête au premier résultat (${report.search.fromNavigationMs} ms depuis la navigation)` : 'non mesurée'}.`,
    '',
    '## Construction du site selon le volume de contenu',
    '',
    'Temps de `astro build` (sans Pagefind ni géométrie, préparée avant par `npm run geo`) et pic de mémoire du processus',
    '(max RSS), cache vide.',
    'Le contenu synthétique (×10, ×100) est le contenu réel plus des copies marquées « [SYNTHÉTIQUE] » (identifiants',
    '`synthetique-…`), générées sous `.tmp/` par `scripts/make-synthetic.ts`.',
    '',
    '| Contenu | Territoires | Actions | Articles | Pages HTML | Durée | Pic mémoire |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...report.builds.map((b) =>
      b.ok
        ? `| ${b.label} | ${b.territories} | ${b.actions} | ${b.articles} | ${b.pages} | ${b.seconds} s | ${b.peakMB} Mo |`
        : `| ${b.label} | ${b.territories} | ${b.actions} | ${b.articles} | échec | — | — |`,
    ),
    ...report.builds.filter((b) => !b.ok).map((b) => `\nÉchec de la construction « ${b.label} » : ${b.error}`),
    '',
    '## À lire aussi',
    '',
    '- Le SEO Lighthouse de la page embed est bas par construction : les pages `/embed/` portent `noindex`, pour ne pas',
    '  concurrencer dans les moteurs de recherche l’article qui les intègre.',
    '- `docs/benchmarks-map.md` : le détail de la carte (fichiers chargés selon la largeur d’écran, MapLibre à la demande),',
    '  mesuré par `node scripts/bench-map.ts`.',
    '- `docs/benchmarks-charts.md` : le détail des graphiques et des pages embed (poids par graphique, fichiers exportés).',
    '',
  ];
  return lines.join('\n');
}

function mapLines(report: Report): string[] {
  const i = report.mapIntent;
  const c = report.commune;
  const carte = report.pages.carte;
  return [
    `- /carte/ sans interaction : ${carte ? `${kB(carte.maplibreGzip)} kB de MapLibre, ${kB(carte.gzipBytes.fonts)} kB de polices, ${kB(carte.totalGzip)} kB en tout` : 'absent'}.`,
    `- Premier geste (molette sur la carte SVG, 1366 × 900) → carte MapLibre dessinée (\`[data-map-ready]\`) : ${i?.gestureToMapMs != null ? `${i.gestureToMapMs} ms ; ce geste charge ${kB(i.maplibreGzip)} kB de MapLibre et ${kB(i.geometryGzip)} kB de géométrie (${kB(i.totalGzip)} kB en tout)` : 'non mesuré'}.`,
    `- Géométrie lue par MapLibre (TopoJSON quantifié, compressé) : ${report.geometry.map((g) => `\`${g.name}\` ${kB(g.gzip)} kB`).join(', ') || 'absente'}.`,
    `- « Ma commune est-elle concernée ? » (« Villeurbanne ») : ${c ? `première réponse en ${c.firstAnswerMs} ms (saisie comprise, ${kB(c.fetchedGzip)} kB chargés) ; index complet ${kB(c.totalGzip)} kB compressés en ${c.shards} morceaux (entrée ${kB(c.entryGzip)} kB, plus gros morceau ${kB(c.largestShardGzip)} kB)` : 'non mesurée'}.`,
  ];
}

interface Report {
  machine: ReturnType<typeof machine>;
  builds: BuildFigure[];
  pages: Partial<Record<Template, PageFigure>>;
  lighthouse: Partial<Record<Template, LighthouseFigure | null>>;
  lighthouseRuns: number;
  mapIntent: MapIntentFigure | null;
  commune: CommuneFigure | null;
  geometry: { name: string; gzip: number }[];
  search: { firstResultMs: number; fromNavigationMs: number } | null;
  budgets: Budget[];
}

async function serve(dist: string): Promise<ChildProcess> {
  const child = spawn(NODE, ['scripts/serve.ts', dist, String(PORT)], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((ready, fail) => {
    child.stderr!.on('data', (d: Buffer) => d.toString().includes('Site servi') && ready());
    child.on('exit', (code) => fail(new Error(`serveur arrêté (code ${code})`)));
  });
  return child;
}

async function main(): Promise<void> {
  mkdirSync('.tmp', { recursive: true });
  const report: Report = {
    machine: machine(),
    builds: [],
    pages: {},
    lighthouse: {},
    lighthouseRuns: opts['no-lighthouse'] ? 0 : opts.quick ? 1 : 3,
    mapIntent: null,
    commune: null,
    geometry: [],
    search: null,
    budgets: [],
  };
  const dist = '.tmp/bench-dist';
  log('Construction : contenu réel');
  report.builds.push(measureBuild('réel', process.env.CTAI_CONTENT_DIR ?? 'content', dist));
  if (!report.builds[0]!.ok) throw new Error(`la construction du contenu réel a échoué : ${report.builds[0]!.error}`);
  spawnSync(resolve('node_modules/.bin/pagefind'), ['--site', dist], { encoding: 'utf8' });

  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  try {
    const paths = templatePaths(dist);
    for (const t of TEMPLATES) {
      const path = paths[t];
      if (!path) {
        log(`Page ${t} : absente`);
        continue;
      }
      log(`Page ${t} : ${path}`);
      report.pages[t] = await measurePage(browser, path);
      if (report.lighthouseRuns) report.lighthouse[t] = lighthouse(path, report.lighthouseRuns, t);
    }
    if (paths.carte) report.mapIntent = await mapOnIntent(browser, paths.carte);
    report.commune = await communeLookup(browser, dist);
    report.geometry = geometryFiles(dist);
    report.search = await searchMs(browser);
  } finally {
    await browser.close();
    server.kill();
  }

  for (const factor of opts.quick || opts['no-100x'] ? [10] : [10, 100]) {
    const dir = `.tmp/synthetic-${factor}x`;
    makeSynthetic(factor, dir);
    // The map needs a polygon per territory: geometry for the synthetic territories, kept apart (not timed).
    const geo = `${dir}-geo`;
    const g = spawnSync(NODE, ['scripts/build-geo.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CTAI_CONTENT_DIR: dir, GEO_OUT_DIR: geo },
    });
    if (g.status !== 0) log(`  géométrie synthétique : ${g.stderr.trim().split('\n').at(-1)}`);
    log(`Construction : contenu synthétique ×${factor}`);
    report.builds.push(measureBuild(`synthétique ×${factor}`, dir, `.tmp/bench-dist-${factor}x`, geo));
    rmSync(`.tmp/bench-dist-${factor}x`, { recursive: true, force: true });
    if (factor === 10) {
      // Data releases: the same content with 20 synthetic archived releases (frozen views, per-release files).
      const made = makeSyntheticReleases(dir, 20, `${dir}-releases`);
      log('Construction : contenu synthétique ×10 avec 20 versions archivées');
      report.builds.push(
        measureBuild('synthétique ×10, 20 versions', dir, '.tmp/bench-dist-10x-releases', geo, {
          CTAI_RELEASES_DIR: made.releases,
          CTAI_CHANGELOG: made.changelog,
        }),
      );
      rmSync('.tmp/bench-dist-10x-releases', { recursive: true, force: true });
    }
  }

  report.budgets = budgets(report.pages, report.lighthouse, report.geometry);
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/benchmarks.json', JSON.stringify(report, null, 2) + '\n');
  // Formatted as the repository's Prettier check expects.
  const md = 'docs/benchmarks.md';
  writeFileSync(md, await format(markdown(report), { ...(await resolveConfig(md)), filepath: md }));
  const failed = report.budgets.filter((b) => b.pass === false).length;
  log(`Écrit docs/benchmarks.md et docs/benchmarks.json ; ${failed} budget(s) dépassé(s).`);
}

main().catch((e: unknown) => {
  log(`Erreur (npm run bench) : ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
