/**
 * The research files → validated content, in memory: every problem is collected as
 * « fichier:ligne › entrée (id) › champ : raison » in French, and nothing is thrown for bad
 * input, so `npm run data` can refuse the whole import (nothing written) with the full list.
 * Pure apart from its inputs: the fuzz tests call it directly with generated files.
 */
import type { z } from 'astro/zod';
import { actionSchema, type Action } from '../../src/schemas/action.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import type { Domain } from '../../src/schemas/domain.ts';
import { slug } from '../../src/schemas/common.ts';
import { figureSchema, type Figure } from '../../src/schemas/figure.ts';
import { territorySchema, type Territory } from '../../src/schemas/territory.ts';
import { describeIssues } from '../../src/lib/zod-issues.ts';
import { JsonFileError, parseJsonSource, type JsonSource } from '../../src/lib/json-source.ts';
import {
  mapAction,
  mapArticle,
  mapFigure,
  mapTerritory,
  type RawAction,
  type RawArticle,
  type RawFigure,
  type RawTerritory,
} from './reference.ts';
import { envelope, rawAction, rawArticle, rawFigure, rawTerritory, territoriesEnvelope } from './research-shape.ts';

export interface ResearchFile {
  /** Path shown to the editor. */
  name: string;
  bytes: Uint8Array;
}

export interface ResearchInput {
  territories: ResearchFile;
  actions: ResearchFile;
  figures: ResearchFile;
  articles: ResearchFile;
  domains: readonly Domain[];
  /** Legal population of a set of départements, for a région or a département signatory. */
  departementsPopulation: (codes: readonly string[]) => number;
}

export interface ResearchResult {
  territories: Territory[];
  actions: Action[];
  figures: Figure[];
  articles: ReturnType<typeof mapArticle>[];
  errors: string[];
}

/** Validates with a schema, collecting "where › field : message" lines instead of throwing. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, where: string, errors: string[]): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of describeIssues(r.error, value)) errors.push(`  ${where} › ${issue.field} : ${issue.message}`);
  return undefined;
}

/**
 * Our parsers throw plain Errors with French messages; anything else (a TypeError from a shape
 * the structure check missed) must not show the editor an English message or a stack trace.
 */
export function editorMessage(e: unknown): string {
  if (e instanceof Error && e.constructor === Error) return e.message;
  return 'entrée mal formée : un champ manque ou n’a pas le type attendu (comparez avec une entrée valide du même fichier)';
}

function open(file: ResearchFile, errors: string[]): JsonSource | null {
  try {
    return parseJsonSource(file.bytes, file.name);
  } catch (e) {
    errors.push(`  ${e instanceof JsonFileError ? e.message : `${file.name} : ${editorMessage(e)}`}`);
    return null;
  }
}

/** Each entry of a file's list, checked for structure, mapped, then validated by its schema. */
function entries<Raw, Out>(
  file: ResearchFile,
  key: string,
  errors: string[],
  shape: z.ZodType,
  map: (raw: Raw, where: string) => Out | undefined,
  envelopeShape: z.ZodType = envelope(key),
): { out: Out[]; root: Record<string, unknown> | null } {
  const source = open(file, errors);
  if (!source) return { out: [], root: null };
  const root = validate(envelopeShape, source.value, `${file.name}:1`, errors) as Record<string, unknown> | undefined;
  if (!root) return { out: [], root: null };
  const out: Out[] = [];
  (root[key] as unknown[]).forEach((raw, i) => {
    const id =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '?';
    const where = `${file.name}:${source.lineOf([key, i]) ?? 1} › ${key}[${i}] (${id})`;
    if (!validate(shape, raw, where, errors)) return;
    try {
      const v = map(raw as Raw, where);
      if (v !== undefined) out.push(v);
    } catch (e) {
      errors.push(`  ${where} : ${editorMessage(e)}`);
    }
  });
  return { out, root };
}

export function validateResearch(input: ResearchInput): ResearchResult {
  const errors: string[] = [];
  const { domains } = input;
  let researchedOn = '';
  const territories = entries<RawTerritory, Territory>(
    input.territories,
    'territoires',
    errors,
    rawTerritory,
    (t, where) => {
      if (t.region && !t.ville) t.region.population = input.departementsPopulation(t.region.departements.map((d) => d.code));
      return validate(territorySchema, mapTerritory(t, researchedOn), where, errors);
    },
    territoriesEnvelope.transform((root) => {
      researchedOn = root.meta.genere_le;
      return root;
    }),
  ).out;
  const actions = entries<RawAction, Action>(input.actions, 'actions', errors, rawAction, (a, where) =>
    validate(actionSchema, mapAction(a, domains), where, errors),
  ).out;
  const figures = entries<RawFigure, Figure>(input.figures, 'chiffres', errors, rawFigure, (f, where) =>
    validate(figureSchema, mapFigure(f), where, errors),
  ).out;
  const names = territories.map((t) => ({ id: t.id, name: t.name }));
  const articles = entries<RawArticle, ReturnType<typeof mapArticle>>(
    input.articles,
    'articles',
    errors,
    rawArticle,
    (a, where) => {
      const mapped = mapArticle(a, names, domains);
      // The id becomes the file name: it must be a slug like every other id.
      const idOk = validate(slug, mapped.id, `${where} › id`, errors) !== undefined;
      return validate(articleSchema, mapped.frontmatter, where, errors) && idOk ? mapped : undefined;
    },
  ).out;
  return { territories, actions, figures, articles, errors };
}
