/**
 * Content schemas: each kind of bad entry is refused with the field at fault and a French reason,
 * starting from real entries of content/ so a valid baseline is proven too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { actionSchema } from '../../src/schemas/action.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { domainSchema } from '../../src/schemas/domain.ts';
import { figureSchema } from '../../src/schemas/figure.ts';
import { territorySchema } from '../../src/schemas/territory.ts';
import { describeIssues } from '../../src/lib/zod-issues.ts';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const action = json('content/actions/strasbourg-zakote.json');
const territory = json('content/territories/strasbourg.json');
const figure = json(`content/figures/${'actions-4ans'}.json`);
const domain = (JSON.parse(readFileSync('content/domains.json', 'utf8')) as Record<string, unknown>[])[0]!;
const article = {
  title: 'Essai',
  date: '2024-05',
  kind: 'actualite',
  kindLabel: 'Actualité',
  summary: 'Résumé.',
  sources: [{ url: 'https://exemple.org/', title: 'Source' }],
};

/** Deep copy with one change at a dotted path (`sources.0.url`); `undefined` deletes the field. */
function withChange(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = value;
  return copy;
}

function issues(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  return r.success ? [] : describeIssues(r.error, value);
}

describe('real entries are valid', () => {
  it.each([
    ['action', actionSchema, action],
    ['territory', territorySchema, territory],
    ['figure', figureSchema, figure],
    ['domain', domainSchema, domain],
    ['article', articleSchema, article],
  ] as const)('%s', (_name, schema, value) => {
    expect(issues(schema, value)).toEqual([]);
  });
});

const cases: [
  kind: string,
  schema: z.ZodType,
  base: Record<string, unknown>,
  path: string,
  value: unknown,
  field: string,
  message: RegExp,
][] = [
  ['missing field', actionSchema, action, 'summary', undefined, 'summary', /^champ obligatoire manquant$/],
  ['empty required text', actionSchema, action, 'title', '   ', 'title', /champ obligatoire, vide ici/],
  ['wrong type', actionSchema, action, 'startYear', '2019', 'startYear', /type invalide \(attendu : nombre, reçu : texte\)/],
  [
    'end year before start year',
    actionSchema,
    action,
    'endYear',
    2018,
    'endYear',
    /l’année de fin \(2018\) précède l’année de début \(2019\)/,
  ],
  [
    'year out of range',
    actionSchema,
    action,
    'startYear',
    1999,
    'startYear',
    /année 1999 : avant 2015, c’est-à-dire avant le programme/,
  ],
  ['fractional year', actionSchema, action, 'endYear', 2019.5, 'endYear', /année attendue en nombre entier, reçu « 2019.5 »/],
  [
    'bad status',
    actionSchema,
    action,
    'status',
    'terminée',
    'status',
    /valeur « terminée » non reconnue. Valeurs possibles : réalisée, en cours/,
  ],
  [
    'bad confidence',
    actionSchema,
    action,
    'confidence',
    'certaine',
    'confidence',
    /Valeurs possibles : haute, moyenne-haute, moyenne, faible/,
  ],
  ['bad origin', actionSchema, action, 'origin', 'inconnue', 'origin', /non reconnue/],
  ['bad slug (accents)', actionSchema, action, 'id', 'strasbourg-zakoté', 'id', /minuscules sans accents/],
  ['bad slug (uppercase)', actionSchema, action, 'id', 'Strasbourg', 'id', /minuscules sans accents/],
  ['bad slug (double dash)', actionSchema, action, 'id', 'a--b', 'id', /minuscules sans accents/],
  ['bad territory slug', actionSchema, action, 'territory', 'Saint Étienne', 'territory', /minuscules sans accents/],
  ['no domain', actionSchema, action, 'domains', [], 'domains', /au moins 1 élément/],
  ['repeated domain', actionSchema, action, 'domains', ['sport-culture', 'sport-culture'], 'domains', /un domaine est répété/],
  ['HTML in a title', actionSchema, action, 'title', 'Chant <b>gras</b>', 'title', /balise HTML/],
  ['script in a summary', actionSchema, action, 'summary', '<script>alert(1)</script>', 'summary', /balise HTML/],
  ['event handler tag', actionSchema, action, 'audience', '<img src=x onerror=alert(1)>', 'audience', /balise HTML/],
  ['HTML comment', actionSchema, action, 'carrier', 'x <!-- y -->', 'carrier', /balise HTML/],
  ['control character', actionSchema, action, 'title', 'Chant\u0000', 'title', /caractère de contrôle/],
  ['escape character', actionSchema, action, 'summary', 'a\u001b[31m', 'summary', /caractère de contrôle/],
  ['title too long', actionSchema, action, 'title', 'é'.repeat(201), 'title', /titre trop long/],
  ['no source', actionSchema, action, 'sources', [], 'sources', /au moins 1 élément/],
  ['malformed URL', actionSchema, action, 'sources.0.url', 'anvita.fr/page', 'sources.0.url', /adresse web invalide/],
  [
    'javascript: URL',
    actionSchema,
    action,
    'sources.0.url',
    'javascript:alert(1)',
    'sources.0.url',
    /« javascript: » n’est pas autorisé/,
  ],
  [
    'javascript: URL with spaces and case',
    actionSchema,
    action,
    'sources.0.url',
    '  JaVaScRiPt:alert(1)',
    'sources.0.url',
    /« javascript: »/,
  ],
  ['data: URL', actionSchema, action, 'sources.0.url', 'data:text/html;base64,PHNjcmlwdD4=', 'sources.0.url', /« data: »/],
  ['vbscript: URL', actionSchema, action, 'sources.0.url', 'vbscript:msgbox', 'sources.0.url', /« vbscript: »/],
  ['source without title', actionSchema, action, 'sources.0.title', undefined, 'sources.0.title', /champ obligatoire manquant/],
  ['bad source date', actionSchema, action, 'sources.0.date', '20/12/2019', 'sources.0.date', /AAAA, AAAA-MM ou AAAA-MM-JJ/],
  [
    'impossible day',
    actionSchema,
    action,
    'sources.0.date',
    '2019-02-32',
    'sources.0.date',
    /date impossible « 2019-02-32 » : février 2019 compte 28 jours/,
  ],
  [
    'date precision mismatch',
    territorySchema,
    territory,
    'contract.firstSignature.precision',
    'jour',
    'contract.firstSignature.value',
    /la précision « jour » demande une date de 10 caractères, reçu « 2019 »/,
  ],
  [
    'unknown date precision',
    territorySchema,
    territory,
    'contract.firstSignature.precision',
    'semaine',
    'contract.firstSignature.precision',
    /non reconnue/,
  ],
  [
    'negative amount',
    territorySchema,
    territory,
    'contract.funding',
    [{ amountEur: -230000, period: 'par an', sources: action['sources'] }],
    'contract.funding.0.amountEur',
    /montant négatif \(-230000 €\) : un financement est positif ou nul/,
  ],
  ['bad SIREN', territorySchema, territory, 'epci.siren', '24670048', 'epci.siren', /SIREN attendu : 9 chiffres/],
  ['bad INSEE code', territorySchema, territory, 'city.insee', '67-482', 'city.insee', /^ville : code INSEE attendu$/],
  ['zero population', territorySchema, territory, 'population.value', 0, 'population.value', /valeur trop petite/],
  ['bad signatory kind', territorySchema, territory, 'signatoryKind', 'canton', 'signatoryKind', /Valeurs possibles : métropole/],
  ['no signatory', territorySchema, territory, 'signatories', [], 'signatories', /au moins 1 élément/],
  ['bad article kind', articleSchema, article, 'kind', 'blog', 'kind', /Valeurs possibles : fabrique/],
  ['bad article date', articleSchema, article, 'date', 'mai 2024', 'date', /AAAA, AAAA-MM ou AAAA-MM-JJ/],
  [
    'javascript: original URL',
    articleSchema,
    article,
    'originalUrl',
    'javascript:alert(document.domain)',
    'originalUrl',
    /« javascript: »/,
  ],
  ['bad figure category', figureSchema, figure, 'category', 'divers', 'category', /non reconnue/],
  ['HTML in a figure value', figureSchema, figure, 'value', '<b>400</b>', 'value', /balise HTML|non reconnue|invalide/],
  ['bad colour', domainSchema, domain, 'color', 'red', 'color', /couleur attendue au format #rrggbb/],
];

describe('bad entries are refused with the field and a French reason', () => {
  it('covers at least 20 kinds of bad input', () => expect(cases.length).toBeGreaterThanOrEqual(20));
  it.each(cases)('%s', (_kind, schema, base, path, value, field, message) => {
    const found = issues(schema, withChange(base, path, value));
    const issue = found.find((i) => i.field === field);
    expect(issue, JSON.stringify(found)).toBeDefined();
    expect(issue!.message).toMatch(message);
    // Never an English message from Zod's defaults.
    expect(issue!.message).not.toMatch(/^(Invalid|Too (small|big)|Expected)/);
  });
});

describe('strings that are not tags pass (and the site must escape them)', () => {
  it.each(['a < b & c', 'onerror=alert(1) sans balise', '5 > 3', '<script sans chevron fermant', 'Tom & Jerry "quoted"'])(
    '%s',
    (title) => {
      expect(issues(actionSchema, { ...action, title })).toEqual([]);
    },
  );
});
