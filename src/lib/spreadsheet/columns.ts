/**
 * What each column of the spreadsheet of actions holds, in the editor's words: the note on each
 * column name of the template workbook (template.ts), the help shown when a cell is selected, and
 * the column table of docs/tableur-actions.md (scripts/docs-tableur.ts) — one text for all three.
 * Each text stays under 255 characters, the length Excel allows for a cell's input message.
 */
import type { CSV_COLUMNS } from './actions.ts';

export const COLUMN_NOTES: Record<(typeof CSV_COLUMNS)[number], string> = {
  id: 'Identifiant de l’action, qui sera aussi son adresse : minuscules sans accents, chiffres, mots séparés par des tirets (grenoble-cours-fle). Unique.',
  titre: 'Titre court, 200 caractères au plus. Texte simple : ni balise HTML, ni caractère de contrôle.',
  territoire:
    'Le territoire signataire (liste déroulante). GRENOBLE ou Grenoble valent grenoble ; un nom inconnu est refusé avec une suggestion.',
  domaines:
    'Un ou plusieurs domaines séparés par « ; », le premier étant le principal (liste déroulante pour le premier). Identifiant ou libellé. Pas de doublon.',
  annee_debut: 'Année sur 4 chiffres, de 2015 à 5 ans après aujourd’hui. Vide si inconnue.',
  annee_fin: 'Année sur 4 chiffres, pas avant annee_debut. Vide si inconnue ou si l’action continue.',
  statut: 'Un des statuts de la liste ; une précision entre parenthèses est conservée : « réalisée (délibération) ».',
  porteur: 'Qui mène l’action, tel que la source le nomme.',
  type_porteur: 'Type de porteur (liste déroulante) ; vide ou autre texte : « autre », le texte étant conservé.',
  public: 'Les personnes visées.',
  resume: 'Ce qu’est l’action, dans nos mots (quelques phrases).',
  financement: 'Le financement tel que la source l’énonce.',
  lien_ctai:
    '« explicite » si une source rattache l’action au contrat, « contexte » si elle est seulement citée à côté ; précision entre parenthèses conservée.',
  confiance: 'Niveau de confiance (liste déroulante) ; quand le texte en cite plusieurs, le plus faible l’emporte.',
  source_url: 'Adresse complète en https:// (ou http://) de la page qui prouve l’action.',
  source_titre: 'Titre de la page ou du document.',
  source_editeur: 'Qui l’a publié (DIAIR, préfecture, journal…).',
  source_date:
    'Date de publication : une cellule date, ou JJ/MM/AAAA (03/05/2021), MM/AAAA, AAAA. Une année sur 2 chiffres ou l’ordre mois/jour sont refusés.',
  source2_url: 'Une deuxième source, facultative : mêmes règles que source_url.',
  source2_titre: 'Titre de la deuxième source (obligatoire dès que source2_url est remplie).',
  source2_editeur: 'Qui a publié la deuxième source.',
  source2_date: 'Date de la deuxième source, mêmes règles que source_date.',
};
