/**
 * Article front matter read as the editor wrote it. Astro parses front matter with js-yaml, whose
 * timestamps roll impossible dates over (`date: 2026-13-45` becomes 14 February 2027) before any
 * schema can see them. We re-read the YAML with the `yaml` package (YAML 1.2 core schema: dates stay
 * text) so the schema judges the text, and keep each node's line for the error message.
 */
import { LineCounter, parseDocument } from 'yaml';

export interface Frontmatter {
  /** The front matter as plain data, dates as the text written; null when the YAML is unreadable. */
  data: Record<string, unknown> | null;
  /** Why the YAML is unreadable, with its line, or null. */
  error: { line: number; message: string } | null;
  /** 1-based line in the whole file of the value at `path` (or of its nearest parent). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function readFrontmatter(source: string): Frontmatter {
  const m = FENCE.exec(source);
  if (!m) return { data: {}, error: null, lineOf: () => 1 };
  const lineCounter = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter, uniqueKeys: true });
  // The YAML starts on line 2 of the file, after the opening `---`.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return 2;
  };
  const first = doc.errors[0];
  if (first) return { data: null, error: { line: (first.linePos?.[0]?.line ?? 0) + 1, message: first.code }, lineOf };
  const data = doc.toJS() as unknown;
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, error: null, lineOf };
}
