import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signatureClaims } from '../../src/lib/signature-claims.ts';
import type { Territory } from '../../src/schemas/territory.ts';

const territory = (id: string) => JSON.parse(readFileSync(`content/territories/${id}.json`, 'utf8')) as Territory;
const event = (date: string, text: string) => ({
  date: { value: date, precision: 'jour' as const, qualifier: 'confirmée' as const, note: '' },
  kind: 'délibération' as const,
  kindOriginal: '',
  text,
  sources: [{ id: 'presse', url: 'https://example.org/a', title: 'Article', publisher: 'Presse locale', date: '' }],
});
const contract = (first: string, events: ReturnType<typeof event>[]) =>
  ({
    contract: {
      firstSignature: { value: first, precision: 'jour', qualifier: 'confirmée', note: '' },
      sources: [{ id: 'ville', url: 'https://example.org/v', title: 'Ville', publisher: 'Ville', date: '' }],
      events,
    },
  }) as unknown as Pick<Territory, 'contract'>;

describe('signatureClaims', () => {
  it('puts Montpellier’s two dates side by side: the City’s day and the press’s announced January 2022', () => {
    const claims = signatureClaims(territory('montpellier'));
    expect(claims.map((c) => [c.date.value, c.date.qualifier, c.yearDeduced])).toEqual([
      ['2021-12-10', 'confirmée', false],
      ['2022-01', 'annoncée', true],
    ]);
    expect(claims[0]!.sources[0]!.publisher).toBe('Ville de Montpellier');
    expect(claims[1]!.sources[0]!.publisher).toMatch(/Montpellier Infos/);
  });
  it('says nothing when the announced month is the kept one', () => {
    expect(signatureClaims(contract('2022-01-19', [event('2021-12-01', 'annonce une signature en janvier 2022')]))).toEqual([]);
  });
  it('takes a written year as written', () => {
    const claims = signatureClaims(contract('2021-12-10', [event('2021-11-30', 'La presse annonce la signature en mars 2023.')]));
    expect(claims[1]!.date.value).toBe('2023-03');
    expect(claims[1]!.yearDeduced).toBe(false);
  });
  it('finds no conflict in the other territories of the research (only Montpellier has one today)', () => {
    const ids = readdirSync('content/territories').map((f) => f.replace(/\.json$/, ''));
    expect(ids.filter((id) => signatureClaims(territory(id)).length > 0)).toEqual(['montpellier']);
  });
});
