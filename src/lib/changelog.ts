/**
 * The data changelog (content/changelog.md): versions are its `## <version> — <date>` headings,
 * newest first. The first one is the version stamped into every open-data file.
 */
export interface ChangelogEntry {
  version: string;
  date: string;
  /** Markdown bullet lines of the entry, without the leading « - ». */
  items: string[];
}

export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+(\S+)\s+[—-]\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(line);
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
