import { describe, expect, it } from 'vitest';
import { hasDivergence, sourceDivergence } from '../../src/lib/divergence.ts';

const src = [{ url: 'https://example.org/a', title: 'A', publisher: '', date: '' }];
const funding = (amountEur: number) => ({ amountEur, period: 'par an', sources: src });
const territory = (over: { amounts?: number[]; notes?: string; confidenceNote?: string; signatoryKindOriginal?: string }) => ({
  notes: over.notes ?? '',
  confidenceNote: over.confidenceNote ?? '',
  signatoryKindOriginal: over.signatoryKindOriginal ?? '',
  contract: { funding: (over.amounts ?? []).map(funding) },
});

describe('sourceDivergence', () => {
  it.each([
    ['no funding, no notes', {}, false, 0, 0],
    ['one amount', { amounts: [300000] }, false, 0, 0],
    ['the same amount twice (two sources agree)', { amounts: [300000, 300000] }, false, 0, 0],
    ['two different amounts (Grenoble)', { amounts: [300000, 349000] }, true, 2, 0],
    ['three amounts (Clermont-Ferrand)', { amounts: [600000, 800000, 300000] }, true, 3, 0],
    ['a note saying sources contradict', { notes: 'L’AUCM écrit « en 2018 » : contredit par le site de la Ville.' }, true, 0, 1],
    [
      'a note with « alors que » (Besançon)',
      { notes: 'Plusieurs sources parlent de 2021 alors que France Bleu annonçait 2022.' },
      true,
      0,
      1,
    ],
    [
      'an uncertain signatory (Nantes)',
      { signatoryKindOriginal: 'ville (incertain : ville ou métropole selon les sources)' },
      true,
      0,
      1,
    ],
    ['a plain note', { notes: 'Pas de source locale trouvée.' }, false, 0, 0],
  ])('%s', (_, input, expected, amounts, notes) => {
    const d = sourceDivergence(territory(input));
    expect(hasDivergence(d)).toBe(expected);
    expect(d.amounts).toHaveLength(amounts);
    expect(d.notes).toHaveLength(notes);
  });

  it('lists a note once even when two fields repeat it', () => {
    const note = 'Les montants diffèrent selon les sources.';
    expect(sourceDivergence(territory({ notes: note, confidenceNote: note })).notes).toEqual([note]);
  });
});
