/**
 * The editing interface: Sveltia CMS from npm (bundled by Vite with the site's own assets), in
 * French, with the content schemas run before every save. Its configuration comes from
 * /admin/config.json (generated from the schemas, see src/lib/cms/config.ts).
 */
// First: the CMS reads the language preference while its module loads.
import './french-ui.ts';
import CMS from '@sveltia/cms';
import { labelOf, validateEntry, emptyOptionalPaths } from './validate.ts';
import { clearFieldErrors, showFieldErrors } from './field-errors.ts';
import { registerFigureValueField } from './figure-value.ts';
import { registerBlocks, type BlockLists } from './blocks.ts';
import './admin.css';

type ImmutableMap = {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
  deleteIn(path: (string | number)[]): ImmutableMap;
};

/** Thrown to stop a save: the CMS then keeps the form open with the editor's values. */
export class EntryRefused extends Error {}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const e = entry as unknown as ImmutableMap;
    const collection = String(e.get('collection'));
    let cleaned = e;
    for (const path of emptyOptionalPaths(collection, (e.get('data') as ImmutableMap).toJS()))
      cleaned = cleaned.deleteIn(['data', ...path]);
    const data = (cleaned.get('data') as ImmutableMap).toJS();
    const problems = validateEntry(collection, data);
    if (problems.length) {
      showFieldErrors(problems, (p) => labelOf(collection, p));
      throw new EntryRefused(problems.map((p) => `${labelOf(collection, p.field)} : ${p.message}`).join(' ; '));
    }
    clearFieldErrors();
    return cleaned as never;
  },
});

registerFigureValueField(CMS);
// The article blocks' pick lists are built with the site (/admin/blocs.json); without them the
// interface still opens, and the blocks are edited as text.
try {
  const lists = (await (await fetch(new URL('blocs.json', location.href.replace(/[?#].*$/, '')))).json()) as BlockLists;
  registerBlocks(CMS as unknown as Parameters<typeof registerBlocks>[0], lists);
} catch (e) {
  console.error('Blocs d’article indisponibles :', e);
}
void CMS.init();
