/**
 * Serves a built site on loopback, applying the security headers of `<dist>/_headers`
 * (Netlify/Cloudflare Pages format) so tests see what production hosts send. Text is sent
 * gzip-compressed to clients that accept it, as Netlify, Cloudflare Pages and every recipe
 * of docs/hosting/ do (lib/media-types.ts COMPRESSED_TYPES): Lighthouse measured on
 * uncompressed pages measures the server, not the site.
 * Usage: node scripts/serve.ts [dist] [port] [host]. BASE_PATH serves the site under a sub-path.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './lib/headers.ts';
import { COMPRESSED_TYPES, MEDIA_TYPES, essence } from './lib/media-types.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const host = process.argv[4] ?? '127.0.0.1';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

/** Compressed bodies by file and modification time: a test run asks for the same files often. */
const gzipped = new Map<string, Buffer>();
function gzipOf(file: string): Buffer {
  const key = `${file}:${statSync(file).mtimeMs}`;
  let body = gzipped.get(key);
  if (!body) gzipped.set(key, (body = gzipSync(readFileSync(file))));
  return body;
}

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
  for (const [name, value] of headersFor(rules, sitePath)) res.setHeader(name, value);
  const type = MEDIA_TYPES[extname(file)] ?? 'application/octet-stream';
  res.setHeader('content-type', type);
  if (!existsSync(file)) {
    res.writeHead(404).end('Not found');
    return;
  }
  if (COMPRESSED_TYPES.includes(essence(type))) {
    res.setHeader('vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.setHeader('content-encoding', 'gzip');
      res.writeHead(status).end(gzipOf(file));
      return;
    }
  }
  res.writeHead(status);
  createReadStream(file).pipe(res);
}).listen(port, host, () => {
  process.stderr.write(`Site servi sur http://${host}:${port}${base} (dossier ${root})\n`);
});
