/**
 * The site's single entry to its content: loads every collection once, checks cross-references
 * and fails the build with file, field and valid values rather than publish a broken page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Action } from '../schemas/action.ts';
import type { Domain } from '../schemas/domain.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Territory } from '../schemas/territory.ts';
import { readFileSync } from 'node:fs';
import { checkIntegrity, formatProblems, type Problem } from './integrity.ts';
import { checkArticleBlocks, type BlockCatalogue } from './article-blocks.ts';
import { CHARTS } from './charts/registry.ts';
import { orderDataset } from './dataset-order.ts';

export type Article = CollectionEntry<'articles'>;

export interface Dataset {
  territories: Territory[];
  actions: Action[];
  domains: Domain[];
  figures: Figure[];
  /** Published articles, newest first (drafts only under `astro dev`). */
  articles: Article[];
  territoryById: Map<string, Territory>;
  domainById: Map<string, Domain>;
  figureById: Map<string, Figure>;
  /** Year the research was compiled: open-ended actions run up to it. */
  lastYear: number;
}

let cached: Promise<Dataset> | undefined;

export function getDataset(): Promise<Dataset> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Dataset> {
  const [t, a, d, f, ar] = await Promise.all([
    getCollection('territories'),
    getCollection('actions'),
    getCollection('domains'),
    getCollection('figures'),
    getCollection('articles', (e) => import.meta.env.DEV || !e.data.draft),
  ]);
  const problems = checkIntegrity({
    // filePath is where the entry really is (CTAI_CONTENT_DIR may point elsewhere than content/).
    territories: t.map((e) => ({ id: e.data.id, file: e.filePath ?? `content/territories/${e.id}.json` })),
    domains: d.map((e) => ({ id: e.data.id, file: e.filePath ?? 'content/domains.json' })),
    actions: a.map((e) => ({ ...e.data, file: e.filePath ?? `content/actions/${e.id}.json` })),
    articles: ar.map((e) => ({ id: e.id, file: e.filePath ?? `content/articles/${e.id}`, ...e.data })),
  });
  // The file name is the URL: it must equal the id inside the file.
  for (const [kind, entries] of [
    ['territories', t],
    ['actions', a],
  ] as const) {
    for (const e of entries) {
      if (e.id !== e.data.id)
        problems.push({
          file: `content/${kind}/${e.id}.json`,
          field: 'id',
          message: `l’identifiant « ${e.data.id} » doit être le nom du fichier (« ${e.id} »)`,
        });
    }
  }
  problems.push(
    ...articleBlockProblems(await getCollection('articles'), {
      charts: Object.values(CHARTS).map((c) => ({ id: c.id, params: c.params })),
      territories: t.map((e) => e.data.id),
      domains: d.map((e) => e.data.id),
      figures: f.map((e) => e.data.id),
    }),
  );
  if (t.length === 0)
    problems.push({ file: 'content/territories/', field: '(dossier)', message: 'aucun territoire : lancez `npm run data`' });
  if (problems.length) {
    throw new Error(`Contenu incohérent, le site n’est pas construit :\n${formatProblems(problems)}`);
  }
  const { territories, actions, domains, figures, lastYear } = orderDataset({
    territories: t.map((e) => e.data),
    actions: a.map((e) => e.data),
    domains: d.map((e) => e.data),
    figures: f.map((e) => e.data),
  });
  const articles = ar.sort((x, y) => y.data.date.localeCompare(x.data.date) || x.data.title.localeCompare(y.data.title, 'fr'));
  return {
    territories,
    actions,
    domains,
    figures,
    articles,
    territoryById: new Map(territories.map((x) => [x.id, x])),
    domainById: new Map(domains.map((x) => [x.id, x])),
    figureById: new Map(figures.map((x) => [x.id, x])),
    lastYear,
  };
}

/** Charts, maps and key figures of every article (drafts too) must name what exists (article-blocks.ts). */
function articleBlockProblems(articles: Article[], catalogue: BlockCatalogue): Problem[] {
  return articles.flatMap((e) => {
    if (!e.filePath?.endsWith('.mdx')) return [];
    return checkArticleBlocks(readFileSync(e.filePath, 'utf8'), catalogue).map((p) => ({
      file: `${e.filePath}:${p.line}`,
      field: 'bloc',
      message: `${p.message}. Corrigez le bloc dans l’interface d’édition (Articles avec graphiques) ou dans le fichier.`,
    }));
  });
}
