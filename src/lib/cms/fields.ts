/**
 * Zod schema → Sveltia CMS fields, through the schema's JSON Schema (`z.toJSONSchema`, input side).
 * Labels and hints come from the schemas' `.meta({ title, description })`; a custom `cms` meta key
 * asks for what JSON Schema cannot say (a relation to another collection, the domain pick list, a
 * multi-line text). A field the mapping cannot represent throws: the drift test then names it.
 */
import { z } from 'astro/zod';

/** What a schema field may ask of the CMS through `.meta({ cms: … })`. */
export interface CmsMeta {
  /** Pick list of the entries of another collection (value: their `id`). */
  relation?: 'territories';
  /** Pick list of the domains of content/domains.json. */
  domains?: true;
  /** Multi-line text instead of a one-line input. */
  widget?: 'text';
  /** Value for a new entry when the schema has no default. */
  default?: string;
  /** A key figure's value (number, text or breakdown): edited as JSON text, see figureValueField. */
  figureValue?: true;
  /** A whole number the schema checks by refinement (years): the form offers no decimals. */
  integer?: true;
  /** A file uploaded into a folder of the repository (path from the repository root, starting with /). */
  file?: { folder: string; accept: string };
}

/** A Sveltia CMS field definition (the subset this project writes). */
export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

export interface FieldContext {
  domains: readonly { id: string; label: string }[];
}

type Json = {
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  anyOf?: Json[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  $ref?: string;
  cms?: CmsMeta;
};

export class CmsMappingError extends Error {}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The JSON Schema of an object schema, as the CMS edits it (the input side: defaults are optional). */
export function objectJsonSchema(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
}

/** Every field of an object schema, in schema order (the order files are written in). */
export function fieldsOf(schema: z.ZodType, ctx: FieldContext): CmsField[] {
  const json = objectJsonSchema(schema);
  return objectFields(json, '', ctx);
}

function objectFields(json: Json, path: string, ctx: FieldContext): CmsField[] {
  if (!json.properties) throw new CmsMappingError(`${path || '(racine)'} : objet sans propriétés`);
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties).map(([name, prop]) => toField(name, prop, required.has(name), `${path}${name}`, ctx));
}

/** Strips `null` from an `anyOf` (a nullable field): the CMS saves an empty optional value as null. */
function unwrapNullable(json: Json): { inner: Json; nullable: boolean } {
  // Zod writes a nullable plain type as `type: [t, 'null']`, and other nullables as `anyOf`.
  if (Array.isArray(json.type) && json.type.includes('null')) {
    const rest = json.type.filter((t) => t !== 'null');
    if (rest.length === 1) return { inner: { ...json, type: rest[0]! }, nullable: true };
  }
  if (json.anyOf && json.anyOf.some((j) => j.type === 'null')) {
    const rest = json.anyOf.filter((j) => j.type !== 'null');
    if (rest.length === 1) {
      const { anyOf: _drop, ...outer } = json;
      return { inner: { ...rest[0], ...outer }, nullable: true };
    }
  }
  return { inner: json, nullable: false };
}

function toField(name: string, raw: Json, requiredKey: boolean, path: string, ctx: FieldContext): CmsField {
  const { inner: json, nullable } = unwrapNullable(raw);
  if (!json.title) throw new CmsMappingError(`${path} : pas de libellé français (ajoutez .meta({ title }) au schéma)`);
  const cms = json.cms ?? {};
  const hasDefault = json.default !== undefined;
  const required = requiredKey && !nullable && !hasDefault;
  const base: CmsField = { name, label: json.title, widget: 'string', required };
  if (json.description) base.hint = json.description;
  if (hasDefault && json.default !== null) base.default = json.default;
  if (cms.default !== undefined) base.default = cms.default;

  if (cms.figureValue) return { ...base, widget: 'figure-value' };
  if (cms.file)
    return {
      ...base,
      widget: 'file',
      media_folder: cms.file.folder,
      public_folder: cms.file.folder,
      accept: cms.file.accept,
      choose_url: false,
    };
  if (cms.relation) {
    const multiple = json.type === 'array';
    return {
      ...base,
      widget: 'relation',
      collection: cms.relation,
      value_field: 'id',
      search_fields: ['name', 'id'],
      display_fields: ['name'],
      ...(multiple ? { multiple: true, ...(json.minItems ? { min: json.minItems } : {}) } : {}),
    };
  }
  if (cms.domains) {
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: ctx.domains.map((d) => ({ label: d.label, value: d.id })),
      ...(json.minItems ? { min: json.minItems } : {}),
    };
  }
  if (json.enum) {
    return { ...base, widget: 'select', options: json.enum.map(String) };
  }
  switch (json.type) {
    case 'string':
      return { ...base, widget: cms.widget ?? 'string' };
    case 'integer':
    case 'number': {
      const field: CmsField = { ...base, widget: 'number', value_type: json.type === 'integer' || cms.integer ? 'int' : 'float' };
      const min =
        json.minimum ??
        (json.exclusiveMinimum !== undefined ? json.exclusiveMinimum + (json.type === 'integer' ? 1 : 0) : undefined);
      if (min !== undefined) field.min = min;
      if (json.maximum !== undefined && json.maximum < MAX_SAFE) field.max = json.maximum;
      return field;
    }
    case 'boolean':
      return { ...base, widget: 'boolean', default: json.default ?? false };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(json, `${path}.`, ctx) };
    case 'array': {
      const items = json.items;
      if (!items) throw new CmsMappingError(`${path} : liste sans type d’élément`);
      const list: CmsField = { ...base, widget: 'list' };
      if (json.minItems) list.min = json.minItems;
      if (items.type === 'object') return { ...list, fields: objectFields(items, `${path}[].`, ctx) };
      if (items.type === 'string') return { ...list, field: { name: 'value', label: json.title, widget: 'string' } };
      throw new CmsMappingError(`${path} : liste d’éléments de type non géré (${String(items.type)})`);
    }
    default:
      throw new CmsMappingError(
        `${path} : type non géré par l’interface d’édition (${JSON.stringify(json.type ?? json.anyOf ?? json.$ref)})`,
      );
  }
}

/** Dotted paths of every leaf and object field of a CMS field list (for the drift test). */
export function fieldPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const here = prefix + f.name;
    const nested = (f.fields as CmsField[] | undefined) ?? [];
    return [here, ...fieldPaths(nested, `${here}.`)];
  });
}
