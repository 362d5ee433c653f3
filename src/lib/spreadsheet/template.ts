/**
 * The template workbook editors start from (.xlsx), generated from the schemas and content/ so it
 * can never drift: a « Mode d'emploi » sheet first, then « Actions » with the column names, a note
 * on each one and drop-down lists (territoire, domaines, statut, type de porteur, lien, confiance),
 * whose values live in a hidden « Listes » sheet behind named ranges.
 *
 * SheetJS's open-source build writes cells, notes and names but not data validations (a paid
 * feature: SheetJS/sheetjs#332, #1084), so the <dataValidations> element is added to the sheet's
 * XML afterwards (ECMA-376 §18.3.1.32; Excel caps promptTitle/errorTitle at 32 characters, prompt at
 * 255, error at 225: MS-OI29500 §2.1.613). Pure: used by the build (/admin/modele-actions.xlsx) and
 * by `npm run template`.
 */
import { CFB, utils, write, type WorkSheet } from '@e965/xlsx';
import { ACTION_STATUSES, CARRIER_KINDS, actionSchema } from '../../schemas/action.ts';
import { CONFIDENCE_LEVELS } from '../../schemas/common.ts';
import type { Domain } from '../../schemas/domain.ts';
import { CSV_COLUMNS, REQUIRED_COLUMNS } from './actions.ts';
import { COLUMN_NOTES } from './columns.ts';
import { LIMITS, formatCount } from './limits.ts';

export interface TemplateInput {
  territories: readonly { id: string; name: string }[];
  domains: readonly Domain[];
}

export const TEMPLATE_SHEETS = ['Mode d’emploi', 'Actions', 'Listes'] as const;

type ListColumn = 'territoire' | 'domaines' | 'statut' | 'type_porteur' | 'lien_ctai' | 'confiance';

/** Drop-down lists: their values, and whether a value outside the list is still allowed (with a warning). */
function lists(input: TemplateInput): Record<ListColumn, { values: readonly string[]; strict: boolean }> {
  return {
    territoire: { values: input.territories.map((t) => t.id), strict: false },
    // Several domains go in one cell (« langue; emploi »): the list only helps with the first.
    domaines: { values: [...input.domains].sort((a, b) => a.order - b.order).map((d) => d.id), strict: false },
    statut: { values: ACTION_STATUSES, strict: false },
    type_porteur: { values: CARRIER_KINDS, strict: false },
    lien_ctai: { values: actionSchema.shape.contractLink.options, strict: false },
    confiance: { values: CONFIDENCE_LEVELS, strict: false },
  };
}

function instructions(input: TemplateInput): string[][] {
  return [
    ['Ajouter des actions avec ce tableur — Atlas CTAI'],
    [],
    ['1. Remplissez la feuille « Actions » : une ligne par action, à partir de la ligne 2. Ne renommez pas les colonnes.'],
    [`2. Colonnes obligatoires : ${REQUIRED_COLUMNS.join(', ')}.`],
    ['3. Chaque fait vient d’une source publique : son adresse dans source_url, son titre dans source_titre.'],
    [
      '4. Listes déroulantes : territoire, domaines, statut, type_porteur, lien_ctai, confiance. Une valeur hors liste est signalée.',
    ],
    ['5. Plusieurs domaines : séparez-les par « ; » (le premier est le domaine principal).'],
    ['6. Dates : une cellule date, ou JJ/MM/AAAA (03/05/2021). Années : 4 chiffres (2022).'],
    ['7. Sélectionnez un nom de colonne (ligne 1) pour lire sa note : ce qu’elle contient, et les valeurs acceptées.'],
    [
      `8. Enregistrez en .xlsx (ou .ods, ou CSV) ; ${formatCount(LIMITS.rows)} actions au plus par fichier. Importez-le dans /admin/ (« Importer un tableur d’actions ») ou avec npm run data -- --csv fichier.xlsx.`,
    ],
    ['9. Rien n’est écrit tant qu’une ligne est fautive : chaque erreur est donnée avec sa ligne et sa colonne.'],
    [],
    [
      `Territoires : ${formatCount(input.territories.length)} ; domaines : ${formatCount(input.domains.length)} (feuille « Listes », masquée).`,
    ],
    ['Cette feuille peut rester en tête du classeur : l’import cherche la ligne des noms de colonnes dans chaque feuille.'],
  ];
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1) + '…');

/** The <dataValidations> element of the « Actions » sheet: a help text on every column, a list on some. */
function validationsXml(input: TemplateInput): string {
  const all = lists(input);
  const last = LIMITS.rows + 1;
  const items = CSV_COLUMNS.map((column, index) => {
    const col = utils.encode_col(index);
    const list = all[column as ListColumn];
    const attrs = [
      list ? 'type="list"' : '',
      'allowBlank="1"',
      'showInputMessage="1"',
      list ? `showErrorMessage="1" errorStyle="${list.strict ? 'stop' : 'warning'}"` : '',
      list ? `errorTitle="${xml(clip(`Valeur hors liste (${column})`, 32))}"` : '',
      list
        ? `error="${xml(clip('Cette valeur n’est pas dans la liste : l’import la refusera sauf variante acceptée (majuscules, accents, précision entre parenthèses).', 225))}"`
        : '',
      `promptTitle="${xml(clip(column, 32))}"`,
      `prompt="${xml(clip(COLUMN_NOTES[column], 255))}"`,
      `sqref="${col}2:${col}${last}"`,
    ].filter(Boolean);
    const formula = list ? `<formula1>liste_${column}</formula1>` : '';
    return `<dataValidation ${attrs.join(' ')}>${formula}</dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** Elements that must follow <dataValidations> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER = [
  '<hyperlinks',
  '<printOptions',
  '<pageMargins',
  '<pageSetup',
  '<headerFooter',
  '<ignoredErrors',
  '<drawing',
  '<legacyDrawing',
  '</worksheet>',
];

function withValidations(book: Uint8Array, sheetPath: string, validations: string): Uint8Array {
  const zip = CFB.read(book, { type: 'array' });
  const entry = CFB.find(zip, '/' + sheetPath) as { content: Uint8Array } | null;
  if (!entry) throw new Error(`modèle : ${sheetPath} absent du classeur écrit par SheetJS`);
  const text = new TextDecoder().decode(entry.content);
  const at = Math.min(...AFTER.map((tag) => text.indexOf(tag)).filter((i) => i >= 0));
  entry.content = new TextEncoder().encode(text.slice(0, at) + validations + text.slice(at));
  return new Uint8Array(CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
}

/** The template workbook's bytes. */
export function templateWorkbook(input: TemplateInput): Uint8Array {
  const book = utils.book_new();
  const guide = utils.aoa_to_sheet(instructions(input));
  guide['!cols'] = [{ wch: 120 }];
  utils.book_append_sheet(book, guide, TEMPLATE_SHEETS[0]);

  const actions: WorkSheet = utils.aoa_to_sheet([[...CSV_COLUMNS]]);
  actions['!cols'] = CSV_COLUMNS.map((c) => ({ wch: ['titre', 'resume', 'source_url', 'source_titre'].includes(c) ? 40 : 16 }));
  CSV_COLUMNS.forEach((column, index) => {
    const cell = actions[utils.encode_cell({ r: 0, c: index })]!;
    const required = (REQUIRED_COLUMNS as readonly string[]).includes(column) ? 'Obligatoire. ' : 'Facultative. ';
    cell.c = Object.assign([{ a: 'Atlas CTAI', t: required + COLUMN_NOTES[column] }], { hidden: true });
  });
  utils.book_append_sheet(book, actions, TEMPLATE_SHEETS[1]);

  const all = lists(input);
  const columns = Object.keys(all) as ListColumn[];
  const height = Math.max(...columns.map((c) => all[c].values.length));
  const rows = [
    columns.map((c) => `valeurs de ${c}`),
    ...Array.from({ length: height }, (_, i) => columns.map((c) => all[c].values[i] ?? '')),
  ];
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), TEMPLATE_SHEETS[2]);
  book.Workbook = {
    Sheets: TEMPLATE_SHEETS.map((name, i) => ({ name, Hidden: i === 2 ? 1 : 0 })),
    Names: columns.map((c, i) => {
      const col = utils.encode_col(i);
      return { Name: `liste_${c}`, Ref: `Listes!$${col}$2:$${col}$${all[c].values.length + 1}` };
    }),
  };
  const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  return withValidations(bytes, 'xl/worksheets/sheet2.xml', validationsXml(input));
}
