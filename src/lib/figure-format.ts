/**
 * Display of a key figure (content/figures): the value as the source words it, in French
 * formats, and the unit that follows it. « 300000 EUR par collectivité et par an » becomes
 * « 300 000 € » + « par collectivité et par an ».
 */
import type { Figure } from '../schemas/figure.ts';
import { formatIsoDate, formatNumber } from './format.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

export interface FigureDisplay {
  /** The main value, formatted (« 300 000 € », « plus de 400 », « 12 juin 2019 »). */
  value: string;
  /** Words after the value (« actions », « par collectivité et par an »), possibly empty. */
  unit: string;
  /** A breakdown (label → formatted value) when the figure is a table, else []. */
  breakdown: [string, string][];
}

/**
 * Groups digit runs of 5+ digits in a text (« plus de 11000000 » → « plus de 11 000 000 »); four
 * digits stay as they are, since in a worded value they are a year (« juin 2024 »).
 */
function groupDigits(text: string): string {
  return text.replace(/\d{5,}/g, (d) => formatNumber(Number(d)));
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

function scalar(value: number | string, unit: string): { value: string; unit: string } {
  const euros = /^EUR\b\s*/.exec(unit);
  if (euros) {
    const rest = unit.slice(euros[0].length);
    const v = typeof value === 'number' ? formatNumber(value) : groupDigits(value).replace(/(\d)-(\d)/, `$1${NBSP}–${NBSP}$2`);
    return { value: `${v}${NBSP}€`, unit: rest };
  }
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return { value: formatIsoDate(value), unit: unit === 'date' ? '' : unit };
    return { value: groupDigits(value), unit };
  }
  if (unit.startsWith('%')) return { value: `${formatNumber(value)}${NNBSP}%`, unit: unit.slice(1).trim() };
  if (/^e\b/.test(unit)) return { value: `${value}ᵉ`, unit: unit.slice(1).trim() };
  // A year is a name, not a quantity: no thousands separator.
  if (/^(année|date)/.test(unit) && value >= 1000 && value < 3000) return { value: String(value), unit };
  return { value: formatNumber(value), unit };
}

export function formatFigure(f: Pick<Figure, 'value' | 'unit'>): FigureDisplay {
  if (typeof f.value === 'object') {
    const breakdown = Object.entries(f.value).map(([k, v]): [string, string] => {
      if (typeof v === 'object')
        return [
          k,
          Object.entries(v)
            .map(([k2, v2]) => `${k2} : ${String(v2)}`)
            .join(', '),
        ];
      const s = scalar(v, f.unit);
      // A worded entry (« généralisation (juin 2024) ») is not a quantity of the unit.
      const quantity = typeof v === 'number' || /^(\d|plus de|moins de|environ|près de)/i.test(v);
      return [k, [s.value, quantity ? s.unit : ''].filter(Boolean).join(' ')];
    });
    return { value: '', unit: f.unit, breakdown };
  }
  return { ...scalar(f.value, f.unit), breakdown: [] };
}
