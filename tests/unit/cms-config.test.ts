/**
 * The editing interface's configuration is the schemas': every schema field has a CMS field with a
 * French label, pick lists offer exactly what the schemas accept, and Sveltia's own JSON Schema of
 * its configuration accepts what we generate (an option renamed by a CMS release fails here).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig, CMS_COLLECTIONS, DEFAULT_REPO } from '../../src/lib/cms/config.ts';
import { CmsMappingError, fieldPaths, fieldsOf, type CmsField } from '../../src/lib/cms/fields.ts';
import { domainSchema } from '../../src/schemas/domain.ts';
import { schemaPaths } from '../support/schema-paths.ts';

const domains = z.array(domainSchema).parse(JSON.parse(readFileSync('content/domains.json', 'utf8')));
const config = cmsConfig({ domains }, {});
const collections = config.collections as { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] }[];
const fieldsOfCollection = (name: string) => collections.find((c) => c.name === name)!.fields!;

function walk(fields: readonly CmsField[], visit: (f: CmsField, path: string) => void, prefix = ''): void {
  for (const f of fields) {
    visit(f, prefix + f.name);
    if (f.fields) walk(f.fields as CmsField[], visit, `${prefix}${f.name}.`);
  }
}

describe('CMS configuration generated from the schemas', () => {
  it.each(Object.keys(CMS_COLLECTIONS))('%s: one CMS field per schema field, in schema order', (name) => {
    const schema = CMS_COLLECTIONS[name as keyof typeof CMS_COLLECTIONS].schema;
    const expected = schemaPaths(schema);
    const got = fieldPaths(fieldsOfCollection(name)).filter((p) => !(name.startsWith('articles') && p === 'body'));
    expect(got).toEqual(expected);
  });

  it('every field has a French label, and most a hint', () => {
    walk(
      collections.flatMap((c) => c.fields ?? c.files!.flatMap((f) => f.fields)),
      (f, path) => {
        expect(f.label, path).toMatch(/[a-zéèàç]/i);
        expect(f.label, path).not.toBe(f.name);
      },
    );
  });

  it('a schema field without a French label stops the generation, naming the field', () => {
    const schema = z.object({ ok: z.string().meta({ title: 'Bon' }), nouveau: z.string() });
    expect(() => fieldsOf(schema, { domains })).toThrow(CmsMappingError);
    expect(() => fieldsOf(schema, { domains })).toThrow(/nouveau : pas de libellé français/);
  });

  it('pick lists offer exactly the values the schemas accept', () => {
    const action = fieldsOfCollection('actions');
    const byName = (n: string) => action.find((f) => f.name === n)!;
    const actionShape = (CMS_COLLECTIONS.actions.schema as unknown as { shape: Record<string, z.ZodType> }).shape;
    for (const name of ['status', 'carrierKind', 'contractLink', 'confidence', 'origin']) {
      const accepted = (actionShape[name] as unknown as { options: string[] }).options;
      expect(byName(name).options, name).toEqual(accepted);
    }
    expect(byName('territory')).toMatchObject({ widget: 'relation', collection: 'territories', value_field: 'id' });
    expect(byName('domains')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect((byName('domains').options as { value: string }[]).map((o) => o.value)).toEqual(domains.map((d) => d.id));
    const article = fieldsOfCollection('articles');
    expect(article.find((f) => f.name === 'territories')).toMatchObject({ widget: 'relation', multiple: true });
  });

  it('relations point at collections of the configuration, by their id field', () => {
    walk(
      collections.flatMap((c) => c.fields ?? []),
      (f) => {
        if (f.widget !== 'relation') return;
        const target = collections.find((c) => c.name === f.collection);
        expect(target, String(f.collection)).toBeDefined();
        expect(target!.fields!.some((t) => t.name === f.value_field)).toBe(true);
      },
    );
  });

  it('nullable years are optional whole numbers (their plausible span is the schema’s, checked before save)', () => {
    const end = fieldsOfCollection('actions').find((f) => f.name === 'endYear')!;
    expect(end).toMatchObject({ widget: 'number', value_type: 'int', required: false });
  });

  it('is a valid Sveltia CMS configuration (the package’s own JSON Schema)', () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    const hosted = cmsConfig({ domains }, { CMS_BACKEND: 'gitlab', CMS_REPO: 'redaction/atlas-ctai', CMS_APP_ID: 'abc' });
    for (const c of [config, hosted]) {
      validate(c);
      expect(validate.errors ?? []).toEqual([]);
    }
    expect(hosted.backend).toMatchObject({ name: 'gitlab', repo: 'redaction/atlas-ctai', auth_type: 'pkce', app_id: 'abc' });
  });

  it('without a repository, the local working copy only: no Git host to poll', () => {
    expect(config.backend).toMatchObject({ name: 'gitea', repo: DEFAULT_REPO });
    expect(cmsConfig({ domains }, { CMS_REPO: 'a/b' }).backend).toMatchObject({ name: 'github', repo: 'a/b' });
    expect(() => cmsConfig({ domains }, { CMS_BACKEND: 'svn' })).toThrow(/CMS_BACKEND « svn » inconnu/);
  });

  it('the .md and .mdx articles are two collections of the same folder; .mdx bodies offer the blocks', () => {
    const articles = collections.find((c) => c.name === 'articles') as unknown as { extension: string; folder: string };
    expect(articles).toMatchObject({ extension: 'md', folder: 'content/articles' });
    const mdx = collections.find((c) => c.name === 'articles-graphiques')!;
    expect(mdx).toMatchObject({ extension: 'mdx', folder: 'content/articles' });
    expect(mdx.fields!.find((f) => f.name === 'body')).toMatchObject({
      editor_components: ['graphique', 'carte', 'chiffre-cle'],
    });
  });
});
