/**
 * Runs the real content schemas on an entry before the editing interface saves it, so what JSON
 * Schema cannot carry (end year ≥ start year, plain text without HTML, http(s) links only, dates)
 * is refused in the editor with the schema's own French message, exactly as the build would.
 */
import { z } from 'astro/zod';
import { actionSchema } from '../../schemas/action.ts';
import { articleSchema } from '../../schemas/article.ts';
import { figureSchema } from '../../schemas/figure.ts';
import { territorySchema } from '../../schemas/territory.ts';
import { sheetUploadSchema } from '../../schemas/sheet-upload.ts';
import { describeIssues } from '../../lib/zod-issues.ts';

export const SCHEMAS: Record<string, z.ZodType> = {
  actions: actionSchema,
  territories: territorySchema,
  figures: figureSchema,
  articles: articleSchema,
  'articles-graphiques': articleSchema,
  tableurs: sheetUploadSchema,
};

export interface FieldProblem {
  /** Dotted path of the field, as the editor's form names it (`sources.0.url`). */
  field: string;
  message: string;
}

/** The problems the schema of `collection` finds in `data` (none for collections without a schema). */
export function validateEntry(collection: string, data: Record<string, unknown>): FieldProblem[] {
  const schema = SCHEMAS[collection];
  if (!schema) return [];
  const { body: _body, ...frontmatter } = data;
  const value = collection.startsWith('articles') ? frontmatter : data;
  const r = schema.safeParse(value);
  return r.success ? [] : describeIssues(r.error, value);
}

type Json = { properties?: Record<string, Json>; items?: Json; type?: unknown };
const jsonCache = new Map<string, Json>();

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object or array schema under wrappers (nullable, default, pipe), or null for a leaf. */
function container(s: z.ZodType): Def | null {
  let def = defOf(s);
  for (let i = 0; i < 10; i++) {
    if (def.type === 'object' || def.type === 'array') return def;
    const next = def.innerType ?? def.in;
    if (!next) return null;
    def = defOf(next);
  }
  return null;
}

/**
 * Paths of optional fields (`.optional()`, neither required nor defaulted, e.g. an article's
 * `originalUrl`) left empty in `data`: the form saves them as "" where the schema wants them absent.
 */
export function emptyOptionalPaths(collection: string, data: unknown): (string | number)[][] {
  const schema = SCHEMAS[collection];
  if (!schema) return [];
  const out: (string | number)[][] = [];
  const walk = (s: z.ZodType, value: unknown, path: (string | number)[]) => {
    if (value === null || typeof value !== 'object') return;
    const def = container(s);
    if (!def) return;
    if (def.type === 'array' && Array.isArray(value) && def.element) value.forEach((v, i) => walk(def.element!, v, [...path, i]));
    if (def.type === 'object' && !Array.isArray(value))
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const v = (value as Record<string, unknown>)[key];
        if (defOf(field).type === 'optional' && v === '') out.push([...path, key]);
        else walk(field, v, [...path, key]);
      }
  };
  walk(schema, data, []);
  return out;
}

function jsonOf(collection: string): Json | undefined {
  const schema = SCHEMAS[collection];
  if (!schema) return undefined;
  let json = jsonCache.get(collection);
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
    jsonCache.set(collection, json);
  }
  return json;
}

/** The French label of a field path (« Sources › 1 › Adresse (URL) »), from the schema's titles. */
export function labelOf(collection: string, path: string): string {
  let node: (Json & { title?: string; anyOf?: Json[] }) | undefined = jsonOf(collection);
  if (!node) return path;
  const labels: string[] = [];
  for (const part of path.split('.')) {
    if (!node) break;
    node = node.anyOf?.find((j) => j.type !== 'null') ?? node;
    if (/^\d+$/.test(part)) {
      labels.push(String(Number(part) + 1));
      node = node.items;
    } else {
      node = node.properties?.[part] as typeof node;
      labels.push(node?.title ?? part);
    }
  }
  return labels.join(' › ');
}
