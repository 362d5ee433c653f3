/**
 * The dark scheme changes colours and nothing else: under `@media (prefers-color-scheme: dark)`
 * only colour custom properties are set, and no script or markup reads the scheme. The browser
 * tests rely on it: a page checked by axe in the light scheme is checked in the dark one with the
 * rules on colours only (tests/e2e/lib/axe.ts COLOUR_RULES). A dark-only layout, element or text
 * would need every rule in dark: this test says so when one appears.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DARK_MEDIA = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g;
const COLOUR_VALUE =
  /^(#[0-9a-f]{3,8}|(rgba?|hsla?|oklch|oklab|lab|lch|color-mix|light-dark)\(.*\)|transparent|currentcolor|var\(--[a-z0-9-]+\))$/i;

/** The text of each `@media (prefers-color-scheme: dark) { … }` block (braces balanced). */
function darkBlocks(text: string): { at: number; body: string }[] {
  const blocks: { at: number; body: string }[] = [];
  for (const m of text.matchAll(DARK_MEDIA)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
    blocks.push({ at: m.index, body: text.slice(m.index + m[0].length, i - 1) });
  }
  return blocks;
}

/** `file:line : problem` for what the dark scheme changes besides colours in one source file. */
function darkSchemeProblems(file: string, text: string): string[] {
  const line = (at: number) => text.slice(0, at).split('\n').length;
  const problems: string[] = [];
  const blocks = darkBlocks(text);
  for (const block of blocks) {
    // Declarations inside the block's rules: `property: value`, whatever the selectors.
    for (const d of block.body.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([a-z-]+)\s*:\s*([^;{}]+)/gi)) {
      const [property, value] = [d[1]!, d[2]!.trim()];
      if (!property.startsWith('--') || !COLOUR_VALUE.test(value))
        problems.push(`${file}:${line(block.at)} : « ${property}: ${value} » en sombre n’est pas une couleur`);
    }
  }
  // Anywhere else (a script's matchMedia, a <source media>, a rule outside such a block): the scheme read otherwise.
  const mentions = [...text.matchAll(/prefers-color-scheme/g)].map((m) => m.index);
  for (const at of mentions)
    if (!blocks.some((b) => b.at <= at && at < b.at + 40))
      problems.push(`${file}:${line(at)} : prefers-color-scheme lu hors d’un bloc @media de couleurs`);
  return problems;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(css|astro|ts|tsx|js|mjs|svelte|html|svg)$/.test(e.name) ? [path] : [];
  });
}

describe('the dark scheme changes colours only', () => {
  it('in the site’s sources and public files', () => {
    const files = [...sources('src'), ...sources('public')];
    expect(
      files.some((f) => darkBlocks(readFileSync(f, 'utf8')).length > 0),
      'un bloc sombre au moins',
    ).toBe(true);
    expect(files.flatMap((f) => darkSchemeProblems(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('names what would need every axe rule in dark', () => {
    const css = `:root { --bg: #fff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #171715; --fg: rgb(236 235 230); --gap: 2rem; }
  .logo-light { display: none; }
}`;
    expect(darkSchemeProblems('a.css', css)).toEqual([
      'a.css:2 : « --gap: 2rem » en sombre n’est pas une couleur',
      'a.css:2 : « display: none » en sombre n’est pas une couleur',
    ]);
    expect(darkSchemeProblems('b.ts', `if (matchMedia('(prefers-color-scheme: dark)').matches) hide();`)).toEqual([
      'b.ts:1 : prefers-color-scheme lu hors d’un bloc @media de couleurs',
    ]);
    expect(darkSchemeProblems('c.css', '@media (prefers-color-scheme: dark) { :root { --bg: var(--ink); } }')).toEqual([]);
  });
});
