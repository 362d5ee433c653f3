/**
 * Content collections. The data lives in content/ (what editors touch); each collection's schema
 * is in src/schemas/ with every field documented. Cross-collection checks are in src/lib/dataset.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { actionSchema } from './schemas/action.ts';
import { articleSchema } from './schemas/article.ts';
import { domainSchema } from './schemas/domain.ts';
import { figureSchema } from './schemas/figure.ts';
import { territorySchema } from './schemas/territory.ts';

// CTAI_CONTENT_DIR lets tests build the site from fixture content (e.g. hostile strings).
const root = process.env.CTAI_CONTENT_DIR ?? './content';
const json = (dir: string) => glob({ pattern: '*.json', base: `${root}/${dir}` });

export const collections = {
  territories: defineCollection({ loader: json('territories'), schema: territorySchema }),
  actions: defineCollection({ loader: json('actions'), schema: actionSchema }),
  figures: defineCollection({ loader: json('figures'), schema: figureSchema }),
  domains: defineCollection({ loader: file(`${root}/domains.json`), schema: domainSchema }),
  articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/articles` }), schema: articleSchema }),
};
