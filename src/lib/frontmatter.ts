/**
 * Article front matter read as the editor wrote it. Astro parses front matter with js-yaml, whose
 * timestamps roll impossible dates over (`date: 2026-13-45` becomes 14 February 2027) before any
 * schema can see them. We re-read the YAML with the `yaml` package (YAML 1.2 core schema: dates stay
 * text), check every `date` field with the shared rules (src/schemas/dates.ts), and hand the schema
 * the text, so an impossible date fails the build with its file, line and field.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { dateProblem } from '../schemas/dates.ts';
import type { Problem } from './integrity.ts';

export interface Frontmatter {
  data: Record<string, unknown>;
  problems: (Problem & { line: number })[];
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Fields holding a date, at any depth (`date`, `sources[i].date`). */
const isDateField = (key: string) => key === 'date';

/** Parses the front matter of a Markdown source; `file` is only used in messages. */
export function readFrontmatter(source: string, file: string): Frontmatter {
  const m = FENCE.exec(source);
  if (!m) return { data: {}, problems: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter });
  // The YAML starts on line 2 of the file, after the opening `---`.
  const lineOf = (node: Node) => lineCounter.linePos(node.range?.[0] ?? 0).line + 1;
  const problems: Frontmatter['problems'] = [];
  for (const e of doc.errors) {
    const line = e.linePos?.[0]?.line ?? 0;
    problems.push({ file, line: line + 1, field: '(en-tête)', message: `en-tête YAML illisible : ${e.code}` });
  }
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = pair.value;
        const childPath = path ? `${path}.${key}` : key;
        if (isDateField(key) && isScalar(child)) {
          const value = child.value === null ? '' : String(child.value);
          const problem = dateProblem(value);
          if (problem) problems.push({ file, line: lineOf(child), field: childPath, message: problem });
        } else walk(child, childPath);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${path}.${i}`));
  };
  walk(doc.contents, '');
  const data = (doc.errors.length ? {} : doc.toJS()) as Record<string, unknown> | null;
  return { data: data ?? {}, problems };
}

export function formatFrontmatterProblems(problems: Frontmatter['problems']): string {
  return problems.map((p) => `  ${p.file}:${p.line} › ${p.field} : ${p.message}`).join('\n');
}
