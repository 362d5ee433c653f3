import { z } from 'astro/zod';
import { checkFigureDates } from './plausible.ts';
import { confidence, plainText, requiredText, slug, sources } from './common.ts';

type FigureValue = number | string | { [key: string]: FigureValue };
const figureValue: z.ZodType<FigureValue> = z.lazy(() => z.union([z.number(), plainText, z.record(z.string(), figureValue)]));

/** A key figure of the programme (amount, count, date) with its sources and the period it covers. */
export const figureSchema = z
  .object({
    id: slug,
    category: z.enum(['date clé', 'budget', 'territoires', 'actions', 'publics', 'OCDE']),
    label: requiredText,
    /** A number, a text as written (« plus de 400 », « 200000-300000 »), or a breakdown. */
    value: figureValue,
    unit: plainText.default(''),
    /** Period covered, as the sources state it. */
    period: plainText.default(''),
    detail: plainText.default(''),
    sources,
    confidence,
    confidenceNote: plainText.default(''),
  })
  .superRefine(checkFigureDates);
export type Figure = z.infer<typeof figureSchema>;
