import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Dataset } from '../../src/lib/dataset.ts';
import { communeIndex } from '../../src/lib/commune/build-index.ts';
import { decodeRow, type CommuneRow } from '../../src/lib/commune/lookup-index.ts';
import { describeCommune, matchCommunes, shardOfInsee, shardsFor } from '../../src/lib/commune/match.ts';
import { normaliseName } from '../../src/lib/commune/normalise.ts';
import { inseeOfParam, paramOf } from '../../src/lib/commune/commune-param.ts';
import type { Territory } from '../../src/schemas/territory.ts';

const readDir = <T>(dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as T);
const territories = readDir<Territory>('content/territories');
const actions = readDir<{ id: string; title: string; territory: string }>('content/actions');

const built = communeIndex({ territories, actions } as unknown as Dataset);
const { meta } = built;
const rowsOf = (shards: string[]): CommuneRow[] => shards.flatMap((s) => (built.shards.get(s) ?? []).map(decodeRow));

/** What the browser does: the shards for the query, then the matches, then the answer. */
function ask(query: string) {
  const matches = matchCommunes(rowsOf(shardsFor(meta, query)), query);
  return { matches, first: matches[0] ? describeCommune(matches[0].row, meta) : null };
}
const ids = (a: ReturnType<typeof describeCommune> | null) => a?.territories.map((t) => t.id) ?? [];

describe('normaliseName', () => {
  it.each([
    ['Saint-Étienne', 'saint etienne'],
    ['st etienne', 'saint etienne'],
    ['ST-ÉTIENNE', 'saint etienne'],
    ['Ste-Foy-lès-Lyon', 'sainte foy les lyon'],
    ['Le Havre', 'havre'],
    ['L’Haÿ-les-Roses', 'hay les roses'],
    ["L'Haÿ-les-Roses", 'hay les roses'],
    ['Œuilly', 'oeuilly'],
    ['  villeurbanne ', 'villeurbanne'],
    ['Le', 'le'],
  ])('%s → %s', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('Ma commune est-elle concernée ?', () => {
  it('Villeurbanne is covered by the Métropole de Lyon’s contract', () => {
    const { matches, first } = ask('Villeurbanne');
    expect(matches[0]!.row.insee).toBe('69266');
    expect(first!.status).toBe('covered');
    expect(ids(first)).toEqual(['lyon']);
    expect(first!.headline).toContain('Métropole de Lyon');
  });

  it('answers in English on the English map, from the same index (names stay as they are)', () => {
    const row = ask('Villeurbanne').matches[0]!.row;
    const en = describeCommune(row, meta, 'en');
    expect(en.status).toBe('covered');
    expect(en.headline).toMatch(
      /^Villeurbanne \(69\): yes, a documented contract covers it: “.+” \(through its intercommunality, Métropole de Lyon; .+, first signature: \d{4}.*\)\.$/,
    );
    expect(en.headline).not.toMatch(/juin|première|couvre/);
    const none = describeCommune(ask('Aurillac').matches[0]!.row, meta, 'en');
    expect(none.headline).toMatch(/no documented contract for this commune.*does not mean that none exists/);
  });

  it('the postcode 69100 answers Villeurbanne', () => {
    const { matches, first } = ask('69100');
    expect(matches.map((m) => m.row.name)).toEqual(['Villeurbanne']);
    expect(ids(first)).toEqual(['lyon']);
  });

  it.each(['st etienne', 'Saint-Étienne', 'saint etienne', 'ST ETIENNE'])('« %s » finds Saint-Étienne (42) first', (q) => {
    const { matches, first } = ask(q);
    expect(matches[0]!.row.insee).toBe('42218');
    // Saint-Étienne Métropole is not among the documented territories.
    expect(first!.status).toBe('none');
    // Other communes whose name starts the same way follow.
    expect(matches.slice(1).every((m) => normaliseName(m.row.name).startsWith('saint etienne'))).toBe(true);
  });

  it('a commune outside every documented territory says so without claiming no contract exists', () => {
    const { matches, first } = ask('Aurillac');
    expect(matches[0]!.row.insee).toBe('15014');
    expect(first!.status).toBe('none');
    expect(first!.headline).toMatch(/aucun contrat documenté pour cette commune/);
    expect(first!.headline).toMatch(/ne veut pas dire qu’il n’en existe pas/);
    expect(first!.headline).not.toMatch(/(aucun|pas de) contrat (n’)?existe/);
  });

  it('a commune of a signing city’s intercommunality gets that city as context, not as coverage', () => {
    const besancon = territories.find((t) => t.id === 'besancon')!;
    expect(besancon.epci?.role).toBe('rattachement');
    const city = ask('Besançon').first!;
    expect(city.status).toBe('covered');
    expect(ids(city)).toEqual(['besancon']);
    // Another commune of Grand Besançon Métropole.
    const neighbour = ask('Pouilley-les-Vignes').first!;
    expect(neighbour.status).toBe('context');
    expect(neighbour.territories).toEqual([]);
    expect(neighbour.nearby.map((t) => t.id)).toEqual(['besancon']);
    expect(neighbour.headline).toMatch(/aucun contrat documenté pour cette commune/);
  });

  it('a région signatory covers its communes; a département signatory covers its own', () => {
    expect(ids(ask('Bourges').first)).toContain('region-centre-val-de-loire');
    // Dordogne signed as a whole département (research round 2).
    expect(territories.find((t) => t.id === 'dordogne')?.signatoryKind).toBe('département');
    const perigueux = ask('Périgueux').first!;
    expect(ids(perigueux)).toEqual(['dordogne']);
    expect(perigueux.headline).toContain('par son département, Dordogne');
    expect(ids(ask('Bergerac').first)).toEqual(['dordogne']);
    expect(ids(ask('Bordeaux').first)).not.toContain('dordogne');
  });

  it.each([
    // Round 3: the first rural contracts, signed by communautés de communes, cover every member commune.
    ['Cluny', '71137', 'clunisois'],
    ['Saint-Marcellin', '38416', 'saint-marcellin-vercors-isere'],
    ['Notre-Dame-de-l’Osier', '38278', 'saint-marcellin-vercors-isere'],
  ])('%s is covered by the communauté de communes’ contract', (name, insee, id) => {
    const { matches, first } = ask(name);
    expect(matches[0]!.row.insee).toBe(insee);
    expect(first!.status).toBe('covered');
    expect(ids(first)).toEqual([id]);
  });

  it('a communauté de communes covers all its member communes, and only them', () => {
    // Département shards hold every commune once.
    const communes = [...built.shards.entries()].filter(([k]) => k.startsWith('d-')).flatMap(([, rows]) => rows.map(decodeRow));
    for (const id of ['clunisois', 'saint-marcellin-vercors-isere']) {
      const t = territories.find((x) => x.id === id)!;
      expect(t.signatoryKind).toBe('communauté de communes');
      const covered = communes.filter((r) => describeCommune(r, meta).territories.some((x) => x.id === id));
      expect(covered.length, id).toBe(t.epci!.communes);
    }
  });

  it('accents, hyphens and articles are forgiven; homonyms are told apart by département', () => {
    expect(ask('saint etienne du rouvray').matches[0]!.row.insee).toBe('76575');
    expect(ids(ask('saint etienne du rouvray').first)).toEqual(['rouen']);
    expect(ask('havre').matches[0]!.row.insee).toBe('76351');
    expect(ask('le havre').matches[0]!.row.insee).toBe('76351');
    const saintDenis = ask('Saint-Denis').matches;
    expect(saintDenis.length).toBeGreaterThan(1);
    // The two large Saint-Denis (La Réunion, Seine-Saint-Denis) first, larger first.
    expect(
      saintDenis
        .slice(0, 2)
        .map((m) => m.row.insee)
        .sort(),
    ).toEqual(['93066', '97411']);
    expect(saintDenis[0]!.row.population).toBeGreaterThanOrEqual(saintDenis[1]!.row.population);
  });

  it('a link by INSEE code finds its commune in its département shard', () => {
    const row = rowsOf([shardOfInsee('69266')]).find((r) => r.insee === '69266');
    expect(row?.name).toBe('Villeurbanne');
    expect(rowsOf([shardOfInsee('2A004')]).some((r) => r.insee === '2A004')).toBe(true);
    expect(rowsOf([shardOfInsee('97411')]).some((r) => r.insee === '97411')).toBe(true);
  });

  it('too short or unknown queries load nothing and match nothing', () => {
    expect(shardsFor(meta, 's')).toEqual([]);
    // « st » could be any « Saint… »: every Saint shard; « st e » only one.
    expect(shardsFor(meta, 'st').length).toBeGreaterThan(10);
    expect(shardsFor(meta, 'st e')).toEqual(['n-s-e']);
    expect(shardsFor(meta, '6')).toEqual([]);
    expect(shardsFor(meta, '97')).toEqual([]);
    expect(ask('zzzzzz').matches).toEqual([]);
    expect(ask('00000').matches).toEqual([]);
  });

  it('every commune is in exactly one name shard and one département shard; shards stay small', () => {
    const all = [...built.shards.entries()];
    const names = all.filter(([k]) => k.startsWith('n-')).flatMap(([, rows]) => rows);
    const deps = all.filter(([k]) => k.startsWith('d-')).flatMap(([, rows]) => rows);
    expect(names.length).toBe(meta.communes);
    expect(deps.length).toBe(meta.communes);
    expect(meta.communes).toBeGreaterThan(34_000);
    for (const [k, rows] of all) expect(JSON.stringify({ rows }).length, k).toBeLessThan(200_000);
  });
});

describe('?commune= in the URL', () => {
  const row = (name: string, insee: string): CommuneRow => ({
    name,
    insee,
    postcodes: [],
    population: 1,
    covered: [],
    context: [],
  });
  it.each([
    [row('Villeurbanne', '69266'), 'villeurbanne-69266'],
    [row('Saint-Étienne', '42218'), 'saint-etienne-42218'],
    [row('Ajaccio', '2A004'), 'ajaccio-2A004'],
    [row('Saint-Denis', '97411'), 'saint-denis-97411'],
  ])('%o ↔ %s', (r, param) => {
    expect(paramOf(r)).toBe(param);
    expect(inseeOfParam(param)).toBe(r.insee);
  });
  it.each(['Villeurbanne', '69100', 'st etienne', '', 'x-1234'])('free text « %s » is not a code', (q) =>
    expect(inseeOfParam(q)).toBeNull(),
  );
});
