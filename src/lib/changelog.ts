/**
 * The data changelog (content/changelog.md): versions are its `## <version> — <date>` headings,
 * newest first. The first one is the version stamped into every open-data file.
 */
import { dateProblem } from '../schemas/dates.ts';

export interface ChangelogEntry {
  version: string;
  date: string;
  /** Markdown bullet lines of the entry, without the leading « - ». */
  items: string[];
}

/**
 * Throws (file:line › field : reason, in French) on a version heading whose date does not exist
 * or is implausible, or that is not `## <version> — AAAA-MM-JJ`: a silently skipped heading would
 * stamp the open data with an older version.
 */
export function parseChangelog(markdown: string, file = 'content/changelog.md'): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | undefined;
  for (const [i, line] of markdown.split(/\r?\n/).entries()) {
    const heading = /^##\s+(\S+)\s+[—-]\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(line);
    if (/^##\s/.test(line) && !heading)
      throw new Error(`${file}:${i + 1} › titre de version : « ${line} » attendu sous la forme « ## 1.2.0 — AAAA-MM-JJ »`);
    const problem = heading && dateProblem(heading[2]!);
    if (problem) throw new Error(`${file}:${i + 1} › date : ${problem}`);
    if (heading) {
      current = { version: heading[1]!, date: heading[2]!, items: [] };
      entries.push(current);
    } else if (current && /^-\s+/.test(line)) current.items.push(line.replace(/^-\s+/, ''));
    else if (current && /^\s{2,}\S/.test(line) && current.items.length) {
      current.items[current.items.length - 1] += ` ${line.trim()}`;
    }
  }
  return entries;
}
