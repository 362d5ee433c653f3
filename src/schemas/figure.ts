import { z } from 'astro/zod';
import { checkFigureDates } from './plausible.ts';
import { confidence, plainText, requiredText, slug, sources } from './common.ts';

type FigureValue = number | string | { [key: string]: FigureValue };
const figureValue: z.ZodType<FigureValue> = z.lazy(() => z.union([z.number(), plainText, z.record(z.string(), figureValue)]));

/** A key figure of the programme (amount, count, date) with its sources and the period it covers. */
export const figureSchema = z
  .object({
    id: slug.meta({
      title: 'Identifiant',
      description: 'Nom du fichier : minuscules sans accents, mots séparés par des tirets.',
    }),
    category: z.enum(['date clé', 'budget', 'territoires', 'actions', 'publics', 'OCDE']).meta({ title: 'Catégorie' }),
    label: requiredText.meta({ title: 'Libellé' }),
    /** A number, a text as written (« plus de 400 », « 200000-300000 »), or a breakdown. */
    value: figureValue.meta({
      title: 'Valeur',
      description: 'Un nombre, un texte tel qu’écrit (« plus de 400 ») ou une ventilation.',
      cms: { figureValue: true },
    }),
    unit: plainText.default('').meta({ title: 'Unité' }),
    /** Period covered, as the sources state it. */
    period: plainText
      .default('')
      .meta({ title: 'Période', description: 'La période couverte, telle que les sources l’indiquent.' }),
    detail: plainText.default('').meta({ title: 'Détail' }),
    sources,
    confidence,
    confidenceNote: plainText.default('').meta({ title: 'Précision sur la confiance' }),
  })
  .superRefine(checkFigureDates);
export type Figure = z.infer<typeof figureSchema>;
