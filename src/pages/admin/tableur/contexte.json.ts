import type { APIRoute } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What /admin/tableur/ checks a spreadsheet against on the hosted site, where no folder can be
 * opened: the domains, the territories' ids, each action's file as committed and the import ledger
 * — the same inputs as `npm run data -- --csv`, taken from content/ at build time.
 */
const root = process.env.CTAI_CONTENT_DIR ?? './content';
const jsonFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort();

export const GET: APIRoute = () => {
  const ledgerPath = join(root, '.import-state.json');
  const body = {
    domains: JSON.parse(readFileSync(join(root, 'domains.json'), 'utf8')) as unknown,
    territoryIds: jsonFiles('territories').map((f) => f.slice(0, -5)),
    actions: Object.fromEntries(
      jsonFiles('actions').map((f) => [f.slice(0, -5), readFileSync(join(root, 'actions', f), 'utf8')]),
    ),
    ledger: existsSync(ledgerPath) ? (JSON.parse(readFileSync(ledgerPath, 'utf8')) as unknown) : { version: 1, files: {} },
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
