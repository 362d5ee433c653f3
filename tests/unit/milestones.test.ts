import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nationalMilestones } from '../../src/lib/milestones.ts';
import type { Figure } from '../../src/schemas/figure.ts';

const figures = readdirSync('content/figures').map((f) => JSON.parse(readFileSync(`content/figures/${f}`, 'utf8')) as Figure);
const milestones = nationalMilestones(figures);
const ids = milestones.map((m) => m.figure.id);

describe('nationalMilestones', () => {
  it('lists the yearly national instructions 2019–2024 in date order', () => {
    const instructions = [
      'circulaire-2019',
      'instr-2019-12-27',
      'instr-2021-02-17',
      'circ-2022-01-25',
      'instr-2023-02-08',
      'instr-2024',
    ];
    const positions = instructions.map((id) => ids.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
  it('places the national counts and AGIR’s roll-out at their dates', () => {
    const at = (id: string) => milestones.find((m) => m.figure.id === id);
    expect(at('nb-2023-octobre')).toMatchObject({ date: '2023-10', isCount: true });
    expect(at('agir-deploiement')).toMatchObject({ date: '2022', isCount: true });
    expect(at('nb-interieur')).toMatchObject({ date: '2023', approximate: true });
  });
  it('leaves local facts (one city’s rank, local audiences, budgets) to their pages', () => {
    for (const id of ['rang-marseille', 'rang-rouen', 'metz-2023', 'dotation-2019-2020']) expect(ids).not.toContain(id);
  });
  it('sorts dated entries chronologically and puts undated ones last', () => {
    const dates = milestones.map((m) => m.date);
    const firstUndated = dates.indexOf('');
    const dated = firstUndated < 0 ? dates : dates.slice(0, firstUndated);
    expect([...dated].sort()).toEqual(dated);
    if (firstUndated >= 0) expect(dates.slice(firstUndated).every((d) => d === '')).toBe(true);
  });
  it('keeps every entry’s sources', () => {
    for (const m of milestones) expect(m.figure.sources.length, m.figure.id).toBeGreaterThan(0);
  });
});
