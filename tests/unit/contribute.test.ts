/**
 * « Proposer une source ou une action »: the link opens a message prefilled with the page and the
 * spreadsheet's columns, in the form each destination expects; nothing without a configured one.
 */
import { describe, expect, it } from 'vitest';
import { contributionText, contributionUrl, type ContributionContext } from '../../src/lib/contribute.ts';
import { CSV_COLUMNS } from '../../src/lib/spreadsheet/actions.ts';

const ctx: ContributionContext = {
  page: 'https://atlas.example/territoires/grenoble/',
  territory: { id: 'grenoble', name: 'Grenoble' },
  action: { id: 'grenoble-rising', title: 'RISING', domains: ['langue', 'emploi'] },
};

describe('the prefilled proposal', () => {
  it('names the page and prefills the territory and domains, one spreadsheet column a line', () => {
    const { title, body } = contributionText(ctx);
    expect(title).toBe('Proposition : une source ou une action (« RISING »)');
    expect(body).toContain('Page d’origine : https://atlas.example/territoires/grenoble/');
    expect(body).toMatch(/^territoire : grenoble$/m);
    expect(body).toMatch(/^domaines : langue; emploi$/m);
    const columns = [...body.matchAll(/^([a-z0-9_]+) : /gm)].map((m) => m[1]);
    for (const c of columns) expect(CSV_COLUMNS).toContain(c);
    expect(columns).toEqual(expect.arrayContaining(['titre', 'resume', 'source_url', 'source_titre']));
  });

  it.each([
    [
      'mailto:redaction@atlas.example',
      /^mailto:redaction@atlas\.example\?subject=Proposition.*&body=Bonjour/,
      ['subject', 'body'],
    ],
    ['https://github.com/org/atlas/issues/new', /^https:\/\/github\.com\/org\/atlas\/issues\/new\?title=/, ['title', 'body']],
    ['https://codeberg.org/org/atlas/issues/new', /^https:\/\/codeberg\.org\/org\/atlas\/issues\/new\?title=/, ['title', 'body']],
    ['https://gitlab.com/org/atlas/-/issues/new', /issues\/new\?issue%5Btitle%5D=/, ['issue[title]', 'issue[description]']],
  ])('%s', (destination, shape, params) => {
    const url = contributionUrl(destination, ctx)!;
    expect(url).toMatch(shape);
    const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
    expect(query.get(params[1]!)).toBe(contributionText(ctx).body);
    expect(query.get(params[0]!)).toBe(contributionText(ctx).title);
  });

  it.each([undefined, '', 'javascript:alert(1)', 'pas une adresse'])('no link for %s', (destination) =>
    expect(contributionUrl(destination, ctx)).toBeUndefined(),
  );
});
