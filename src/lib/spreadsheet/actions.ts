/**
 * The editors' spreadsheet of actions: parse, normalise and validate each row, reporting every
 * bad row with its line number, the column and the reason, without losing the good rows.
 * The format is documented in docs/tableur-actions.md (template workbook: template.ts).
 * Used by the command line, the build (content/tableurs/) and the browser (/admin/tableur/).
 */
import { actionSchema, type Action } from '../../schemas/action.ts';
import type { Domain } from '../../schemas/domain.ts';
import { describeIssues } from '../zod-issues.ts';
import { matchId } from './id-match.ts';
import { parseCarrierKind, parseConfidence, parseContractLink, parseStatus } from '../normalise.ts';
import { longCellMessage, readSpreadsheet, SpreadsheetError } from './read.ts';
import { readFrenchDate } from './french-date.ts';

export const CSV_COLUMNS = [
  'id',
  'titre',
  'territoire',
  'domaines',
  'annee_debut',
  'annee_fin',
  'statut',
  'porteur',
  'type_porteur',
  'public',
  'resume',
  'financement',
  'lien_ctai',
  'confiance',
  'source_url',
  'source_titre',
  'source_editeur',
  'source_date',
  'source2_url',
  'source2_titre',
  'source2_editeur',
  'source2_date',
] as const;
export const REQUIRED_COLUMNS = [
  'id',
  'titre',
  'territoire',
  'domaines',
  'statut',
  'resume',
  'lien_ctai',
  'confiance',
  'source_url',
  'source_titre',
];

/** Maps schema field names back to the spreadsheet's column names for error messages. */
const COLUMN_OF_FIELD: Record<string, string> = {
  id: 'id',
  title: 'titre',
  territory: 'territoire',
  domains: 'domaines',
  startYear: 'annee_debut',
  endYear: 'annee_fin',
  status: 'statut',
  carrier: 'porteur',
  carrierKind: 'type_porteur',
  audience: 'public',
  summary: 'resume',
  funding: 'financement',
  contractLink: 'lien_ctai',
  confidence: 'confiance',
  'sources.0.url': 'source_url',
  'sources.0.title': 'source_titre',
  'sources.0.publisher': 'source_editeur',
  'sources.0.date': 'source_date',
  'sources.1.url': 'source2_url',
  'sources.1.title': 'source2_titre',
  'sources.1.publisher': 'source2_editeur',
  'sources.1.date': 'source2_date',
};

export interface RowError {
  /** 1-based line number in the file as a spreadsheet shows it (the header is line 1). */
  line: number;
  column: string;
  message: string;
}

export interface CsvContext {
  domains: readonly Domain[];
  territoryIds: ReadonlySet<string>;
  /** Ids already in content/actions with where they come from, to refuse collisions. */
  existing: ReadonlyMap<string, 'recherche' | 'tableur'>;
}

export interface CsvResult {
  actions: Action[];
  errors: RowError[];
  rows: number;
  /** Id of each valid action → its row number in the spreadsheet. */
  lines: Map<string, number>;
}

export class CsvFileError extends Error {}

/** A row is the header when at least three of its cells are column names (title rows are not). */
export function isActionsHeader(cells: readonly string[]): boolean {
  return cells.filter((c) => (CSV_COLUMNS as readonly string[]).includes(c.trim().toLowerCase())).length >= 3;
}

function toYear(value: string, column: string, line: number, errors: RowError[]): number | null {
  const v = value.trim();
  if (v === '') return null;
  if (!/^\d{4}$/.test(v)) {
    errors.push({ line, column, message: `année attendue sur 4 chiffres (ex. 2022), reçu « ${v} »` });
    return null;
  }
  return Number(v);
}

/** Reads a spreadsheet (CSV, .xlsx, .ods: see spreadsheet.ts) of actions; `filename` tells its format. */
export function parseActionsCsv(bytes: Uint8Array, ctx: CsvContext, filename = 'tableur.csv'): CsvResult {
  let table;
  try {
    table = readSpreadsheet(bytes, filename, { isHeader: isActionsHeader, expected: REQUIRED_COLUMNS.join(', ') });
  } catch (e) {
    if (e instanceof SpreadsheetError) throw new CsvFileError(e.message);
    throw e;
  }
  const delimiter = table.delimiter ?? ',';
  const rows = table.rows.map((r) => ({ record: r.cells, info: { lines: r.row } }));
  const columns = table.header.map((c) => c.trim().toLowerCase());
  const headerAt = `${table.sheet ? `feuille « ${table.sheet} », ` : ''}ligne ${table.headerRow}`;
  const repeated = columns.filter((c, i) => c && columns.indexOf(c) !== i);
  if (repeated.length) throw new CsvFileError(`colonne(s) en double (${headerAt}) : ${[...new Set(repeated)].join(', ')}`);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (missing.length || unknown.length) {
    throw new CsvFileError(
      [
        missing.length ? `colonnes obligatoires absentes : ${missing.join(', ')}` : '',
        unknown.length ? `colonnes inconnues : ${unknown.join(', ')}` : '',
        `colonnes attendues (${headerAt}) : ${CSV_COLUMNS.join(delimiter)}`,
      ]
        .filter(Boolean)
        .join(' ; '),
    );
  }

  if (rows.length === 0) throw new CsvFileError('aucune action : le fichier ne contient que la ligne des noms de colonnes.');

  const errors: RowError[] = [];
  // A cell over the length limit was emptied by the reader: its row is refused, the others still count.
  const longRows = new Set<number>();
  for (const long of table.longCells) {
    errors.push({
      line: long.row,
      column: columns[long.column] || `colonne ${long.column + 1}`,
      message: longCellMessage(long.length),
    });
    longRows.add(long.row);
  }
  const actions: Action[] = [];
  const lines = new Map<string, number>();
  const seenInFile = new Map<string, number>();

  for (const { record, info } of rows) {
    const line = info.lines;
    if (longRows.has(line)) continue;
    const rowErrors: RowError[] = [];
    if (record.length !== columns.length) {
      errors.push({
        line,
        column: '(ligne)',
        message: `${record.length} colonnes au lieu de ${columns.length} : un séparateur « ${delimiter} » en trop ou manquant ?`,
      });
      continue;
    }
    const cell = (name: string) => (record[columns.indexOf(name)] ?? '').trim();
    const id = cell('id');

    const domainCells = cell('domaines')
      .split(/[;|]/)
      .map((d) => d.trim())
      .filter(Boolean);
    // Ids typed by hand: one explicit folding rule, or a refusal with a suggestion (id-match.ts).
    const domainCandidates = ctx.domains.map((d) => ({ id: d.id, names: [d.label, ...d.aliases] }));
    const domains = domainCells.map((d) => {
      const hit = matchId(d, domainCandidates, 'domaine');
      if ('error' in hit) rowErrors.push({ line, column: 'domaines', message: hit.error });
      return 'id' in hit ? hit.id : d;
    });
    const territoryCandidates = [...ctx.territoryIds].sort().map((id) => ({ id }));
    const territoryHit = cell('territoire') ? matchId(cell('territoire'), territoryCandidates, 'territoire') : null;
    if (territoryHit && 'error' in territoryHit) rowErrors.push({ line, column: 'territoire', message: territoryHit.error });
    const territory = territoryHit && 'id' in territoryHit ? territoryHit.id : cell('territoire');
    const tryParse = <T>(column: string, fn: () => T, fallback: T): T => {
      if (cell(column) === '') return fallback;
      try {
        return fn();
      } catch (e) {
        rowErrors.push({ line, column, message: (e as Error).message });
        return fallback;
      }
    };
    const status = tryParse('statut', () => parseStatus(cell('statut')), { status: '' as never, note: '' });
    const link = tryParse('lien_ctai', () => parseContractLink(cell('lien_ctai')), { link: '' as never, note: '' });
    const confidence = tryParse('confiance', () => parseConfidence(cell('confiance')), { level: '' as never, note: '' });
    const carrierKind = parseCarrierKind(cell('type_porteur') || 'autre');

    // Dates typed the French way (JJ/MM/AAAA) become ISO; ambiguous ones are refused, never guessed.
    const date = (column: string) => {
      const reading = readFrenchDate(cell(column));
      if ('error' in reading) rowErrors.push({ line, column, message: reading.error });
      return 'date' in reading ? reading.date : '';
    };
    const sources = [
      { url: cell('source_url'), title: cell('source_titre'), publisher: cell('source_editeur'), date: date('source_date') },
    ];
    if (cell('source2_url') || cell('source2_titre')) {
      sources.push({
        url: cell('source2_url'),
        title: cell('source2_titre'),
        publisher: cell('source2_editeur'),
        date: date('source2_date'),
      });
    }
    const candidate = {
      id,
      title: cell('titre'),
      territory,
      domains,
      startYear: toYear(cell('annee_debut'), 'annee_debut', line, rowErrors),
      endYear: toYear(cell('annee_fin'), 'annee_fin', line, rowErrors),
      recurring: false,
      yearsNote: '',
      status: status.status,
      statusNote: status.note,
      carrier: cell('porteur'),
      carrierKind: carrierKind.kind,
      carrierKindNote: carrierKind.note,
      audience: cell('public'),
      summary: cell('resume'),
      funding: cell('financement'),
      contractLink: link.link,
      contractLinkNote: link.note,
      sources,
      confidence: confidence.level,
      confidenceNote: confidence.note,
      origin: 'tableur' as const,
    };
    const parsed = actionSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of describeIssues(parsed.error, candidate)) {
        const column = COLUMN_OF_FIELD[issue.field] ?? COLUMN_OF_FIELD[issue.field.split('.')[0]!] ?? issue.field;
        // Skip errors already reported with a better message by the pre-checks above.
        if (rowErrors.some((e) => e.column === column)) continue;
        rowErrors.push({ line, column, message: issue.message });
      }
    }
    if (id && seenInFile.has(id)) {
      rowErrors.push({ line, column: 'id', message: `identifiant « ${id} » déjà utilisé à la ligne ${seenInFile.get(id)}` });
    } else if (id && ctx.existing.get(id) === 'recherche') {
      rowErrors.push({
        line,
        column: 'id',
        message: `identifiant « ${id} » déjà pris par une action issue de la recherche : choisissez-en un autre`,
      });
    }
    if (id) seenInFile.set(id, seenInFile.get(id) ?? line);

    if (rowErrors.length) errors.push(...rowErrors);
    else if (parsed.success) {
      actions.push(parsed.data);
      lines.set(parsed.data.id, line);
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { actions, errors, rows: rows.length, lines };
}
