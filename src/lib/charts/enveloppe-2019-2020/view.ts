/** View of « L’enveloppe 2019-2020 par axe ». */
import { drawBars } from '../shared/hbars.ts';
import { NARROW, sentences, WIDE } from '../shared/text.ts';
import { decimal } from '../svg.ts';
import type { ChartData, ChartView, ChartViewBase } from '../types.ts';
import { envelopeLayout } from './layout.ts';
import { envelopeState } from './state.ts';

export function envelopeView(data: ChartData, base: ChartViewBase): ChartView {
  const s = envelopeState(data);
  const table = {
    columns: [
      { label: 'Axe d’intervention', numeric: false },
      { label: 'Part de l’enveloppe (%)', numeric: true },
    ],
    rows: s.axes.map((a, i) => ({ key: `axe-${i + 1}`, cells: [a.label, decimal(a.share)] })),
  };
  const source = {
    text: sentences(['Atlas CTAI, d’après la DIAIR']),
    links: (s.figure?.sources ?? []).map((x) => ({ label: x.title, url: x.url })),
  };
  if (!s.figure || s.axes.length === 0) {
    const msg = 'La répartition de l’enveloppe n’est pas disponible dans les données.';
    return { ...base, table, source, notes: [], message: msg, svg: null, description: msg };
  }
  const first = s.axes[0]!;
  const last = s.axes.at(-1)!;
  const notes = [
    `Répartition publiée par la DIAIR pour les contrats de ${s.figure.period}, en pourcentage de l’enveloppe ; le montant total n’y est pas indiqué.`,
    `Les ${s.axes.length} parts publiées totalisent ${decimal(s.total)} %. Les intitulés sont ceux de la source ; ils ne recoupent pas exactement nos domaines d’action.`,
  ];
  const description = sentences([
    `En ${s.figure.period}, l’axe « ${first.label} » reçoit la plus grande part de l’enveloppe des contrats : ${decimal(first.share)} %.`,
    s.axes.length > 3
      ? `Suivent « ${s.axes[1]!.label} » (${decimal(s.axes[1]!.share)} %) et « ${s.axes[2]!.label} » (${decimal(s.axes[2]!.share)} %).`
      : '',
    `La plus petite part va à « ${last.label} » : ${decimal(last.share)} %.`,
  ]);
  return {
    ...base,
    table,
    source,
    notes: notes.map((n) => sentences([n])),
    message: null,
    description,
    svg: { wide: drawBars(envelopeLayout(s, WIDE)), narrow: drawBars(envelopeLayout(s, NARROW)) },
  };
}
