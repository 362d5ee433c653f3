/**
 * docs/hosting/ (nginx, Apache, Caddy) says what public/_headers says: the committed recipes are
 * exactly what scripts/hosting-recipes.ts writes from it, a change of policy reaches every recipe,
 * and the syntax traps that broke the first recipes cannot come back. The recipes run on the real
 * servers in tests/e2e/hosting.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADERS_SOURCE, RECIPES_DIR, RECIPE_FILES, renderRecipes, type RecipeFile } from '../../scripts/hosting-recipes.ts';
import { withScriptHashes } from '../../scripts/csp-hashes.ts';
import { headerScopes, headersFor, parseHeaders } from '../../scripts/lib/headers.ts';

const headers = readFileSync(HEADERS_SOURCE, 'utf8');
const committed = Object.fromEntries(RECIPE_FILES.map((f) => [f, readFileSync(join(RECIPES_DIR, f), 'utf8')])) as Record<
  RecipeFile,
  string
>;
const rendered = renderRecipes(headers, HEADERS_SOURCE);

describe('docs/hosting/ follows public/_headers', () => {
  it.each(RECIPE_FILES)('%s is what the generator writes (else: node scripts/hosting-recipes.ts)', (file) => {
    expect(committed[file]).toBe(rendered[file]);
  });

  it('every header value of _headers appears in every recipe', () => {
    const values = new Set(parseHeaders(headers).flatMap((r) => r.headers.flatMap(([, v]) => (v ? [v] : []))));
    expect(values.size).toBeGreaterThan(3);
    for (const file of RECIPE_FILES)
      for (const value of values) expect(committed[file], `${file} : ${value}`).toContain(`"${value}"`);
  });

  it('a header added to /* reaches every recipe, in every part of the site', () => {
    const changed = renderRecipes(headers.replace('/*\n', '/*\n  X-Test-Header: on\n'), HEADERS_SOURCE);
    for (const file of RECIPE_FILES) expect(changed[file], file).toContain('X-Test-Header');
    // nginx repeats the headers of the site in the /embed/, /en/embed/ and /admin/ blocks (add_header
    // does not inherit).
    expect(changed['nginx.conf'].match(/add_header X-Test-Header "on" always;/g)).toHaveLength(4);
    expect(changed['nginx-subpath.conf'].match(/add_header X-Test-Header "on" always;/g)).toHaveLength(4);
  });

  it('recipes from a build’s _headers carry its inline-script hashes in every policy', () => {
    const hash = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
    const build = renderRecipes(withScriptHashes(headers, [hash]), 'dist/_headers');
    for (const file of RECIPE_FILES) {
      const policies = build[file].match(/default-src[^"]*/g) ?? [];
      expect(policies.length, file).toBeGreaterThanOrEqual(2);
      for (const csp of policies) expect(csp, file).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash};`);
    }
  });
});

describe('what the generator refuses rather than mistranslate', () => {
  it.each([
    ['a pattern that is not /* or /folder/*', '/*\n  A: b\n/*.json\n  A: c\n'],
    ['a pattern in the middle of a path', '/*\n  A: b\n/a/*/b\n  A: c\n'],
    ['nested folders', '/*\n  A: b\n/embed/*\n  A: c\n/embed/x/*\n  A: d\n'],
    ['no /* rule first', '/embed/*\n  A: b\n'],
    ['a header line before any path', '  A: b\n/*\n'],
  ])('%s', (_name, text) => expect(() => renderRecipes(text, 'x')).toThrow(/_headers/));

  it.each(['$host', '%{VAR}e', '{path}', 'a "quoted" word', 'back\\slash'])(
    'a value holding %s (read as syntax by some server)',
    (value) => expect(() => renderRecipes(`/*\n  A: ${value}\n`, 'x')).toThrow(/caractère/),
  );
});

describe('headerScopes', () => {
  const rules = parseHeaders(headers);
  it('gives each folder what Cloudflare would send there', () => {
    for (const scope of headerScopes(rules)) {
      const expected = headersFor(rules, `${scope.prefix}some/page/`);
      expect(new Map(scope.headers.map(([k, v]) => [k.toLowerCase(), v]))).toEqual(expected);
    }
  });
  it('lists for /embed/ the policy it replaces and the opener policy it drops', () => {
    const embed = headerScopes(rules).find((s) => s.prefix === '/embed/')!;
    expect(embed.set.map(([k]) => k)).toEqual(['Content-Security-Policy']);
    expect(embed.unset).toEqual(['Cross-Origin-Opener-Policy']);
  });
});

/** Directives of an nginx file as a tree of blocks: each block's own statements, in order. */
function nginxBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  const stack: string[][] = [[]];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    if (line.endsWith('{')) {
      stack.at(-1)!.push(line);
      stack.push([]);
    } else if (line === '}') blocks.push(stack.pop()!);
    else stack.at(-1)!.push(line);
  }
  return [...blocks, stack[0]!];
}

describe('the syntax traps of the first recipes', () => {
  it.each(['nginx.conf', 'nginx-subpath.conf'] as const)(
    '%s: no types {} block without the whole mime.types before it',
    (file) => {
      const blocks = nginxBlocks(committed[file]);
      const withTypes = blocks.filter((b) => b.includes('types {'));
      expect(withTypes.length).toBeGreaterThan(0);
      for (const block of withTypes) expect(block.indexOf('include mime.types;')).toBeLessThan(block.indexOf('types {'));
    },
  );

  it('htaccess holds only directives allowed in .htaccess with AllowOverride FileInfo', () => {
    // AddOutputFilterByType: FileInfo too (Apache's mod_filter documentation); <IfModule>: anywhere.
    const allowed = new Set([
      'ErrorDocument',
      'AddType',
      'AddCharset',
      'Header',
      '<If',
      '</If>',
      '<IfModule',
      '</IfModule>',
      'AddOutputFilterByType',
    ]);
    const directives = committed.htaccess
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(/\s+/)[0]!);
    expect(directives.length).toBeGreaterThan(5);
    expect(directives.filter((d) => !allowed.has(d))).toEqual([]);
  });

  it.each(RECIPE_FILES)('%s: every « À CHANGER » and « SOUS-CHEMIN » note is followed by the line it is about', (file) => {
    const lines = committed[file].split('\n');
    lines.forEach((line, i) => {
      if (/# (À CHANGER|SOUS-CHEMIN) :/.test(line)) expect(lines[i + 1]?.trim() ?? '', `${file}:${i + 1}`).toMatch(/^[^#\s]/);
    });
  });
});

it('docs/hebergement.md points to every recipe', () => {
  const doc = readFileSync('docs/hebergement.md', 'utf8');
  for (const file of RECIPE_FILES) expect(doc).toContain(`(hosting/${file})`);
});
