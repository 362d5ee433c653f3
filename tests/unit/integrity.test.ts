/** Cross-references: what the build and the import refuse, with the file, the field and the valid values. */
import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type IntegrityInput } from '../../src/lib/integrity.ts';

const base: IntegrityInput = {
  territories: [
    { id: 'grenoble', file: 'content/territories/grenoble.json' },
    { id: 'lyon', file: 'content/territories/lyon.json' },
  ],
  domains: [
    { id: 'logement', file: 'content/domains.json' },
    { id: 'sante', file: 'content/domains.json' },
  ],
  actions: [{ id: 'g1', file: 'content/actions/g1.json', territory: 'grenoble', domains: ['logement', 'sante'] }],
  articles: [{ id: 'a1', file: 'content/articles/a1.md', territories: ['lyon'], domains: [] }],
};
const withActions = (...actions: IntegrityInput['actions']) => ({ ...base, actions: [...base.actions, ...actions] });

describe('checkIntegrity', () => {
  it('accepts consistent content', () => expect(checkIntegrity(base)).toEqual([]));

  it.each([
    [
      'unknown territory',
      withActions({ id: 'x1', file: 'content/actions/x1.json', territory: 'atlantide', domains: ['sante'] }),
      {
        file: 'content/actions/x1.json',
        field: 'territory',
        message: 'territoire inconnu « atlantide ». Valeurs possibles : grenoble, lyon',
      },
    ],
    [
      'unknown domain, with its position',
      withActions({ id: 'x2', file: 'content/actions/x2.json', territory: 'lyon', domains: ['sante', 'astronomie'] }),
      {
        file: 'content/actions/x2.json',
        field: 'domains[1]',
        message: 'domaine inconnu « astronomie ». Valeurs possibles : logement, sante',
      },
    ],
    [
      'duplicate action id',
      withActions({ id: 'g1', file: 'content/actions/g1-bis.json', territory: 'lyon', domains: ['sante'] }),
      {
        file: 'content/actions/g1-bis.json',
        field: 'id',
        message: 'identifiant de l’action « g1 » déjà utilisé par content/actions/g1.json',
      },
    ],
    [
      'duplicate territory id',
      { ...base, territories: [...base.territories, { id: 'lyon', file: 'content/territories/lyon-2.json' }] },
      {
        file: 'content/territories/lyon-2.json',
        field: 'id',
        message: 'identifiant du territoire « lyon » déjà utilisé par content/territories/lyon.json',
      },
    ],
    [
      'article naming an unknown territory',
      { ...base, articles: [{ id: 'a2', file: 'content/articles/a2.md', territories: ['lyon', 'paris'], domains: [] }] },
      {
        file: 'content/articles/a2.md',
        field: 'territories[1]',
        message: 'territoire inconnu « paris ». Valeurs possibles : grenoble, lyon',
      },
    ],
    [
      'article naming an unknown domain',
      { ...base, articles: [{ id: 'a3', file: 'content/articles/a3.md', territories: [], domains: ['culture'] }] },
      {
        file: 'content/articles/a3.md',
        field: 'domains[0]',
        message: 'domaine inconnu « culture ». Valeurs possibles : logement, sante',
      },
    ],
  ])('%s', (_name, input, problem) => {
    expect(checkIntegrity(input)).toEqual([problem]);
  });

  it('reports every problem, not just the first', () => {
    const problems = checkIntegrity(
      withActions(
        { id: 'x1', file: 'x1', territory: 'a', domains: ['b'] },
        { id: 'x2', file: 'x2', territory: 'c', domains: ['sante'] },
      ),
    );
    expect(problems.map((p) => `${p.file}:${p.field}`)).toEqual(['x1:territory', 'x1:domains[0]', 'x2:territory']);
  });

  it('formats one line per problem: file › field : message', () => {
    expect(formatProblems([{ file: 'content/actions/x.json', field: 'territory', message: 'territoire inconnu' }])).toBe(
      '  content/actions/x.json › territory : territoire inconnu',
    );
  });
});
