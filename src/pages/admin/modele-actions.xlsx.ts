import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { templateWorkbook } from '../../lib/spreadsheet/template.ts';

/**
 * The template workbook for a spreadsheet of actions, built with the site so its drop-down lists
 * hold today's territories and domains (src/lib/spreadsheet/template.ts).
 */
export const GET: APIRoute = async () => {
  const domains = (await getCollection('domains')).map((d) => d.data);
  const territories = (await getCollection('territories'))
    .map((t) => ({ id: t.data.id, name: t.data.name }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const bytes = templateWorkbook({ territories, domains });
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
