/**
 * Runs the hosting recipes of docs/hosting/ on the real servers (Debian's nginx-light, apache2,
 * caddy) and checks what they serve against `_headers`: used by hosting.spec.ts (site at the root)
 * and builds.spec.ts (site under /ctai/, nginx `alias`).
 *
 * A recipe is used as written, except for what a loopback test cannot keep: the lines marked
 * `# À CHANGER` (folder → the build under test, certificates → none) and the listening address
 * (`listen 443 ssl` → `127.0.0.1:<port>`, plain HTTP). `localise` refuses a marked line it does
 * not know, so a recipe cannot grow a publisher-specific line the test silently keeps.
 */
import { expect, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, extname, join, resolve } from 'node:path';
import { headerNames, headersFor, parseHeaders } from '../../../scripts/lib/headers.ts';
import { MEDIA_TYPES, OPAQUE_EXTENSIONS, essence } from '../../../scripts/lib/media-types.ts';
import { visitFully } from './browse.ts';
import { embedPages } from './site.ts';

export const RECIPES = 'docs/hosting';

/** The Debian package that provides each server, for the skip message. */
export const PACKAGES = { nginx: 'nginx-light', apache2: 'apache2', caddy: 'caddy' } as const;
export type ServerName = keyof typeof PACKAGES;

/** A server binary on PATH or in the sbin folders a non-root PATH often lacks; null if absent. */
export function findServer(name: ServerName): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

export const missingMessage = (name: ServerName) =>
  `${name} absent : le paquet Debian ${PACKAGES[name]} n’est pas installé (.ci/run l’installe ; apt-get install ${PACKAGES[name]})`;

type LineRule = [RegExp, (line: string, indent: string) => string | null];

/**
 * Applies `rules` to the recipe: each rule maps a line to its replacement (null drops it). Every
 * line after a `# À CHANGER` comment must be matched by a rule; other lines may be (listen, TLS).
 */
export function localise(recipe: string, rules: LineRule[]): string {
  const lines = recipe.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const marked = /^\s*# À CHANGER/.test(lines[i - 1] ?? '');
    const rule = rules.find(([re]) => re.test(line.trim()));
    if (marked && !rule) throw new Error(`ligne « À CHANGER » que le test ne sait pas adapter : ${line.trim()}`);
    const replaced = rule ? rule[1](line.trim(), /^\s*/.exec(line)![0]) : line;
    if (replaced !== null) out.push(replaced);
  });
  return out.join('\n');
}

const drop = () => null;

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
  /** Everything the server wrote on stdout/stderr, for failure messages. */
  log: () => string;
}

/** A fresh working folder under .tmp/ (readable by the unprivileged users servers run as). */
function workDir(name: string): string {
  const dir = resolve('.tmp/hosting', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  return dir;
}

/** Starts `cmd`, waits until `origin` answers HTTP; kills it if it never does. */
async function start(cmd: string, args: string[], origin: string, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  // Own process group: stopping kills the server and the workers it forked, and nothing else.
  const child: ChildProcess = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let alive = true;
  void exited.then(() => (alive = false));
  const stop = async () => {
    if (!alive || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (!alive) throw new Error(`${cmd} s’est arrêté au démarrage :\n${output}`);
    const ok = await fetch(origin + '/', { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (ok) return { origin, stop, log: () => output };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${cmd} ne répond pas sur ${origin} :\n${output}`);
}

const isRoot = () => process.getuid?.() === 0;

/** nginx with a main nginx.conf like Debian's (mime.types, default_type) around the recipe. */
export async function startNginx(bin: string, opts: { port: number; dist: string; recipe: 'nginx.conf' | 'nginx-subpath.conf' }) {
  const dir = workDir(`nginx-${opts.port}`);
  const root = resolve(opts.dist);
  const recipe = readFileSync(join(RECIPES, opts.recipe), 'utf8');
  let first = true;
  const site = localise(recipe, [
    [/^listen\s/, (_l, ind) => (first ? ((first = false), `${ind}listen 127.0.0.1:${opts.port};`) : null)],
    [/^ssl_certificate(_key)?\s/, drop],
    [/^server_name\s/, (l, ind) => ind + l],
    [/^root\s/, (_l, ind) => `${ind}root ${root};`],
    [/^alias\s/, (_l, ind) => `${ind}alias ${root}/;`],
  ]);
  const server = opts.recipe === 'nginx.conf' ? site : `server {\n    listen 127.0.0.1:${opts.port};\n${site}\n}\n`;
  writeFileSync(join(dir, 'site.conf'), server);
  copyFileSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${dir}/${t};`);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      'error_log stderr warn;',
      'events { worker_connections 128; }',
      'http {',
      '    include mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      ...temp,
      `    include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  return start(bin, ['-e', 'stderr', '-p', dir, '-c', join(dir, 'nginx.conf')], `http://127.0.0.1:${opts.port}`);
}

// filter and deflate: enabled by Debian's default install, and the recipes compress text with them.
const APACHE_MODULES = ['mpm_event', 'authz_core', 'headers', 'mime', 'dir', 'alias', 'filter', 'deflate'];

/**
 * Apache in the foreground (-X) with its own pid file and logs; `conf` mode includes the
 * VirtualHost recipe, `htaccess` mode serves a folder holding the build and the recipe as
 * .htaccess, with `AllowOverride FileInfo` as the recipe asks.
 */
export async function startApache(bin: string, opts: { port: number; dist: string; mode: 'conf' | 'htaccess' }) {
  const dir = workDir(`apache-${opts.mode}-${opts.port}`);
  const dist = resolve(opts.dist);
  const moduleDir = '/usr/lib/apache2/modules';
  const head = [
    `ServerRoot ${dir}`,
    `DefaultRuntimeDir ${dir}`,
    `PidFile ${dir}/httpd.pid`,
    `ErrorLog ${dir}/error.log`,
    'LogLevel warn',
    `Listen 127.0.0.1:${opts.port}`,
    'ServerName 127.0.0.1',
    ...APACHE_MODULES.map((m) => `LoadModule ${m}_module ${moduleDir}/mod_${m}.so`),
    // Running as root, Apache serves as an unprivileged user, as Debian's apache2.conf does.
    ...(isRoot() ? ['User www-data', 'Group www-data'] : []),
    'TypesConfig /etc/mime.types',
    '<Directory />',
    '    AllowOverride None',
    '    Require all denied',
    '</Directory>',
  ];
  let body: string[];
  if (opts.mode === 'conf') {
    const site = localise(readFileSync(join(RECIPES, 'apache.conf'), 'utf8'), [
      [/^<VirtualHost\s/, (_l, ind) => `${ind}<VirtualHost 127.0.0.1:${opts.port}>`],
      [/^SSL(Engine|CertificateFile|CertificateKeyFile)\s/, drop],
      [/^ServerName\s/, (l, ind) => ind + l],
      [/^DocumentRoot\s/, (_l, ind) => `${ind}DocumentRoot ${dist}`],
      [/^<Directory\s/, (_l, ind) => `${ind}<Directory ${dist}>`],
    ]);
    writeFileSync(join(dir, 'site.conf'), site);
    body = [`Include ${dir}/site.conf`];
  } else {
    // The build is shared with other specs: serve a folder of links to it plus the .htaccess.
    const site = join(dir, 'site');
    mkdirSync(site, { mode: 0o755 });
    for (const entry of readdirSync(dist)) symlinkSync(join(dist, entry), join(site, entry));
    copyFileSync(join(RECIPES, 'htaccess'), join(site, '.htaccess'));
    body = [
      `DocumentRoot ${site}`,
      `<Directory ${site}>`,
      '    Require all granted',
      '    Options FollowSymLinks',
      '    AllowOverride FileInfo',
      '</Directory>',
    ];
  }
  writeFileSync(join(dir, 'httpd.conf'), [...head, ...body, ''].join('\n'));
  const server = await start(bin, ['-X', '-f', join(dir, 'httpd.conf')], `http://127.0.0.1:${opts.port}`);
  const log = server.log;
  return {
    ...server,
    log: () => log() + (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''),
  };
}

/** Caddy with the recipe's site address turned into http://127.0.0.1:<port>, admin API off. */
export async function startCaddy(bin: string, opts: { port: number; dist: string }) {
  const dir = workDir(`caddy-${opts.port}`);
  const site = localise(readFileSync(join(RECIPES, 'Caddyfile'), 'utf8'), [
    [/^[a-z0-9.-]+\.[a-z]+ \{$/, (_l, ind) => `${ind}http://127.0.0.1:${opts.port} {`],
    [/^root \* /, (_l, ind) => `${ind}root * ${resolve(opts.dist)}`],
  ]);
  writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n}\n\n${site}`);
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir };
  return start(bin, ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], `http://127.0.0.1:${opts.port}`, env);
}

// ——— Checks ———

/** Other names browsers accept for the same thing (the servers' own tables differ). */
const SAME_TYPE: Record<string, string[]> = {
  'text/javascript': ['application/javascript'],
  'application/xml': ['text/xml', 'application/rss+xml'],
};
/**
 * Where a missing charset changes what the reader sees: text the browser shows as is (a CSV opened
 * from the data page, robots.txt). JSON is UTF-8 by definition, scripts and styles follow the page.
 */
const CHARSET_REQUIRED = new Set(['.html', '.csv', '.txt']);

/** What is wrong with a served Content-Type for a file extension, or null. */
export function typeProblem(ext: string, served: string | undefined): string | null {
  const expected = MEDIA_TYPES[ext];
  if (!expected) return `extension ${ext} sans type attendu (scripts/lib/media-types.ts)`;
  if (OPAQUE_EXTENSIONS.has(ext)) return null;
  if (!served) return `aucun Content-Type (attendu ${expected})`;
  if (![essence(expected), ...(SAME_TYPE[essence(expected)] ?? [])].includes(essence(served)))
    return `${served} au lieu de ${expected}`;
  if (CHARSET_REQUIRED.has(ext) && !/charset=utf-8/i.test(served)) return `${served} sans charset=utf-8`;
  return null;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

interface Probe {
  /** Site path from the root of the build (what `_headers` patterns see). */
  sitePath: string;
  status: number;
  ext: string;
}

/**
 * One URL per kind of file the build holds (every extension, so a new kind is checked the day it
 * appears), plus the pages that matter: home, map, search, an embed, the 404 page, a glyph whose
 * folder name has spaces, the feeds.
 */
export function probes(dist: string): Probe[] {
  const files = walk(dist)
    .map((f) => '/' + f.slice(dist.length + 1).replace(/\\/g, '/'))
    .filter((p) => !p.split('/').some((s) => s.startsWith('.') || s === '_headers'));
  const byExt = new Map<string, string>();
  for (const p of files) if (!byExt.has(extname(p))) byExt.set(extname(p), p);
  const extra = [
    files.find((p) => /\/glyphs\/[^/]* [^/]*\//.test(p)),
    files.find((p) => p.endsWith('/rss.xml')),
    files.find((p) => p.endsWith('sitemap-index.xml')),
    files.find((p) => p.endsWith('.geojson')),
    files.find((p) => p.startsWith('/pagefind/wasm.')),
  ].filter((p): p is string => !!p);
  const embed = embedPages(dist, '/')[0];
  const pages = ['/', '/carte/', '/recherche/', ...(embed ? [embed] : [])];
  return [
    ...pages.map((sitePath) => ({ sitePath, status: 200, ext: '.html' })),
    { sitePath: '/page-absente-pour-les-tests/', status: 404, ext: '.html' },
    ...[...new Set([...byExt.values(), ...extra])].map((sitePath) => ({ sitePath, status: 200, ext: extname(sitePath) })),
  ];
}

/**
 * Status, Content-Type and every header `_headers` deals with, for each probe, through `origin`
 * with the site under `base`. Returns the problems, one line each.
 */
export async function checkFiles(origin: string, dist: string, base = '/'): Promise<string[]> {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const names = headerNames(rules);
  const problems: string[] = [];
  for (const probe of probes(dist)) {
    const url = origin + base + probe.sitePath.slice(1).split('/').map(encodeURIComponent).join('/');
    const res = await fetch(url, { redirect: 'manual' });
    const where = `${base}${probe.sitePath.slice(1)}`;
    if (res.status !== probe.status) problems.push(`${where} : statut ${res.status} au lieu de ${probe.status}`);
    const type = typeProblem(probe.ext, res.headers.get('content-type') ?? undefined);
    if (type) problems.push(`${where} : ${type}`);
    const expected = headersFor(rules, probe.status === 404 ? '/404.html' : probe.sitePath);
    for (const name of names) {
      const served = res.headers.get(name) ?? undefined;
      if (served !== expected.get(name))
        problems.push(`${where} : ${name} = ${served ?? '(absent)'} au lieu de ${expected.get(name) ?? '(absent)'}`);
    }
    // Pages go compressed (fetch() asks for it): the home page is 212 kB raw, 40 compressed.
    // (Pages only: Caddy leaves files under 512 bytes as they are, and some scripts are that small.)
    if (probe.ext === '.html' && res.status === 200 && !res.headers.get('content-encoding'))
      problems.push(`${where} : envoyé sans compression`);
    if (OPAQUE_EXTENSIONS.has(probe.ext) && res.status === 200) {
      // Pagefind decompresses its files itself: they must arrive as stored (gzip), not re-encoded
      // (fetch() would undo a Content-Encoding, and the bytes would differ).
      const body = Buffer.from(await res.arrayBuffer());
      if (!body.equals(readFileSync(join(dist, probe.sitePath)))) problems.push(`${where} : contenu modifié en route`);
    } else await res.body?.cancel();
  }
  // A folder without its final slash is redirected to it, on the same site.
  const folder = await fetch(`${origin}${base}carte`, { redirect: 'manual' });
  const location = folder.headers.get('location') ?? '';
  if (![301, 302, 307, 308].includes(folder.status) || new URL(location, origin).href !== `${origin}${base}carte/`)
    problems.push(`${base}carte : ${folder.status} vers « ${location} » au lieu d’une redirection vers ${base}carte/`);
  return problems;
}

/** The `frame-ancestors` directive and COOP of a page, straight from the response. */
export async function framingHeaders(origin: string, path: string) {
  const res = await fetch(origin + path);
  await res.body?.cancel();
  const csp = res.headers.get('content-security-policy') ?? '';
  return {
    frameAncestors: /frame-ancestors ([^;]*)/.exec(csp)?.[1]?.trim(),
    coop: res.headers.get('cross-origin-opener-policy'),
  };
}

/**
 * Home, map and a search in Chromium through the server: the map draws, the search answers, and no
 * page reports a CSP violation, a failed request or a request to another origin.
 */
export async function checkInBrowser(browser: Browser, origin: string, base = '/'): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP-VIOLATION ${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on('console', (msg) => {
    if (msg.text().startsWith('CSP-VIOLATION') || /Content Security Policy/i.test(msg.text()))
      problems.push(`${page.url()} : ${msg.text()}`);
  });
  page.on('request', (req) => {
    if (!/^(data|blob):/.test(req.url()) && new URL(req.url()).origin !== origin) problems.push(`requête vers ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
  });
  // Requests cut short by the next navigation (late workers, favicon) are aborted, not broken.
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    if (!error.includes('ERR_ABORTED')) problems.push(`échec ${req.url()} (${error})`);
  });
  try {
    const home = await visitFully(page, origin + base);
    expect(home?.status(), 'accueil').toBe(200);
    expect(await page.evaluate(() => document.styleSheets.length), 'feuilles de style de l’accueil').toBeGreaterThan(0);
    await page.goto(`${origin}${base}carte/`);
    // MapLibre loads on the reader's first gesture: « Explorer la carte ».
    await page.getByRole('button', { name: 'Explorer la carte' }).click();
    await expect(page.locator('[data-map-explorer]'), 'la carte MapLibre est prête').toHaveAttribute('data-map-ready', '', {
      timeout: 30_000,
    });
    await page.goto(`${origin}${base}recherche/?q=logement`);
    await expect(page.locator('[data-search-results] li').first(), 'résultats de recherche').toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(200);
  } finally {
    await context.close();
  }
  return problems;
}
