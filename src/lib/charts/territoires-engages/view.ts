/** View of « Combien de territoires engagés ? » — published counts with different perimeters. */
import { drawBars } from '../shared/hbars.ts';
import { NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartView, ChartViewBase } from '../types.ts';
import { countsLayout } from './layout.ts';
import { countsState } from './state.ts';

export function countsView(data: ChartData, base: ChartViewBase): ChartView {
  const points = countsState(data);
  const table = {
    columns: [
      { label: 'Date', numeric: false },
      { label: 'Compteur publié', numeric: false },
      { label: 'Nombre', numeric: true },
      { label: 'Unité', numeric: false },
      { label: 'Confiance', numeric: false },
    ],
    rows: points.map((p) => ({ key: p.id, cells: [p.when, p.label, String(p.value), p.unit, p.confidence] })),
  };
  const links = [
    ...new Map(points.flatMap((p) => p.figure.sources).map((s) => [s.url, { label: s.title, url: s.url }])).values(),
  ];
  const source = { text: sentences(['Atlas CTAI, d’après la DIAIR, le ministère de l’Intérieur et la presse']), links };
  if (points.length === 0) {
    const msg = 'Aucun compteur de territoires n’est disponible dans les données.';
    return { ...base, table, source, notes: [], message: msg, svg: null, description: msg };
  }
  const dated = points.filter((p) => p.date);
  const first = dated[0]!;
  const last = dated.at(-1)!;
  const notes = [
    'Ces compteurs ne mesurent pas la même chose : métropoles seules, grandes villes, ou tous les signataires (communes, départements, régions, pactes territoriaux). Ils ne forment pas une série et ne doivent pas être lus comme une progression régulière.',
    'En gris, les compteurs de confiance moyenne (extrait tronqué, citation de presse, périmètre inconnu).',
    'La liste nominative des territoires derrière ces compteurs n’est pas publiée, sauf pour les 18 territoires nommés par la DIAIR en 2021.',
  ];
  const description = sentences([
    `Les compteurs publiés vont de ${first.value} ${first.unit} (${first.when}) à ${last.value} ${last.unit} (${last.when}), mais leurs périmètres diffèrent : ce ne sont pas les étapes d’une même série.`,
    `${points.length} compteurs sont présentés, dont ${points.length - dated.length} sans date précise.`,
  ]);
  return {
    ...base,
    table,
    source,
    notes: notes.map((n) => sentences([n])),
    message: null,
    description,
    svg: { wide: drawBars(countsLayout(points, WIDE)), narrow: drawBars(countsLayout(points, NARROW)) },
  };
}
