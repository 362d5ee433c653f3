/**
 * Article blocks (« Graphique », « Carte », « Chiffre clé »): the MDX the editing interface saves is
 * what the site renders, it reads back to the same block, and a block naming an unknown chart,
 * filter, territory or figure is refused with its line and the possible values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockToMdx, checkArticleBlocks, parseBlockLine, type Block, type BlockCatalogue } from '../../src/lib/article-blocks.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';

const ids = (dir: string) =>
  readdirSync(`content/${dir}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
const catalogue: BlockCatalogue = {
  charts: Object.values(CHARTS).map((c) => ({ id: c.id, params: c.params })),
  territories: ids('territories'),
  domains: (JSON.parse(readFileSync('content/domains.json', 'utf8')) as { id: string }[]).map((d) => d.id),
  figures: ids('figures'),
};
const [territory] = catalogue.territories;
const [figure] = catalogue.figures;

describe('the saved form', () => {
  const blocks: Block[] = [
    { kind: 'graphique', chart: 'actions-par-annee' },
    { kind: 'graphique', chart: 'actions-par-annee', territoire: territory!, domaine: 'langue' },
    { kind: 'graphique', chart: 'signatures', headingLevel: 3 },
    { kind: 'carte', territoire: territory! },
    { kind: 'chiffre', figure: figure! },
  ];
  it.each(blocks.map((b) => [blockToMdx(b), b] as const))('%s', (mdx, block) => {
    expect(parseBlockLine(mdx)).toEqual(block);
    expect(checkArticleBlocks(`\n${mdx}\n`, catalogue)).toEqual([]);
  });
  it('is the syntax of the existing articles', () => {
    expect(blockToMdx({ kind: 'graphique', chart: 'actions-par-domaine', territoire: 'grenoble' })).toBe(
      `<ChartFigure id="actions-par-domaine" params={{ territoire: 'grenoble' }} />`,
    );
  });
});

describe('the build refuses a block that names nothing real', () => {
  const cases: [string, RegExp][] = [
    ['<ChartFigure id="actions-par-mois" />', /graphique « actions-par-mois » inconnu. Graphiques possibles : actions-par-annee/],
    [
      `<ChartFigure id="actions-par-annee" params={{ territoire: 'atlantide' }} />`,
      /territoire « atlantide » inconnu pour le graphique/,
    ],
    [`<ChartFigure id="enveloppe-2019-2020" params={{ domaine: 'langue' }} />`, /ne se filtre pas par domaine \(aucun filtre\)/],
    [`<ChartFigure id="actions-par-annee" params={{ ville: 'x' }} />`, /filtre illisible « ville: 'x' »/],
    ['<MapExplorer mode="territory" focus="atlantide" />', /carte : territoire « atlantide » inconnu/],
    ['<KeyFigure id="pas-un-chiffre" />', /chiffre clé « pas-un-chiffre » inconnu/],
    ['<ChartFigure id="actions-par-annee"', /bloc illisible/],
  ];
  it.each(cases)('%s', (line, message) => {
    const problems = checkArticleBlocks(`---\ntitle: x\n---\n\nTexte.\n\n${line}\n`, catalogue);
    expect(problems).toEqual([{ line: 7, message: expect.stringMatching(message) }]);
  });
});

it('every article of content/ passes', () => {
  for (const f of readdirSync('content/articles').filter((n) => n.endsWith('.mdx')))
    expect(checkArticleBlocks(readFileSync(`content/articles/${f}`, 'utf8'), catalogue), f).toEqual([]);
});
