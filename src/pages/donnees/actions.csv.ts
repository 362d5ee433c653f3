import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/dataset.ts';
import { toCsv } from '../../lib/csv.ts';
import { actionColumns, tableOf } from '../../lib/data-dictionary.ts';
import { csvResponse, exportContext } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getDataset();
  const { header, rows } = tableOf(actionColumns(exportContext(data, site)), data.actions);
  return csvResponse(toCsv(header, rows));
};
