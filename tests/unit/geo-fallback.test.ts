/**
 * `npm run geo` without the reference data directory: it downloads the official Etalab contours
 * (here from a server on 127.0.0.1 serving small fixture files), converts their RFC 7946 winding
 * to d3's, credits Etalab, and fails naming the territory whose polygon is missing.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { bbox } from '@turf/turf';

const NODE = resolve('node_modules/.bin/node');
const FIXTURES = 'tests/fixtures/geo-etalab';
let server: Server;
let url: string;
const requested: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'ctai-geo-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const file = join(FIXTURES, (req.url ?? '').replace(/^\/+/, ''));
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/geo+json' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs build-geo asynchronously (the fixture server lives in this process). */
function buildGeo(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(NODE, ['scripts/build-geo.ts', ...args], { env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

/** Shoelace sum on lon/lat: negative for a clockwise ring (d3's exterior), positive for counter-clockwise (RFC 7946). */
function signedArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s / 2;
}
const readGeo = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as FeatureCollection<Polygon>;

describe('geometry from the Etalab fallback', () => {
  it('writes both fixture territories, in d3 winding, with Etalab credited', async () => {
    const out = join(tmp, 'ok');
    const r = await buildGeo({
      GEO_DATA_DIR: '/nonexistent',
      GEO_FALLBACK_URL: url,
      GEO_OUT_DIR: out,
      CTAI_CONTENT_DIR: 'tests/fixtures/geo-content',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(requested.sort()).toEqual(['/departements-100m.geojson', '/epci-100m.geojson', '/regions-100m.geojson']);

    const territories = readGeo(out, 'territories.geojson');
    expect(territories.features.map((f) => f.properties!['id']).sort()).toEqual([
      'departement-isere-fixture',
      'grenoble',
      'region-centre-val-de-loire',
    ]);
    const grenoble = territories.features.find((f) => f.properties!['id'] === 'grenoble')!;
    expect(grenoble.properties).toMatchObject({ siren: '200040715', role: 'signataire' });
    const region = territories.features.find((f) => f.properties!['id'] === 'region-centre-val-de-loire')!;
    expect(region.properties).toMatchObject({ role: 'région', siren: null });
    // A département signatory is drawn as its département, not its région.
    const departement = territories.features.find((f) => f.properties!['id'] === 'departement-isere-fixture')!;
    expect(departement.properties).toMatchObject({ role: 'département', siren: null });
    const isere = readGeo(out, 'departements.geojson').features.find((f) => f.properties!['code'] === '38')!;
    expect(departement.geometry.coordinates).toEqual(isere.geometry.coordinates);

    // The fixtures are counter-clockwise (RFC 7946); every output ring is clockwise (d3).
    for (const name of ['territories.geojson', 'regions.geojson', 'departements.geojson']) {
      for (const f of readGeo(out, name).features) expect(signedArea(f.geometry.coordinates[0]!), name).toBeLessThan(0);
    }
    expect(readGeo(out, 'departements.geojson').features.map((f) => f.properties)).toEqual([
      { code: '38', name: 'Isère' },
      { code: '45', name: 'Loiret' },
    ]);
    const labels = readGeo(out, 'labels.geojson');
    expect(labels.features).toHaveLength(3);

    const credits = JSON.parse(readFileSync(join(out, 'credits.json'), 'utf8')) as { note: string; sources: { name: string }[] };
    expect(credits.sources.map((s) => s.name).join(' ')).toMatch(/Etalab/);
    expect(credits.note).toMatch(/Etalab/);
    expect(credits.note).not.toMatch(/2018/);
  });

  it('fails, naming the territory, when a SIREN has no polygon, and leaves no output', async () => {
    const content = join(tmp, 'content-missing');
    cpSync('tests/fixtures/geo-content', content, { recursive: true });
    cpSync('content/territories/lyon.json', join(content, 'territories/lyon.json'));
    const out = join(tmp, 'missing');
    const r = await buildGeo({
      GEO_DATA_DIR: '/nonexistent',
      GEO_FALLBACK_URL: url,
      GEO_OUT_DIR: out,
      CTAI_CONTENT_DIR: content,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/lyon : aucun polygone pour l’EPCI \d{9}/);
    expect(existsSync(join(out, 'territories.geojson'))).toBe(false);
  });

  it('--if-missing keeps an up-to-date output but rebuilds when a territory is added', async () => {
    const content = join(tmp, 'content-grows');
    cpSync('tests/fixtures/geo-content', content, { recursive: true });
    rmSync(join(content, 'territories/departement-isere-fixture.json'));
    const out = join(tmp, 'grows');
    const env = { GEO_DATA_DIR: '/nonexistent', GEO_FALLBACK_URL: url, GEO_OUT_DIR: out, CTAI_CONTENT_DIR: content };
    expect((await buildGeo(env)).code).toBe(0);
    const downloads = requested.length;
    expect((await buildGeo(env, ['--if-missing'])).code).toBe(0);
    expect(requested.length, 'nothing rebuilt').toBe(downloads);

    cpSync(
      'tests/fixtures/geo-content/territories/departement-isere-fixture.json',
      join(content, 'territories/departement-isere-fixture.json'),
    );
    expect((await buildGeo(env, ['--if-missing'])).code).toBe(0);
    expect(requested.length, 'rebuilt').toBeGreaterThan(downloads);
    expect(readGeo(out, 'territories.geojson').features.map((f) => f.properties!['id'])).toContain('departement-isere-fixture');
  });

  it('fails clearly when the server answers 404', async () => {
    const r = await buildGeo({
      GEO_DATA_DIR: '/nonexistent',
      GEO_FALLBACK_URL: `${url}absent/`,
      GEO_OUT_DIR: join(tmp, 'http404'),
      CTAI_CONTENT_DIR: 'tests/fixtures/geo-content',
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/téléchargement impossible : .*absent\/.*HTTP 404/);
  });
});

const GEO_DATA_DIR = [process.env.GEO_DATA_DIR, '../shared/data/geo', '/work/shared/data/geo'].find(
  (d): d is string => !!d && existsSync(join(d, 'epci-france.topojson')),
);
describe.skipIf(!GEO_DATA_DIR)('geometry from the reference data', () => {
  it('writes a polygon and a label for every territory of content/', async () => {
    const out = join(tmp, 'real');
    const r = await buildGeo({ GEO_DATA_DIR: GEO_DATA_DIR!, GEO_OUT_DIR: out, CTAI_CONTENT_DIR: 'content' });
    expect(r.code, r.stderr).toBe(0);
    const expected = readdirSync('content/territories')
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(
      readGeo(out, 'territories.geojson')
        .features.map((f) => f.properties!['id'])
        .sort(),
    ).toEqual(expected);
    expect(readGeo(out, 'labels.geojson').features).toHaveLength(expected.length);
    expect(r.stderr).toMatch(new RegExp(`${expected.length} territoires, \\d+ villes vérifiées`));
    // Dordogne (a département signatory) is its département; Grand Paris Sud its two-département EPCI.
    const areas = readGeo(out, 'territories.geojson').features;
    const dordogne = areas.find((f) => f.properties!['id'] === 'dordogne')!;
    expect(dordogne.properties).toMatchObject({ role: 'département' });
    const dep24 = readGeo(out, 'departements.geojson').features.find((f) => f.properties!['code'] === '24')!;
    const [dw, ds, de, dn] = bbox(dordogne);
    const [w, s, e, n] = bbox(dep24);
    for (const [a, b] of [
      [dw, w],
      [ds, s],
      [de, e],
      [dn, n],
    ] as const)
      expect(Math.abs(a - b)).toBeLessThan(0.02);
    expect(areas.find((f) => f.properties!['id'] === 'grand-paris-sud')!.properties).toMatchObject({ role: 'signataire' });
  });
});
