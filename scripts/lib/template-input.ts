/** What the template workbook lists, read from content/ (territories, domains) by the Node scripts. */
import { join } from 'node:path';
import { domainSchema } from '../../src/schemas/domain.ts';
import type { TemplateInput } from '../../src/lib/spreadsheet/template.ts';
import { CONTENT_DIR, listFiles, readJson } from './content-store.ts';

export function templateInputFromContent(dir = CONTENT_DIR): TemplateInput {
  const domains = readJson<unknown[]>(join(dir, 'domains.json')).map((d) => domainSchema.parse(d));
  const territories = listFiles(join(dir, 'territories'), '.json').map((f) =>
    readJson<{ id: string; name: string }>(join(dir, 'territories', f)),
  );
  return { territories: territories.map(({ id, name }) => ({ id, name })), domains };
}
