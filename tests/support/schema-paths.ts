/**
 * Dotted field paths of a Zod schema, read from its definitions (not from JSON Schema), so the
 * drift tests (data dictionary, CMS config) compare against the schema itself. Array items share
 * their array's path; both sides of a pipe are walked.
 */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

export function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (def.type === 'object')
    return Object.entries(def.shape!).flatMap(([k, v]) => [prefix + k, ...schemaPaths(v, `${prefix}${k}.`)]);
  if (def.innerType) return schemaPaths(def.innerType, prefix);
  if (def.type === 'array') return schemaPaths(def.element!, prefix);
  if (def.type === 'pipe') return [...new Set([...schemaPaths(def.in!, prefix), ...schemaPaths(def.out!, prefix)])];
  return [];
}
