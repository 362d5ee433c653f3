/**
 * Content collections. The data lives in content/ (what editors touch); each collection's schema
 * is in src/schemas/ with every field documented. Cross-collection checks are in src/lib/dataset.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatFrontmatterProblems, readFrontmatter } from './lib/frontmatter.ts';
import { actionSchema } from './schemas/action.ts';
import { articleSchema } from './schemas/article.ts';
import { domainSchema } from './schemas/domain.ts';
import { figureSchema } from './schemas/figure.ts';
import { territorySchema } from './schemas/territory.ts';

// CTAI_CONTENT_DIR lets tests build the site from fixture content (e.g. hostile strings).
const root = process.env.CTAI_CONTENT_DIR ?? './content';
const json = (dir: string) => glob({ pattern: '*.json', base: `${root}/${dir}` });

/**
 * Articles: Astro's glob loader, but the schema receives the front matter as written (dates as
 * text, see src/lib/frontmatter.ts) and an impossible date stops the build with file and line.
 */
function articlesLoader(base: string): Loader {
  const inner = glob({ pattern: '**/*.{md,mdx}', base });
  return {
    name: 'articles-dates-as-written',
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          if (!props.filePath) return context.parseData(props);
          const file = relative(process.cwd(), props.filePath);
          const { data, problems } = readFrontmatter(readFileSync(props.filePath, 'utf8'), file);
          if (problems.length)
            throw new Error(
              `Date impossible ou invraisemblable, le site n’est pas construit :\n${formatFrontmatterProblems(problems)}`,
            );
          return context.parseData({ ...props, data: { ...props.data, ...data } });
        },
      }),
  };
}

export const collections = {
  territories: defineCollection({ loader: json('territories'), schema: territorySchema }),
  actions: defineCollection({ loader: json('actions'), schema: actionSchema }),
  figures: defineCollection({ loader: json('figures'), schema: figureSchema }),
  domains: defineCollection({ loader: file(`${root}/domains.json`), schema: domainSchema }),
  articles: defineCollection({ loader: articlesLoader(`${root}/articles`), schema: articleSchema }),
};
