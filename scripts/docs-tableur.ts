/**
 * Regenerates the lists of accepted values in docs/tableur-actions.md from the code (columns,
 * statuses, carrier kinds, confidence levels, domains, territories), between the markers
 * `<!-- généré:début -->` and `<!-- généré:fin -->`, so the documentation cannot drift.
 * `--check` exits non-zero when the file is out of date (run by the unit tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { ACTION_STATUSES, CARRIER_KINDS } from '../src/schemas/action.ts';
import { CONFIDENCE_LEVELS } from '../src/schemas/common.ts';
import { domainSchema } from '../src/schemas/domain.ts';
import { CSV_COLUMNS, REQUIRED_COLUMNS } from '../src/lib/spreadsheet/actions.ts';
import { COLUMN_NOTES } from '../src/lib/spreadsheet/columns.ts';
import { CONTENT_DIR, listFiles, readJson } from './lib/content-store.ts';

const DOC = 'docs/tableur-actions.md';
const START = '<!-- généré:début -->';
const END = '<!-- généré:fin -->';

const code = (s: string) => `\`${s}\``;

/** The generated part of the document, in French. */
export function renderLists(): string {
  const domains = readJson<unknown[]>(join(CONTENT_DIR, 'domains.json'))
    .map((d) => domainSchema.parse(d))
    .sort((a, b) => a.order - b.order);
  const territories = listFiles(join(CONTENT_DIR, 'territories'), '.json').map((f) => {
    const t = readJson<{ id: string; name: string }>(join(CONTENT_DIR, 'territories', f));
    return `${code(t.id)} (${t.name})`;
  });
  return [
    '### Colonnes, dans l’ordre',
    '',
    `Obligatoires : ${REQUIRED_COLUMNS.map(code).join(', ')}.`,
    '',
    `Toutes : ${CSV_COLUMNS.map(code).join(', ')}.`,
    '',
    'Ce que contient chaque colonne (le même texte que la note du modèle de tableur) :',
    '',
    '| Colonne | Obligatoire | Contenu |',
    '| --- | --- | --- |',
    ...CSV_COLUMNS.map(
      (c) =>
        `| ${code(c)} | ${(REQUIRED_COLUMNS as readonly string[]).includes(c) ? 'oui' : 'non'} | ${COLUMN_NOTES[c].replace(/\|/g, '\\|')} |`,
    ),
    '',
    '### Statuts (`statut`)',
    '',
    ...ACTION_STATUSES.map((s) => `- ${code(s)}`),
    '',
    '### Types de porteur (`type_porteur`)',
    '',
    ...CARRIER_KINDS.map((s) => `- ${code(s)}`),
    '',
    '### Niveaux de confiance (`confiance`)',
    '',
    ...CONFIDENCE_LEVELS.map((s) => `- ${code(s)}`),
    '',
    '### Domaines (`domaines`)',
    '',
    'Identifiant, libellé ou autre graphie acceptée (sans tenir compte des majuscules ni des accents).',
    '',
    '| Identifiant | Libellé | Autres graphies acceptées |',
    '| --- | --- | --- |',
    ...domains.map(
      (d) =>
        `| ${code(d.id)} | ${d.label} | ${d.aliases.filter((a) => a.toLowerCase() !== d.label.toLowerCase()).join(' ; ') || '—'} |`,
    ),
    '',
    '### Territoires (`territoire`)',
    '',
    `${territories.join(', ')}.`,
  ].join('\n');
}

/** The document with its generated part replaced, formatted as `npx prettier --write` would. */
export async function updatedDoc(current: string): Promise<string> {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} : marqueurs ${START} / ${END} introuvables`);
  const text = `${current.slice(0, start + START.length)}\n\n${renderLists()}\n\n${current.slice(end)}`;
  return format(text, { ...(await resolveConfig(DOC)), filepath: DOC });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const current = readFileSync(DOC, 'utf8');
  const next = await updatedDoc(current);
  if (values.check) {
    if (next !== current) {
      process.stderr.write(`${DOC} n’est pas à jour : lancez node scripts/docs-tableur.ts\n`);
      process.exit(1);
    }
  } else if (next !== current) writeFileSync(DOC, next);
}
