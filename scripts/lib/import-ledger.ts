/**
 * No edit is ever lost: the imports (`npm run data`, spreadsheets) remember the hash of every file
 * they wrote, in content/.import-state.json (committed with the content). On the next run, a file
 * whose text is still what the import wrote is the import's to update or remove; a file that
 * changed since is an editor's: it is kept as it is, and when the import brings a new version of
 * it too, the conflict is reported field by field with both values.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { removeFile, stableJson, writeIfChanged } from './content-store.ts';

export const LEDGER_FILE = '.import-state.json';

export interface FieldConflict {
  field: string;
  /** What the editor saved (kept). */
  editor: unknown;
  /** What the import would have written (not written). */
  incoming: unknown;
}

export interface Conflict {
  /** Path relative to the content folder. */
  file: string;
  kind: 'modifié' | 'supprimé';
  fields: FieldConflict[];
}

interface LedgerState {
  version: 1;
  /** Content-relative path → SHA-256 of the text the import last wrote. */
  files: Record<string, string>;
}

export const hashText = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The data of a content file: JSON, or Markdown front matter plus `body`. */
function fileData(path: string, text: string): Record<string, unknown> {
  if (path.endsWith('.json')) return JSON.parse(text) as Record<string, unknown>;
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) return { body: text };
  return { ...((parseYaml(m[1]!) as Record<string, unknown> | null) ?? {}), body: m[2]!.trim() };
}

/** Top-level fields whose values differ between two versions of an entry. */
export function fieldDiff(path: string, editorText: string, incomingText: string): FieldConflict[] {
  let a: Record<string, unknown>, b: Record<string, unknown>;
  try {
    a = fileData(path, editorText);
    b = fileData(path, incomingText);
  } catch {
    return [{ field: '(fichier)', editor: editorText, incoming: incomingText }];
  }
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => stableJson(a[k]) !== stableJson(b[k])).map((k) => ({ field: k, editor: a[k], incoming: b[k] }));
}

export class ImportLedger {
  private state: LedgerState;
  readonly conflicts: Conflict[] = [];
  /** Files an editor changed that the import left alone (no new version from the import). */
  readonly kept: string[] = [];
  changed = 0;

  /** No ledger yet (first run): the files on disk are taken as the import's own last output. */
  private readonly adopting: boolean;

  private readonly contentDir: string;

  constructor(contentDir: string) {
    this.contentDir = contentDir;
    const file = join(contentDir, LEDGER_FILE);
    this.adopting = !existsSync(file);
    this.state = this.adopting ? { version: 1, files: {} } : (JSON.parse(readFileSync(file, 'utf8')) as LedgerState);
  }

  private key(path: string): string {
    return relative(this.contentDir, path).split('\\').join('/');
  }

  /** Whether the file on disk is still exactly what the import last wrote (or absent). */
  untouched(path: string): boolean {
    if (this.adopting && existsSync(path) && !(this.key(path) in this.state.files)) return true;
    if (!existsSync(path)) return !(this.key(path) in this.state.files);
    return this.state.files[this.key(path)] === hashText(readFileSync(path, 'utf8'));
  }

  /** Writes `text` unless an editor changed the file since the import last wrote it. */
  write(path: string, text: string): boolean {
    const key = this.key(path);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (this.adopting && current !== null && !(key in this.state.files)) this.state.files[key] = hashText(current);
    const last = this.state.files[key];
    if (current === text) {
      this.state.files[key] = hashText(text);
      return false;
    }
    if (current === null && last !== undefined) {
      // Deleted by an editor after the import wrote it: stays deleted.
      this.conflicts.push({ file: key, kind: 'supprimé', fields: [] });
      return false;
    }
    if (current !== null && hashText(current) !== last) {
      if (last !== undefined && hashText(text) === last) this.kept.push(key);
      else this.conflicts.push({ file: key, kind: 'modifié', fields: fieldDiff(path, current, text) });
      return false;
    }
    writeIfChanged(path, text);
    this.state.files[key] = hashText(text);
    this.changed++;
    return true;
  }

  /** Removes a file the import no longer produces, unless an editor changed it. */
  remove(path: string): boolean {
    const key = this.key(path);
    if (!this.untouched(path)) {
      this.kept.push(key);
      return false;
    }
    removeFile(path);
    delete this.state.files[key];
    this.changed++;
    return true;
  }

  /** Saves the hashes (sorted, stable) next to the content. */
  save(): void {
    const files = Object.fromEntries(Object.entries(this.state.files).sort(([a], [b]) => a.localeCompare(b)));
    writeIfChanged(join(this.contentDir, LEDGER_FILE), stableJson({ version: 1, files }));
  }

  /** The French report of what was kept: one line per conflicting field, with both values. */
  report(): string[] {
    const show = (v: unknown) =>
      v === undefined
        ? '(absent)'
        : typeof v === 'string'
          ? `« ${v.length > 160 ? v.slice(0, 157) + '…' : v} »`
          : JSON.stringify(v);
    const lines: string[] = [];
    for (const c of this.conflicts) {
      if (c.kind === 'supprimé') {
        lines.push(
          `  ${c.file} : supprimé par la rédaction, l’import ne le recrée pas (supprimez la ligne de ${LEDGER_FILE} pour le laisser revenir).`,
        );
        continue;
      }
      lines.push(`  ${c.file} : modifié par la rédaction, gardé tel quel ; l’import apportait aussi une nouvelle version :`);
      for (const f of c.fields) lines.push(`    ${f.field} — rédaction : ${show(f.editor)} ; import : ${show(f.incoming)}`);
    }
    return lines;
  }
}
