import { describe, expect, it } from 'vitest';
import { actionSchema } from '../../src/schemas/action.ts';
import { territorySchema } from '../../src/schemas/territory.ts';
import { actionColumns, tableOf, territoryColumns, type ExportContext } from '../../src/lib/data-dictionary.ts';

const ctx: ExportContext = {
  territoryName: (id) => `Nom de ${id}`,
  pageUrl: (kind, id) => `https://example.org/${kind}/${id}/`,
  actionCount: () => 3,
};

describe('data dictionary', () => {
  it.each([
    ['actions', actionColumns(ctx), Object.keys(actionSchema.shape)],
    ['territories', territoryColumns(ctx), Object.keys(territorySchema.shape)],
  ])('%s: every schema field is exported by at least one column, and every column names a real field', (_, columns, fields) => {
    const covered = new Set(columns.map((c) => c.field).filter((f): f is string => f !== null));
    expect(fields.filter((f) => !covered.has(f))).toEqual([]);
    expect([...covered].filter((f) => !fields.includes(f))).toEqual([]);
  });

  it.each([
    ['actions', actionColumns(ctx)],
    ['territories', territoryColumns(ctx)],
  ])('%s: column names are unique snake_case and every column is described', (_, columns) => {
    const names = columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of columns) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(c.description.length).toBeGreaterThan(5);
    }
  });

  it('turns an action into one row per action, lists joined with « | »', () => {
    const action = actionSchema.parse({
      id: 'x',
      title: 'Titre',
      territory: 'grenoble',
      domains: ['logement', 'sante'],
      startYear: 2020,
      endYear: null,
      status: 'en cours',
      carrierKind: 'association',
      summary: 'Résumé',
      contractLink: 'explicite',
      sources: [{ url: 'https://example.org/a', title: 'A' }],
      confidence: 'haute',
      origin: 'tableur',
    });
    const { header, rows } = tableOf(actionColumns(ctx), [action]);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0]![i]]));
    expect(rows).toHaveLength(1);
    expect(row).toMatchObject({
      id: 'x',
      territoire_nom: 'Nom de grenoble',
      domaines: 'logement | sante',
      annee_debut: 2020,
      annee_fin: null,
      recurrente: false,
      sources: 'https://example.org/a',
      page: 'https://example.org/action/x/',
    });
  });
});
