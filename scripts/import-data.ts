/**
 * `npm run data`: re-imports the researched reference data into content/.
 * `npm run data -- --csv <file> [--valid-only]`: validates an editors' spreadsheet of actions and
 * imports it. Nothing is written unless everything validates (or, with --valid-only, the valid rows).
 * `npm run data -- --tableurs`: the same for every spreadsheet saved through /admin/ in
 * content/tableurs/ (run by the build).
 *
 * Env: CTAI_DATA_DIR (default ../shared/data/ctai), CTAI_CONTENT_DIR (default content).
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { articleSchema } from '../src/schemas/article.ts';
import { domainSchema, type Domain } from '../src/schemas/domain.ts';
import { checkIntegrity, formatProblems } from '../src/lib/integrity.ts';
import { describeIssues } from '../src/lib/zod-issues.ts';
import { CONTENT_DIR, listFiles, markdownFile, paths, readJson, stableJson } from './lib/content-store.ts';
import { ImportLedger } from './lib/import-ledger.ts';
import { CsvFileError, parseActionsCsv } from '../src/lib/spreadsheet/actions.ts';
import { validateResearch } from './lib/research-import.ts';
import { parse as parseYaml } from 'yaml';

const log = (msg: string) => process.stderr.write(msg + '\n');

class ImportError extends Error {}

function loadDomains(): Domain[] {
  const raw = readJson<unknown[]>(paths.domains());
  return raw.map((d, i) => {
    const r = domainSchema.safeParse(d);
    if (!r.success)
      throw new ImportError(
        `${paths.domains()} › [${i}] ${describeIssues(r.error, d)
          .map((e) => `${e.field} : ${e.message}`)
          .join(' ; ')}`,
      );
    return r.data;
  });
}

/** Legal population of a set of départements (a région's, or a single département signatory's). */
function departementsPopulation(codes: readonly string[]): number {
  const require = createRequire(import.meta.url);
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as {
    type: string;
    departement?: string;
    population?: number;
  }[];
  const wanted = new Set(codes);
  return communes
    .filter((c) => c.type === 'commune-actuelle' && c.departement !== undefined && wanted.has(c.departement))
    .reduce((s, c) => s + (c.population ?? 0), 0);
}

function importReference(dataDir: string): void {
  if (!existsSync(dataDir)) throw new ImportError(`dossier de données introuvable : ${dataDir} (réglez CTAI_DATA_DIR)`);
  const file = (name: string) => join(dataDir, name);
  const domains = loadDomains();
  const read = (name: string) => ({ name: file(name), bytes: new Uint8Array(readFileSync(file(name))) });
  const { territories, actions, figures, articles, errors } = validateResearch({
    territories: read('territories.json'),
    actions: read('actions.json'),
    figures: read('figures.json'),
    articles: read('articles.json'),
    domains,
    departementsPopulation,
  });

  // Editors' spreadsheet actions stay; they must still point at known territories.
  const editorActions = listFiles(paths.actions(), '.json')
    .map((f) => ({
      file: join(paths.actions(), f),
      data: readJson<{ id: string; origin: string; territory: string; domains: string[] }>(join(paths.actions(), f)),
    }))
    .filter((a) => a.data.origin === 'tableur');
  const problems = checkIntegrity({
    territories: territories.map((t) => ({ id: t.id, file: `territoire ${t.id}` })),
    domains: domains.map((d) => ({ id: d.id, file: paths.domains() })),
    actions: [
      ...actions.map((a) => ({ ...a, file: `action ${a.id}` })),
      ...editorActions.map((a) => ({ ...a.data, file: a.file })),
    ],
    articles: articles.map((a) => ({
      id: a.id,
      file: `article ${a.id}`,
      territories: a.frontmatter.territories as string[],
      domains: a.frontmatter.domains as string[],
    })),
  });
  errors.push(...problems.map((p) => formatProblems([p])));
  if (errors.length) throw new ImportError(`${errors.length} erreur(s) ; rien n'a été écrit :\n${errors.join('\n')}`);

  // Files an editor changed since the last import are kept, and reported (scripts/lib/import-ledger.ts).
  const ledger = new ImportLedger(CONTENT_DIR);
  const sync = <T extends { id: string }>(
    dir: string,
    items: T[],
    ext: string,
    render: (item: T) => string,
    isOurs: (path: string) => boolean,
  ) => {
    const keep = new Set(items.map((i) => `${i.id}${ext}`));
    for (const item of items) ledger.write(join(dir, `${item.id}${ext}`), render(item));
    for (const f of listFiles(dir, ext)) if (!keep.has(f) && isOurs(join(dir, f))) ledger.remove(join(dir, f));
  };
  const fromResearchJson = (p: string) => readJson<{ origin?: string }>(p).origin !== 'tableur';
  sync(paths.territories(), territories, '.json', stableJson, () => true);
  sync(paths.actions(), actions, '.json', stableJson, fromResearchJson);
  sync(paths.figures(), figures, '.json', stableJson, () => true);
  sync(
    paths.articles(),
    articles,
    '.md',
    // Through the schema: every field, in the order the editing interface writes them.
    (a) => markdownFile(articleSchema.parse(a.frontmatter), a.body),
    (p) => {
      const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(p, 'utf8'))?.[1] ?? '';
      return (parseYaml(fm) as { origin?: string } | null)?.origin === 'recherche';
    },
  );
  ledger.save();
  log(
    `Import de la recherche : ${territories.length} territoires, ${actions.length} actions, ${figures.length} chiffres, ${articles.length} articles ; ${ledger.changed} fichier(s) modifié(s).`,
  );
  logLedger(ledger);
}

/** What the import left alone because an editor changed it, with both values of each conflict. */
function logLedger(ledger: ImportLedger): void {
  if (ledger.kept.length)
    log(`${ledger.kept.length} fichier(s) modifié(s) par la rédaction gardé(s) tel(s) quel(s) : ${ledger.kept.join(', ')}.`);
  if (ledger.conflicts.length) {
    log(`${ledger.conflicts.length} conflit(s) : la version de la rédaction est gardée, celle de l’import n’est pas écrite.`);
    for (const line of ledger.report()) log(line);
    log(
      'Pour reprendre la version de l’import, reportez-la dans le fichier (ou dans /admin/), ou supprimez le fichier puis sa ligne dans content/.import-state.json et relancez.',
    );
  }
}

interface SheetRun {
  domains: Domain[];
  territoryIds: Set<string>;
  existing: Map<string, 'recherche' | 'tableur'>;
  /** Action id → the file and line that gave it in this run (two spreadsheets must not fight over one id). */
  seen: Map<string, string>;
  /** Importing content/tableurs/ for the build (no --valid-only there). */
  folder?: boolean;
}

function sheetRun(): SheetRun {
  const existing = new Map(
    listFiles(paths.actions(), '.json').map((f) => {
      const a = readJson<{ id: string; origin: 'recherche' | 'tableur' }>(join(paths.actions(), f));
      return [a.id, a.origin] as const;
    }),
  );
  const territoryIds = new Set(listFiles(paths.territories(), '.json').map((f) => basename(f, '.json')));
  return { domains: loadDomains(), territoryIds, existing, seen: new Map() };
}

/**
 * One spreadsheet, all or nothing (or its valid rows with --valid-only), through the ledger: an
 * action an editor changed since the last import is kept. Returns the number of refused lines.
 */
function importSheet(csvPath: string, run: SheetRun, ledger: ImportLedger, validOnly: boolean): number {
  const name = relative(process.cwd(), csvPath) || csvPath;
  let result;
  try {
    result = parseActionsCsv(new Uint8Array(readFileSync(csvPath)), run, csvPath);
  } catch (e) {
    if (e instanceof CsvFileError) throw new ImportError(`${name} : ${e.message}`);
    throw e;
  }
  const lines = new Map<string, number>();
  for (const action of result.actions) {
    const line = result.lines.get(action.id) ?? 0;
    const earlier = run.seen.get(action.id);
    if (earlier) result.errors.push({ line, column: 'id', message: `identifiant « ${action.id} » déjà importé par ${earlier}` });
    else lines.set(action.id, line);
  }
  result.errors.sort((a, b) => a.line - b.line);
  for (const err of result.errors) log(`${name}:${err.line} › ${err.column} : ${err.message}`);
  const badLines = new Set(result.errors.map((e) => e.line)).size;
  if (result.errors.length && !validOnly) {
    const hint = run.folder
      ? 'Corrigez-les dans le tableur et enregistrez-le de nouveau.'
      : `Corrigez-les, ou relancez avec --valid-only pour n'importer que les ${result.actions.length} ligne(s) valides.`;
    throw new ImportError(
      `${name} : ${badLines} ligne(s) refusée(s) sur ${result.rows} ; rien n'a été écrit de ce fichier. ${hint}`,
    );
  }
  const before = ledger.changed;
  for (const action of result.actions) {
    if (!lines.has(action.id)) continue;
    run.seen.set(action.id, `${name} (ligne ${lines.get(action.id)})`);
    ledger.write(join(paths.actions(), `${action.id}.json`), stableJson(action));
  }
  log(
    `${name} : ${lines.size} action(s) valide(s) importée(s), ${ledger.changed - before} fichier(s) modifié(s)${badLines ? ` ; ${badLines} ligne(s) ignorée(s)` : ''}.`,
  );
  return badLines;
}

function importCsv(csvPath: string, validOnly: boolean): void {
  if (!existsSync(csvPath)) throw new ImportError(`fichier introuvable : ${csvPath}`);
  const ledger = new ImportLedger(CONTENT_DIR);
  const badLines = importSheet(csvPath, sheetRun(), ledger, validOnly);
  ledger.save();
  logLedger(ledger);
  if (badLines) process.exitCode = 1;
}

const SHEET_FILE = /\.(xlsx|xls|ods|csv)$/i;

/**
 * `--tableurs`: every spreadsheet saved through /admin/ into content/tableurs/ (run by `npm run
 * build`, `npm run dev` and `npm run edit`). Each file is all or nothing; a refused file stops the
 * build with its file, line and column, so the live site keeps its last good version.
 */
function importSheetFolder(): void {
  const dir = join(CONTENT_DIR, 'tableurs');
  const files = existsSync(dir)
    ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => SHEET_FILE.test(f)).sort()
    : [];
  if (files.length === 0) return;
  const run = { ...sheetRun(), folder: true };
  const ledger = new ImportLedger(CONTENT_DIR);
  const refused: string[] = [];
  for (const f of files) {
    try {
      importSheet(join(dir, f), run, ledger, false);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      log(`Erreur : ${e.message}`);
      refused.push(relative(process.cwd(), join(dir, f)));
    }
  }
  ledger.save();
  logLedger(ledger);
  if (refused.length)
    throw new ImportError(
      `${refused.length} tableur(s) refusé(s) sur ${files.length} : ${refused.join(', ')}. Corrigez-les (ligne et colonne ci-dessus) ou retirez-les de content/tableurs/ ; le site en ligne garde sa dernière version.`,
    );
}

const { values } = parseArgs({
  options: {
    csv: { type: 'string' },
    tableurs: { type: 'boolean', default: false },
    'valid-only': { type: 'boolean', default: false },
  },
});
try {
  if (values.csv) importCsv(values.csv, values['valid-only']);
  else if (values.tableurs) importSheetFolder();
  else importReference(process.env.CTAI_DATA_DIR ?? '../shared/data/ctai');
} catch (e) {
  if (e instanceof ImportError) {
    log(`Erreur : ${e.message}`);
    process.exit(1);
  }
  // Never a stack trace for the editor: a short French message (the trace with CTAI_DEBUG=1).
  log(`Erreur inattendue, rien n'a été écrit : ${(e as Error)?.message ?? String(e)}. Signalez-la avec le fichier en cause.`);
  if (process.env.CTAI_DEBUG) log(String((e as Error)?.stack));
  process.exit(1);
}
