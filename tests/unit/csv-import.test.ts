/**
 * The editors' spreadsheet: every bad row is reported with its line number (as the spreadsheet
 * shows it, header = line 1), the column and a French reason; good rows are kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CsvFileError, parseActionsCsv, type CsvContext } from '../../src/lib/spreadsheet/actions.ts';
import { domainSchema } from '../../src/schemas/domain.ts';
import { actionSchema } from '../../src/schemas/action.ts';

const domains = (JSON.parse(readFileSync('content/domains.json', 'utf8')) as unknown[]).map((d) => domainSchema.parse(d));
const ctx: CsvContext = {
  domains,
  territoryIds: new Set(['grenoble', 'strasbourg', 'nantes']),
  existing: new Map([
    ['strasbourg-zakote', 'recherche'],
    ['essai-deja-tableur', 'tableur'],
  ]),
};
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/csv/${name}`));
const encode = (text: string) => new TextEncoder().encode(text);

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;
const goodRow: Row = {
  id: 'essai-action',
  titre: 'Essai : ateliers',
  territoire: 'grenoble',
  domaines: 'langue',
  annee_debut: '2021',
  annee_fin: '2022',
  statut: 'réalisée',
  resume: 'Résumé d’essai.',
  lien_ctai: 'explicite',
  confiance: 'haute',
  source_url: 'https://exemple.org/essai',
  source_titre: 'Page d’essai',
};
const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** A CSV with the full header and the given rows (row i is on line i + 2). */
function csv(...rows: Row[]): Uint8Array {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => quote(r[c] ?? '')).join(','))];
  return encode(lines.join('\n') + '\n');
}

describe('a good spreadsheet', () => {
  it('imports every row of the fixture, normalised and valid', () => {
    const r = parseActionsCsv(fixture('good.csv'), ctx);
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(2);
    expect(r.actions.map((a) => a.id)).toEqual(['essai-ateliers-fle', 'essai-permanence-sante']);
    const [first, second] = r.actions;
    expect(first).toMatchObject({ domains: ['langue', 'emploi'], startYear: 2022, endYear: 2023, origin: 'tableur' });
    // Labels are accepted for domains; quoted cells keep commas and doubled quotes.
    expect(second).toMatchObject({
      title: 'Essai : permanence santé, avec virgule',
      domains: ['sante'],
      endYear: null,
      status: 'annoncée',
      contractLink: 'contexte',
      contractLinkNote: 'cité dans le bilan',
      summary: `Deuxième ligne d'essai ; résumé "entre guillemets".`,
    });
    expect(second!.sources).toHaveLength(2);
    for (const a of r.actions) expect(actionSchema.safeParse(a).success).toBe(true);
  });

  it('reads a French Excel export: BOM, semicolons, CRLF, capitalised values', () => {
    const r = parseActionsCsv(fixture('excel-semicolon-bom.csv'), ctx);
    expect(r.errors).toEqual([]);
    expect(r.actions).toHaveLength(1);
    expect(r.actions[0]).toMatchObject({
      id: 'essai-excel',
      title: 'Essai : export Excel, avec virgule',
      domains: ['logement'],
      status: 'réalisée',
      contractLink: 'explicite',
      confidence: 'haute',
      carrierKind: 'collectivité',
    });
    expect(r.actions[0]!.sources[0]!.date).toBe('2022-01-15');
  });

  it('accepts an update of an action that came from a spreadsheet', () => {
    const r = parseActionsCsv(csv({ ...goodRow, id: 'essai-deja-tableur' }), ctx);
    expect(r.errors).toEqual([]);
  });
});

describe('a CSV saved by Excel as Windows-1252', () => {
  it('reads its accents as the editor typed them', () => {
    const r = parseActionsCsv(fixture('latin1.csv'), ctx);
    expect(r.errors).toEqual([]);
    expect(r.actions.map((a) => [a.id, a.title, a.status])).toEqual([['essai-latin', 'Essai année', 'réalisée']]);
  });
});

describe('a spreadsheet with good and bad rows', () => {
  const r = parseActionsCsv(fixture('mixed.csv'), ctx);
  it('keeps the good rows', () => {
    expect(r.actions.map((a) => a.id)).toEqual(['essai-bon-un', 'essai-bon-deux']);
    expect(r.rows).toBe(6);
  });
  it('reports each bad row at its exact line (blank lines counted), with column and reason', () => {
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'territoire'],
      [6, 'annee_fin'],
      [7, '(ligne)'],
      [8, 'source_url'],
    ]);
    expect(r.errors[0]!.message).toMatch(/territoire inconnu « atlantide ».*grenoble, nantes, strasbourg/);
    expect(r.errors[1]!.message).toMatch(/l’année de fin \(2021\) précède l’année de début \(2023\)/);
    expect(r.errors[2]!.message).toMatch(/23 colonnes au lieu de 22/);
    expect(r.errors[3]!.message).toMatch(/protocole « javascript: » n’est pas autorisé/);
  });
});

describe('bad rows are rejected with line, column and a French reason', () => {
  const cases: [kind: string, row: Row, column: string, message: RegExp][] = [
    ['missing title', { titre: '' }, 'titre', /champ obligatoire/],
    ['missing summary', { resume: '  ' }, 'resume', /champ obligatoire/],
    ['missing source title', { source_titre: '' }, 'source_titre', /champ obligatoire/],
    ['missing source', { source_url: '', source_titre: '' }, 'source_url', /adresse web invalide/],
    ['unknown territory', { territoire: 'atlantide' }, 'territoire', /territoire inconnu « atlantide »/],
    [
      'unknown domain',
      { domaines: 'langue;astronomie' },
      'domaines',
      /domaine inconnu « astronomie ». Valeurs possibles : logement/,
    ],
    ['no domain', { domaines: '' }, 'domaines', /au moins 1 élément/],
    ['repeated domain', { domaines: 'langue;Formation linguistique' }, 'domaines', /un domaine est répété/],
    ['end year before start year', { annee_debut: '2022', annee_fin: '2020' }, 'annee_fin', /précède l’année de début/],
    ['two-digit year', { annee_debut: '22' }, 'annee_debut', /année attendue sur 4 chiffres.*« 22 »/],
    ['year as text', { annee_fin: 'fin 2023' }, 'annee_fin', /année attendue sur 4 chiffres/],
    ['year before the programme', { annee_debut: '2010', annee_fin: '' }, 'annee_debut', /avant 2015/],
    ['malformed URL', { source_url: 'www.exemple.org/page' }, 'source_url', /adresse web invalide/],
    ['javascript: URL', { source_url: 'javascript:alert(1)' }, 'source_url', /« javascript: » n’est pas autorisé/],
    ['data: URL', { source_url: 'data:text/html,<b>x</b>' }, 'source_url', /« data: » n’est pas autorisé/],
    ['javascript: in second source', { source2_url: 'JavaScript:void(0)', source2_titre: 'B' }, 'source2_url', /javascript:/],
    ['HTML in a title', { titre: 'Essai <script>alert(1)</script>' }, 'titre', /balise HTML/],
    ['HTML in a summary', { resume: '<img src=x onerror=alert(1)>' }, 'resume', /balise HTML/],
    ['control character', { resume: 'Résumé\u0007 avec cloche' }, 'resume', /caractère de contrôle/],
    ['NUL character', { titre: 'Essai\u0000' }, 'titre', /caractère de contrôle/],
    ['direction override', { resume: 'Montant : \u202E000 01\u202C €' }, 'resume', /inverse le sens d’affichage/],
    ['direction isolate', { porteur: 'Asso \u2067x\u2069' }, 'porteur', /inverse le sens d’affichage/],
    ['title too long', { titre: 'x'.repeat(201) }, 'titre', /titre trop long \(200 caractères au plus\)/],
    ['bad status', { statut: 'peut-être' }, 'statut', /statut inconnu : « peut-être ».*réalisée/],
    ['bad confidence', { confiance: 'certaine' }, 'confiance', /niveau de confiance illisible : « certaine »/],
    ['bad contract link', { lien_ctai: 'oui' }, 'lien_ctai', /lien au contrat inconnu/],
    ['slug with accents', { id: 'essai-été' }, 'id', /minuscules sans accents/],
    ['slug with capitals', { id: 'Essai-Action' }, 'id', /minuscules sans accents/],
    ['slug with spaces', { id: 'essai action' }, 'id', /minuscules sans accents/],
    ['slug of a research action', { id: 'strasbourg-zakote' }, 'id', /déjà pris par une action issue de la recherche/],
    ['source date with a two-digit year', { source_date: '12/05/21' }, 'source_date', /ambiguë : l’année doit avoir 4 chiffres/],
    ['source date in American order', { source_date: '05/23/2021' }, 'source_date', /ordre mois\/jour \(américain\)/],
    ['French source date that does not exist', { source_date: '30/02/2024' }, 'source_date', /février 2024 compte 29 jours/],
    ['source date with words', { source_date: 'mai 2021' }, 'source_date', /illisible : écrivez JJ\/MM\/AAAA/],
    ['30 February', { source_date: '2024-02-30' }, 'source_date', /« 2024-02-30 » : février 2024 compte 29 jours/],
    ['29 February of a non-leap year', { source_date: '2023-02-29' }, 'source_date', /2023 n’est pas bissextile/],
    [
      'day 45',
      { source2_url: 'https://exemple.org/b', source2_titre: 'B', source2_date: '2026-12-45' },
      'source2_date',
      /décembre 2026 compte 31 jours/,
    ],
    ['far-future year', { annee_fin: '2099' }, 'annee_fin', /année 2099 : plus de 5 ans après aujourd’hui/],
    ['far-future source date', { source_date: '2099-01' }, 'source_date', /année 2099 : plus de 5 ans/],
    ['impossible month', { source_date: '2021-13' }, 'source_date', /date impossible « 2021-13 » : le mois 13 n’existe pas/],
  ];
  it('has at least 20 kinds of bad row', () => expect(cases.length).toBeGreaterThanOrEqual(20));
  it.each(cases)('%s', (_kind, override, column, message) => {
    // A good row first, so the bad one is on line 3 and the good one is kept.
    const r = parseActionsCsv(csv({ ...goodRow, id: 'essai-bon' }, { ...goodRow, ...override }), ctx);
    expect(r.actions.map((a) => a.id)).toEqual(['essai-bon']);
    const error = r.errors.find((e) => e.column === column);
    expect(error, JSON.stringify(r.errors)).toBeDefined();
    expect(error!.line).toBe(3);
    expect(error!.message).toMatch(message);
  });

  it('a slug repeated in the file points to its first line', () => {
    const r = parseActionsCsv(csv(goodRow, { ...goodRow, titre: 'Autre' }, { ...goodRow, titre: 'Encore' }), ctx);
    expect(r.actions).toHaveLength(1);
    expect(r.errors).toEqual([
      { line: 3, column: 'id', message: 'identifiant « essai-action » déjà utilisé à la ligne 2' },
      { line: 4, column: 'id', message: 'identifiant « essai-action » déjà utilisé à la ligne 2' },
    ]);
  });

  it('a row with too few columns is reported at its line', () => {
    const text = `${CSV_COLUMNS.join(',')}\nessai-court,Titre,grenoble\n`;
    const r = parseActionsCsv(encode(text), ctx);
    expect(r.errors).toEqual([
      { line: 2, column: '(ligne)', message: '3 colonnes au lieu de 22 : un séparateur « , » en trop ou manquant ?' },
    ]);
  });

  it('a quoted cell over two lines keeps the following row numbers as a spreadsheet shows them', () => {
    const r = parseActionsCsv(
      csv({ ...goodRow, id: 'essai-multi', resume: 'ligne un\nligne deux' }, { ...goodRow, territoire: 'x' }),
      ctx,
    );
    expect(r.actions.map((a) => a.id)).toEqual(['essai-multi']);
    // The multi-line cell is one row (row 2) in Excel or LibreOffice: the next is row 3.
    expect(r.errors.map((e) => e.line)).toEqual([3]);
  });
});

describe('bad files are rejected as a whole with a French reason', () => {
  const cases: [kind: string, bytes: Uint8Array, message: RegExp][] = [
    ['empty file', fixture('empty.csv'), /le fichier est vide/],
    ['blank lines only', encode('\n\n  \n'), /le fichier est vide/],
    ['header only', fixture('header-only.csv'), /ne contient que la ligne des noms de colonnes/],
    ['missing required column', fixture('missing-column.csv'), /colonnes obligatoires absentes : source_titre/],
    ['unknown column', fixture('unknown-column.csv'), /colonnes inconnues : commentaire/],
    ['unterminated quote', encode(`${CSV_COLUMNS.join(',')}\n"essai,Titre\n`), /CSV illisible/],
  ];
  it.each(cases)('%s', (_kind, bytes, message) => {
    expect(() => parseActionsCsv(bytes, ctx)).toThrow(CsvFileError);
    expect(() => parseActionsCsv(bytes, ctx)).toThrow(message);
  });
});

describe('a header with a repeated column is refused before any row', () => {
  it('names the column', () => {
    const text = `id,titre,id\nx,y,z\n`;
    expect(() => parseActionsCsv(new TextEncoder().encode(text), ctx)).toThrow(/colonne\(s\) en double \(ligne 1\) : id/);
  });
});
