/**
 * The structure of the research files, checked before any mapping: the mappers in reference.ts
 * read nested fields and call string methods, so a missing object or a number where a text is
 * expected must be refused here, with the research's own field name, rather than crash there.
 * Only structure is checked (objects, lists, texts the mappers parse); values are judged by the
 * project's schemas after mapping. Unknown fields are allowed: the research adds some over time.
 */
import { z } from 'astro/zod';

const text = z.string({ error: 'texte attendu' });
const optionalText = text.optional();
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'liste attendue' });
const object = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape, { error: 'objet attendu' });

const rawSource = object({ url: text, title: text, publisher: optionalText, date: optionalText, id: optionalText });
const sources = list(rawSource);
const place = object({ code: text, nom: text });

export const rawTerritory = object({
  id: text,
  nom_affiche: text,
  cohorte: text,
  signataires_selon_sources: list(text),
  type_signataire: text,
  premiere_signature: object({
    date: text,
    annee: optionalText,
    mois: optionalText,
    precision: text,
    contrat: text,
    sources,
  }),
  evenements: list(
    object({
      date: text,
      annee: optionalText,
      jour_mois: optionalText,
      precision: optionalText,
      type: text,
      texte: text,
      sources,
    }),
  ),
  financement_etat: list(object({ montant_eur: z.unknown(), periode: text, sources })),
  confiance: text,
  notes: text,
  ville: object({ insee: text, nom: text, departement: place, region: place }).nullable(),
  epci: object({ siren: text, nom: text, departements: list(place) }).nullable(),
  epci_role: text,
  region: object({ code: text, nom: text, departements: list(place) }).optional(),
  sources,
});

export const rawAction = object({
  id: text,
  titre: text,
  territoire: text,
  domaines: list(text),
  annees: text,
  statut: text,
  porteur: text,
  type_porteur: text,
  public: text,
  description: text,
  financement: text,
  lien_ctai: text,
  sources,
  confiance: text,
  notes: optionalText,
});

export const rawFigure = object({ id: text, confiance: text, sources });

export const rawArticle = object({
  id: text,
  type: text,
  titre: text,
  date: text,
  date_precision: text,
  theme: text,
  resume: text,
  sources,
  confiance: text,
  note: optionalText,
});

/** The envelope of each file: the list under its French key (`territoires`, `actions`…). */
export const envelope = (key: string) => object({ [key]: list(z.unknown()) });

export const territoriesEnvelope = object({ meta: object({ genere_le: text }), territoires: list(z.unknown()) });
