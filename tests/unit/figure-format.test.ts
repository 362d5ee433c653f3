import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/lib/figure-format.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('formatFigure', () => {
  it.each([
    ['euros per year', 300000, 'EUR par collectivité et par an', `300${NNBSP}000${NBSP}€`, 'par collectivité et par an'],
    ['euros range', '200000-300000', 'EUR par contrat', `200${NNBSP}000${NBSP}–${NBSP}300${NNBSP}000${NBSP}€`, 'par contrat'],
    ['euros « plus de »', 'plus de 11000000', 'EUR', `plus de 11${NNBSP}000${NNBSP}000${NBSP}€`, ''],
    ['a count', 250, 'actions', '250', 'actions'],
    ['a worded count', 'plus de 400', 'actions', 'plus de 400', 'actions'],
    ['a date', '2019-06-12', 'date', `12${NBSP}juin${NBSP}2019`, ''],
    ['a dated deposit', '2023-12-07', 'date de dépôt', `7${NBSP}décembre${NBSP}2023`, 'date de dépôt'],
    ['a percentage', 21, '%', `21${NNBSP}%`, ''],
    ['a rank', 17, 'e contrat', '17ᵉ', 'contrat'],
    ['a year is not grouped', 2021, 'année (aucun acte daté trouvé)', '2021', 'année (aucun acte daté trouvé)'],
    ['a large count is grouped', 29400, 'personnes (environ)', `29${NNBSP}400`, 'personnes (environ)'],
  ])('%s', (_, value, unit, expectedValue, expectedUnit) => {
    const f = formatFigure({ value, unit });
    expect(f.value).toBe(expectedValue);
    expect(f.unit).toBe(expectedUnit);
    expect(f.breakdown).toEqual([]);
  });

  it('turns a breakdown into label/value pairs', () => {
    const f = formatFigure({ value: { Logement: 21, Langue: 7.8 }, unit: '%' });
    expect(f.breakdown).toEqual([
      ['Logement', `21${NNBSP}%`],
      ['Langue', `7,8${NNBSP}%`],
    ]);
  });

  it('gives the unit to quantities only, not to a worded entry of a breakdown (AGIR’s roll-out)', () => {
    const f = formatFigure({ value: { '2023': 52, '2024': 'généralisation (juin 2024)' }, unit: 'départements' });
    expect(f.breakdown).toEqual([
      ['2023', '52 départements'],
      ['2024', 'généralisation (juin 2024)'],
    ]);
  });
});
