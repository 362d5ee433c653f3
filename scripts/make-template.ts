/**
 * `npm run template [-- fichier.xlsx]`: writes the template workbook for a spreadsheet of actions
 * (default modele-actions.xlsx), with the drop-down lists of today's content/. The site serves the
 * same file at /admin/modele-actions.xlsx.
 */
import { writeFileSync } from 'node:fs';
import { templateWorkbook } from '../src/lib/spreadsheet/template.ts';
import { templateInputFromContent } from './lib/template-input.ts';

const out = process.argv[2] ?? 'modele-actions.xlsx';
const input = templateInputFromContent();
writeFileSync(out, templateWorkbook(input));
process.stderr.write(`Modèle écrit : ${out} (${input.territories.length} territoires, ${input.domains.length} domaines).\n`);
