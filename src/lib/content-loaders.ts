/**
 * Astro's glob loader, made to refuse bad content with « fichier:ligne › champ : raison » in French
 * before Astro's own (English, line-less) schema error: the schema runs on the data as written
 * (article dates as text, see frontmatter.ts), and each issue is located in the raw file.
 * The build stops at the first refused file; its message lists every problem of that file.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { readFrontmatter } from './frontmatter.ts';
import { JsonFileError, parseJsonSource } from './json-source.ts';
import { describeIssues } from './zod-issues.ts';

type Locate = (path: readonly PropertyKey[]) => number;
type Reader = (source: string, file: string) => { data: unknown; lineOf: Locate } | { problems: string[] };

const readJsonEntry: Reader = (source, file) => {
  try {
    const parsed = parseJsonSource(new TextEncoder().encode(source), file);
    return { data: parsed.value, lineOf: (path) => parsed.lineOf(path as (string | number)[]) ?? 1 };
  } catch (e) {
    if (e instanceof JsonFileError) return { problems: [e.message] };
    throw e;
  }
};

const readMarkdownEntry: Reader = (source, file) => {
  const fm = readFrontmatter(source);
  if (fm.error) return { problems: [`${file}:${fm.error.line} › (en-tête) : en-tête YAML illisible (${fm.error.message})`] };
  return { data: fm.data, lineOf: fm.lineOf };
};

/**
 * Every problem of one content file as « fichier:ligne › champ : raison » (empty when valid), and
 * the data the schema must receive. Pure: the loaders below and the tests use it.
 */
export function contentProblems(
  format: 'json' | 'markdown',
  source: string,
  file: string,
  schema: z.ZodType,
): { problems: string[]; data: unknown } {
  const read = (format === 'json' ? readJsonEntry : readMarkdownEntry)(source, file);
  if ('problems' in read) return { problems: read.problems, data: undefined };
  const r = schema.safeParse(read.data);
  if (r.success) return { problems: [], data: read.data };
  const described = describeIssues(r.error, read.data);
  return {
    problems: r.error.issues.map(
      (issue, i) => `${file}:${read.lineOf(issue.path)} › ${described[i]!.field} : ${described[i]!.message}`,
    ),
    data: read.data,
  };
}

function checkedGlob(pattern: string, base: string, format: 'json' | 'markdown', schema: z.ZodType): Loader {
  const inner = glob({ pattern, base });
  return {
    name: `checked-${format}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          if (!props.filePath) return context.parseData(props);
          const file = relative(process.cwd(), props.filePath);
          const { problems, data } = contentProblems(format, readFileSync(props.filePath, 'utf8'), file, schema);
          if (problems.length)
            throw new Error(`Contenu refusé, le site n’est pas construit :\n${problems.map((p) => `  ${p}`).join('\n')}`);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}

/** One JSON file per entry (territories, actions, figures). */
export const jsonEntries = (base: string, schema: z.ZodType) => checkedGlob('*.json', base, 'json', schema);

/** Markdown/MDX articles: the schema sees the front matter as written, dates as text. */
export const markdownEntries = (base: string, schema: z.ZodType) => checkedGlob('**/*.{md,mdx}', base, 'markdown', schema);
