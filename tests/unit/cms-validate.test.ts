/**
 * What the editing interface runs before a save: the real schemas, with their French messages,
 * on the real entries; and the patch that keeps the CMS bundle free of CDN fonts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { emptyOptionalPaths, labelOf, validateEntry } from '../../src/client/admin/validate.ts';
import { figureValueFromText, figureValueToText } from '../../src/client/admin/figure-value.ts';
import {
  EXPECTED_CDN_FONT_FACES,
  rewordSaveError,
  SAVE_REFUSED,
  allowZoom,
  stripCdnFontFaces,
  SveltiaBundleChanged,
} from '../../scripts/sveltia-self-hosted.ts';

const json = (dir: string, id: string) =>
  JSON.parse(readFileSync(`content/${dir}/${id}.json`, 'utf8')) as Record<string, unknown>;
const frontmatter = (file: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;

describe('validateEntry: the schemas before a save', () => {
  it('accepts every real entry as it is on disk', () => {
    for (const dir of ['actions', 'territories', 'figures'])
      for (const f of readdirSync(`content/${dir}`))
        expect(validateEntry(dir, json(dir, f.replace(/\.json$/, ''))), f).toEqual([]);
    for (const f of readdirSync('content/articles').filter((f) => f.endsWith('.md')))
      expect(validateEntry('articles', { ...frontmatter(`content/articles/${f}`), body: 'Texte.' }), f).toEqual([]);
  });

  it('refuses an end year before the start year, on the end-year field, in French', () => {
    const a = { ...json('actions', 'grenoble-rising'), startYear: 2021, endYear: 2019 };
    expect(validateEntry('actions', a)).toEqual([
      { field: 'endYear', message: 'l’année de fin (2019) précède l’année de début (2021)' },
    ]);
    expect(labelOf('actions', 'endYear')).toBe('Année de fin');
  });

  it('refuses javascript: and data: links, naming the source', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', ' JavaScript:void(0)']) {
      const a = json('actions', 'grenoble-rising');
      const sources = a.sources as Record<string, unknown>[];
      sources[1] = { ...sources[1], url };
      const problems = validateEntry('actions', a);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.field).toBe('sources.1.url');
      expect(problems[0]!.message).toMatch(/adresse web refusée : le protocole « (javascript|data): » n’est pas autorisé/);
    }
    expect(labelOf('actions', 'sources.1.url')).toBe('Sources › 2 › Adresse (URL)');
  });

  it('refuses HTML in plain text and a malformed date, with the schema’s messages', () => {
    const article = { ...frontmatter('content/articles/agora-2018.md'), summary: 'Voir <script>x</script>', date: '2018-13' };
    const problems = validateEntry('articles', article);
    expect(problems.map((p) => p.field).sort()).toEqual(['date', 'summary']);
    expect(problems.find((p) => p.field === 'summary')!.message).toBe('le texte ne doit pas contenir de balise HTML');
    expect(problems.find((p) => p.field === 'date')!.message).toMatch(/^date impossible « 2018-13 » : le mois 13 n’existe pas/);
  });

  it('drops only optional fields left empty (« originalUrl »), never defaulted ones', () => {
    const article = { ...frontmatter('content/articles/agora-2018.md'), originalUrl: '', dateNote: '' };
    expect(emptyOptionalPaths('articles', article)).toEqual([['originalUrl']]);
    const action = json('actions', 'grenoble-rising');
    (action.sources as Record<string, unknown>[])[0]!.id = '';
    expect(emptyOptionalPaths('actions', action)).toEqual([['sources', 0, 'id']]);
  });
});

describe('key figure values in one text box', () => {
  it('round-trips numbers, texts and breakdowns of the real figures', () => {
    for (const f of readdirSync('content/figures')) {
      const { value } = json('figures', f.replace(/\.json$/, ''));
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) continue; // a numeric text would become a number
      expect(figureValueFromText(figureValueToText(value)), f).toEqual(value);
    }
    expect(figureValueFromText('plus de 400')).toBe('plus de 400');
    expect(figureValueFromText(' 1200 ')).toBe(1200);
  });
});

describe('the CMS bundle loads nothing from another origin', () => {
  const bundle = readFileSync('node_modules/@sveltia/cms/npm/index.js', 'utf8');
  it(`removes the ${EXPECTED_CDN_FONT_FACES} CDN @font-face rules of the pinned release and nothing else`, () => {
    const out = stripCdnFontFaces(bundle);
    expect(out).not.toMatch(/cdn\.jsdelivr\.net\/fontsource/);
    expect(bundle.length - out.length).toBeLessThan(2000);
    expect(out).toContain('.material-symbols-outlined');
  });
  it('stops the build when a release changes those rules', () => {
    const oneMore = bundle.replace(
      "@font-face {font-family:'Noto Mono'",
      "@font-face {font-family:'X';src:url(https://cdn.jsdelivr.net/fontsource/x.woff2)}@font-face {font-family:'Noto Mono'",
    );
    expect(() => stripCdnFontFaces(oneMore)).toThrow(SveltiaBundleChanged);
    expect(() => stripCdnFontFaces('export default 1')).toThrow(/0 règle\(s\) @font-face/);
  });
  it('lets editors zoom (no maximum-scale in the viewport), and fails if that setting moved', () => {
    expect(allowZoom(bundle)).not.toContain('maximum-scale');
    expect(() => allowZoom('export default 1')).toThrow(SveltiaBundleChanged);
  });
  it('rewords the generic save error of the French strings, and fails if it moved', () => {
    const fr = readFileSync('node_modules/@sveltia/cms/locales/fr.json', 'utf8');
    const reworded = rewordSaveError(fr);
    expect(JSON.parse(reworded)).toBeTruthy();
    expect(reworded).toContain(SAVE_REFUSED);
    expect(() => rewordSaveError('{}')).toThrow(SveltiaBundleChanged);
  });
});
