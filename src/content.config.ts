/**
 * Content collections. The data lives in content/ (what editors touch); each collection's schema
 * is in src/schemas/ with every field documented. Cross-collection checks are in src/lib/dataset.ts.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { jsonEntries, markdownEntries } from './lib/content-loaders.ts';
import { actionSchema } from './schemas/action.ts';
import { articleSchema } from './schemas/article.ts';
import { domainSchema } from './schemas/domain.ts';
import { figureSchema } from './schemas/figure.ts';
import { territorySchema } from './schemas/territory.ts';

// CTAI_CONTENT_DIR lets tests build the site from fixture content (e.g. hostile strings).
const root = process.env.CTAI_CONTENT_DIR ?? './content';

export const collections = {
  territories: defineCollection({ loader: jsonEntries(`${root}/territories`, territorySchema), schema: territorySchema }),
  actions: defineCollection({ loader: jsonEntries(`${root}/actions`, actionSchema), schema: actionSchema }),
  figures: defineCollection({ loader: jsonEntries(`${root}/figures`, figureSchema), schema: figureSchema }),
  domains: defineCollection({ loader: file(`${root}/domains.json`), schema: domainSchema }),
  articles: defineCollection({ loader: markdownEntries(`${root}/articles`, articleSchema), schema: articleSchema }),
};
