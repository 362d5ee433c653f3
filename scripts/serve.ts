/**
 * Serves a built site on loopback, applying the security headers of `<dist>/_headers`
 * (Netlify/Cloudflare Pages format) so tests see what production hosts send.
 * Usage: node scripts/serve.ts [dist] [port] [host]. BASE_PATH serves the site under a sub-path.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const host = process.argv[4] ?? '127.0.0.1';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

interface Rule {
  pattern: RegExp;
  /** A null value drops the header set by an earlier rule (Cloudflare's `! Name`). */
  headers: [string, string | null][];
}

/**
 * Parses `_headers`: a path pattern line (with * wildcards), then indented `Name: value` lines,
 * or `! Name` to detach a header inherited from a broader rule.
 */
function parseHeaders(file: string): Rule[] {
  if (!existsSync(file)) return [];
  const rules: Rule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${re}$`), headers: [] });
    } else if (line.trim().startsWith('!')) {
      rules.at(-1)?.headers.push([line.trim().slice(1).trim(), null]);
    } else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}
const rules = parseHeaders(join(root, '_headers'));

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) {
    res.writeHead(404).end('Not found');
    return;
  }
  const sitePath = '/' + path.slice(base.length);
  let file = normalize(join(root, sitePath));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { location: path + '/' + url.search }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  let status = 200;
  if (!existsSync(file)) {
    status = 404;
    file = join(root, '404.html');
  }
  for (const rule of rules) {
    if (!rule.pattern.test(sitePath)) continue;
    for (const [k, v] of rule.headers) {
      if (v === null) res.removeHeader(k);
      else res.setHeader(k, v);
    }
  }
  res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
  if (!existsSync(file)) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(status);
  createReadStream(file).pipe(res);
}).listen(port, host, () => {
  process.stderr.write(`Site servi sur http://${host}:${port}${base} (dossier ${root})\n`);
});
