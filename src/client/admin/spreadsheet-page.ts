/**
 * /admin/tableur/: a spreadsheet of actions read in the browser with the command line's code
 * (parseActionsCsv: same rules, same French messages, same row numbers) and previewed.
 * - On the hosted site, it is checked against the content the site was built from
 *   (/admin/tableur/contexte.json), then saved through the editing interface (« Tableurs
 *   d'actions »), which the next build imports with the same rules.
 * - With the site's folder open (npm run edit, Chrome/Edge), the valid rows are written into
 *   content/actions with the File System Access API, the local-repository way the interface writes.
 * The import's ledger (content/.import-state.json) is honoured as on the command line: an action an
 * editor changed since the last import is kept and shown with both values. A file over the size
 * limit is refused before it is read, so no tab runs out of memory.
 */
import { parseActionsCsv, type CsvContext, type CsvResult } from '../../lib/spreadsheet/actions.ts';
import { LIMITS, formatBytes } from '../../lib/spreadsheet/limits.ts';
import { domainSchema, type Domain } from '../../schemas/domain.ts';
import type { Action } from '../../schemas/action.ts';

const LEDGER = '.import-state.json';
/** The files' format (scripts/lib/content-store.ts stableJson, which needs Node to import). */
const stableJson = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

type Effect = 'ajoutée' | 'modifiée' | 'inchangée' | 'gardée';
interface Planned {
  action: Action;
  line: number;
  effect: Effect;
  text: string;
  detail: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let root: FileSystemDirectoryHandle | undefined;
let ctx: CsvContext | undefined;
let existingText = new Map<string, string>();
let ledger: { version: 1; files: Record<string, string> } = { version: 1, files: {} };
let plan: Planned[] = [];

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function dir(parent: FileSystemDirectoryHandle, path: string): Promise<FileSystemDirectoryHandle> {
  let d = parent;
  for (const part of path.split('/')) d = await d.getDirectoryHandle(part);
  return d;
}
const readText = async (d: FileSystemDirectoryHandle, name: string) => (await (await d.getFileHandle(name)).getFile()).text();
async function writeText(d: FileSystemDirectoryHandle, name: string, text: string): Promise<void> {
  const w = await (await d.getFileHandle(name, { create: true })).createWritable();
  await w.write(text);
  await w.close();
}

async function loadFolder(handle: FileSystemDirectoryHandle): Promise<void> {
  const content = await handle.getDirectoryHandle('content');
  const domains: Domain[] = (JSON.parse(await readText(content, 'domains.json')) as unknown[]).map((d) => domainSchema.parse(d));
  const territoryIds = new Set<string>();
  for await (const name of (await dir(content, 'territories')).keys())
    if (name.endsWith('.json')) territoryIds.add(name.slice(0, -5));
  const existing = new Map<string, 'recherche' | 'tableur'>();
  existingText = new Map();
  const actions = await dir(content, 'actions');
  for await (const name of actions.keys()) {
    if (!name.endsWith('.json')) continue;
    const text = await readText(actions, name);
    existingText.set(name.slice(0, -5), text);
    const a = JSON.parse(text) as { id: string; origin: 'recherche' | 'tableur' };
    existing.set(a.id, a.origin);
  }
  try {
    ledger = JSON.parse(await readText(content, LEDGER)) as typeof ledger;
  } catch {
    ledger = { version: 1, files: {} };
  }
  root = handle;
  ctx = { domains, territoryIds, existing };
}

/** The hosted site's content, as built (no folder needed to check a spreadsheet). */
async function loadPublished(): Promise<void> {
  const url = new URL('contexte.json', location.href.replace(/[?#].*$/, '').replace(/\/?$/, '/'));
  const body = (await (await fetch(url)).json()) as {
    domains: unknown[];
    territoryIds: string[];
    actions: Record<string, string>;
    ledger: typeof ledger;
  };
  existingText = new Map(Object.entries(body.actions));
  const existing = new Map<string, 'recherche' | 'tableur'>();
  for (const [id, text] of existingText) existing.set(id, (JSON.parse(text) as { origin: 'recherche' | 'tableur' }).origin);
  ledger = body.ledger;
  ctx = { domains: body.domains.map((d) => domainSchema.parse(d)), territoryIds: new Set(body.territoryIds), existing };
}

const show = (v: unknown) => (typeof v === 'string' ? `« ${v} »` : JSON.stringify(v));
function changedFields(before: string, after: string): string {
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  return Object.keys(b)
    .filter((k) => stableJson(a[k]) !== stableJson(b[k]))
    .map((k) => `${k} : ${show(a[k])} → ${show(b[k])}`)
    .join(' ; ');
}

async function planWrites(result: CsvResult, lines: Map<string, number>): Promise<Planned[]> {
  const out: Planned[] = [];
  for (const action of result.actions) {
    const text = stableJson(action);
    const current = existingText.get(action.id);
    const line = lines.get(action.id) ?? 0;
    const last = ledger.files[`actions/${action.id}.json`];
    if (current === undefined) out.push({ action, line, effect: 'ajoutée', text, detail: action.title });
    else if (current === text) out.push({ action, line, effect: 'inchangée', text, detail: '' });
    else if (last !== undefined && (await sha256(current)) === last)
      out.push({ action, line, effect: 'modifiée', text, detail: changedFields(current, text) });
    else
      out.push({
        action,
        line,
        effect: 'gardée',
        text,
        detail: `modifiée par la rédaction depuis le dernier import : gardée telle quelle. Valeurs du tableur → rédaction : ${changedFields(text, current)}`,
      });
  }
  return out;
}

function fillTable(section: HTMLElement, rows: string[][]): void {
  const body = section.querySelector('tbody')!;
  body.replaceChildren(
    ...rows.map((cells) => {
      const tr = document.createElement('tr');
      for (const c of cells) {
        const td = document.createElement('td');
        td.textContent = c;
        tr.append(td);
      }
      return tr;
    }),
  );
  section.hidden = rows.length === 0;
}

async function onSheet(file: File): Promise<void> {
  const status = $('sheet-status');
  $('write-status').textContent = '';
  $('hosted-save').hidden = true;
  if (!ctx) return;
  const refuse = (message: string) => {
    status.className = 'erreur';
    status.textContent = `${file.name} : ${message}`;
    fillTable($('problems'), []);
    fillTable($('preview'), []);
  };
  // Checked before reading a byte: a huge file never reaches the tab's memory.
  if (file.size > LIMITS.fileBytes)
    return refuse(`fichier trop lourd : ${formatBytes(file.size)}, limite ${formatBytes(LIMITS.fileBytes)}.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let result: CsvResult;
  try {
    result = parseActionsCsv(bytes, ctx, file.name);
  } catch (e) {
    return refuse((e as Error).message);
  }
  const badLines = new Set(result.errors.map((e) => e.line)).size;
  status.className = badLines ? 'erreur' : '';
  status.textContent = `${file.name} : ${result.rows} ligne(s) lue(s), ${result.actions.length} valide(s)${badLines ? `, ${badLines} refusée(s) (détail ci-dessous)` : ''}.`;
  fillTable(
    $('problems'),
    result.errors.map((e) => [String(e.line), e.column, e.message]),
  );
  plan = await planWrites(result, result.lines);
  fillTable(
    $('preview'),
    plan.map((p) => [String(p.line || ''), p.action.id, p.effect, p.detail]),
  );
  const writable = plan.filter((p) => p.effect === 'ajoutée' || p.effect === 'modifiée').length;
  const confirm = $<HTMLButtonElement>('confirm');
  confirm.hidden = !root;
  confirm.disabled = writable === 0;
  confirm.textContent = writable ? `Enregistrer ${writable} action(s) valide(s)` : 'Rien à enregistrer';
  // On the hosted site, the file itself is saved through the editing interface: all or nothing.
  $('hosted-save').hidden = !!root || badLines > 0 || writable === 0;
}

async function onConfirm(): Promise<void> {
  if (!root) return;
  const content = await root.getDirectoryHandle('content');
  const actions = await dir(content, 'actions');
  let written = 0;
  for (const p of plan) {
    if (p.effect !== 'ajoutée' && p.effect !== 'modifiée') continue;
    await writeText(actions, `${p.action.id}.json`, p.text);
    ledger.files[`actions/${p.action.id}.json`] = await sha256(p.text);
    existingText.set(p.action.id, p.text);
    written++;
  }
  const files = Object.fromEntries(Object.entries(ledger.files).sort(([a], [b]) => a.localeCompare(b)));
  await writeText(content, LEDGER, stableJson({ version: 1, files }));
  $('write-status').textContent =
    `${written} fichier(s) écrit(s) dans content/actions. Le site les montrera à sa prochaine construction.`;
  $<HTMLButtonElement>('confirm').disabled = true;
}

$('pick-folder').addEventListener('click', async () => {
  const status = $('folder-status');
  const picker = (window as unknown as { showDirectoryPicker?: (o?: object) => Promise<FileSystemDirectoryHandle> })
    .showDirectoryPicker;
  if (!picker) {
    status.className = 'erreur';
    status.textContent =
      'Ce navigateur ne sait pas écrire dans un dossier : ouvrez cette page dans Chrome, Edge ou Chromium (ou utilisez npm run data -- --csv).';
    return;
  }
  try {
    await loadFolder(await picker({ mode: 'readwrite', id: 'atlas-ctai' }));
  } catch (e) {
    status.className = 'erreur';
    status.textContent =
      (e as Error).name === 'AbortError'
        ? 'Aucun dossier choisi.'
        : 'Ce dossier n’est pas celui du site : il doit contenir content/domains.json, content/territories et content/actions.';
    return;
  }
  status.className = '';
  status.textContent = `Dossier « ${root!.name} » : ${ctx!.territoryIds.size} territoires, ${ctx!.existing.size} actions, ${ctx!.domains.length} domaines.`;
  $<HTMLInputElement>('sheet').disabled = false;
});
void loadPublished().then(
  () => {
    if (!root) $<HTMLInputElement>('sheet').disabled = false;
  },
  () => {
    $('sheet-status').textContent = 'Le contenu du site n’a pas pu être lu : choisissez le dossier du site (étape 1).';
  },
);
$<HTMLInputElement>('sheet').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void onSheet(file);
});
$('confirm').addEventListener('click', () => void onConfirm());
