import { z } from 'astro/zod';
import { plainText, requiredText } from './common.ts';

/** Where spreadsheets saved through /admin/ go; `npm run build` imports every one (scripts/import-data.ts --tableurs). */
export const SHEET_UPLOAD_FOLDER = '/content/tableurs/fichiers';

/**
 * A spreadsheet of actions saved through the editing interface: a small JSON entry in
 * content/tableurs/ naming the file uploaded into content/tableurs/fichiers/. The build imports the
 * file with the command line's rules; the entry only lets editors find, replace or remove it.
 */
export const sheetUploadSchema = z.object({
  title: requiredText.meta({
    title: 'Nom',
    description: 'Pour vous y retrouver, par exemple « Actions de Grenoble, mai 2026 ».',
  }),
  file: z
    .string()
    .regex(/^\/content\/tableurs\/fichiers\/[^/]+\.(xlsx|xls|ods|csv)$/i, 'choisissez un fichier .xlsx, .ods, .xls ou .csv')
    .meta({
      title: 'Fichier du tableur',
      description:
        'Le tableur rempli à partir du modèle (.xlsx, .ods ou .csv). Vérifiez-le d’abord sur la page « Importer un tableur d’actions » : un fichier refusé arrête la publication.',
      cms: { file: { folder: SHEET_UPLOAD_FOLDER, accept: '.xlsx,.ods,.xls,.csv' } },
    }),
  note: plainText
    .default('')
    .meta({ title: 'Note', description: 'Facultative : d’où viennent ces actions.', cms: { widget: 'text' } }),
});
export type SheetUpload = z.infer<typeof sheetUploadSchema>;
