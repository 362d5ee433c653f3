/** scripts/csp-hashes.ts: inline scripts of the build are allowed by hash, nothing else is. */
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCspHashes, inlineScriptHashes, withScriptHashes } from '../../scripts/csp-hashes.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it.each([
    ['classic inline script', '<script>var a = 1;</script>', [sha('var a = 1;')]],
    ['module', '<script type="module">import("/x.js")</script>', [sha('import("/x.js")')]],
    ['whitespace is part of the hash', '<script>\n  a()\n</script>', [sha('\n  a()\n')]],
    ['external script: none', '<script type="module" src="/_astro/a.js"></script>', []],
    ['JSON-LD: not executed, none', '<script type="application/ld+json">{"a":1}</script>', []],
    ['JSON data block: none', '<script type="application/json" id="d">[1]</script>', []],
    ['two scripts', '<script>a()</script><p></p><SCRIPT>b()</SCRIPT>', [sha('a()'), sha('b()')]],
    // An editor's text in an attribute (a source URL) is text: hashing it would allow it to run.
    ['in a quoted attribute: none', '<a href="https://x.org/?b=&quot;><script>alert(1)</script>">s</a>', []],
    ['in a single-quoted attribute: none', "<img alt='<script>alert(1)</script>'>", []],
    ['in a comment: none', '<!-- <script>alert(1)</script> -->', []],
    ['in a textarea or a title: none', '<title><script>a()</script></title><textarea><script>b()</script></textarea>', []],
    ['after an attribute holding one', '<a title="<script>x()</script>">a</a><script>y()</script>', [sha('y()')]],
    ['a script holding markup ends at its end tag', '<script>let s = "<b>"; f(s)</script>', [sha('let s = "<b>"; f(s)')]],
  ])('%s', (_name, html, expected) => expect(inlineScriptHashes(html)).toEqual(expected));
});

describe('withScriptHashes', () => {
  const headers =
    "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\n/embed/*\n  Content-Security-Policy: script-src 'self'; frame-ancestors *\n";
  it('adds the hashes to every script-src and nothing else', () => {
    const out = withScriptHashes(headers, ["'sha256-AAA='"]);
    expect(out).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self'");
    expect(out).toContain("script-src 'self' 'sha256-AAA='; frame-ancestors *");
  });
  it('replaces hashes of a previous run instead of piling them up', () => {
    const once = withScriptHashes(headers, ["'sha256-OLD='"]);
    expect(withScriptHashes(once, ["'sha256-NEW='"])).not.toContain('OLD');
  });
  it('leaves the file alone without inline scripts', () => expect(withScriptHashes(headers, [])).toBe(headers));
  it('leaves comments that mention script-src alone', () => {
    const commented = `# adds every hash to script-src in dist/_headers.\n${headers}`;
    expect(withScriptHashes(commented, ["'sha256-AAA='"]).split('\n')[0]).toBe(
      '# adds every hash to script-src in dist/_headers.',
    );
  });
});

it('applyCspHashes rewrites dist/_headers from every page', () => {
  const dist = mkdtempSync(join(tmpdir(), 'ctai-csp-'));
  mkdirSync(join(dist, 'a'));
  writeFileSync(join(dist, '_headers'), "/*\n  Content-Security-Policy: script-src 'self'\n");
  writeFileSync(join(dist, 'index.html'), '<script>x()</script>');
  writeFileSync(join(dist, 'a/index.html'), '<script>x()</script><script>y()</script>');
  expect(applyCspHashes(dist)).toEqual([sha('x()'), sha('y()')].sort());
  expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(
    `/*\n  Content-Security-Policy: script-src 'self' ${[sha('x()'), sha('y()')].sort().join(' ')}\n`,
  );
});
