/** View of « Actions documentées par territoire ». */
import { territoryOf } from '../../dataset-index.ts';
import { plural } from '../../format.ts';
import { drawBars } from '../shared/hbars.ts';
import { scopePhrase } from '../shared/scope.ts';
import { actionsSource, coverageNote, listFr, NARROW, sentences, WIDE } from '../shared/text.ts';
import type { ChartData, ChartParams, ChartView, ChartViewBase } from '../types.ts';
import { territoryBarsLayout } from './layout.ts';
import { territoryBarsState } from './state.ts';

export const NO_ACTION = 'aucune action documentée';

export function territoryBarsView(data: ChartData, params: ChartParams, base: ChartViewBase): ChartView {
  const s = territoryBarsState(data, params);
  const where = scopePhrase(s.scope);
  const notes = [
    s.without.length
      ? `${s.bars.length ? 'Sans' : 'Aucun territoire avec une'} action documentée${where ? ` ${where}` : ''} (${s.without.length} territoires) : ${listFr(s.without.map((t) => t.name))}. Cela ne veut pas dire qu’ils n’en mènent aucune.`
      : '',
    coverageNote(data),
  ].filter(Boolean);
  const table = {
    columns: [
      { label: 'Territoire', numeric: false },
      { label: 'Actions documentées', numeric: true },
    ],
    rows: [
      ...s.bars.map((t) => ({ key: t.id, cells: [t.name, String(t.count)] })),
      ...s.without.map((t) => ({ key: t.id, cells: [t.name, NO_ACTION] })),
    ],
  };
  const view = { ...base, table, notes: notes.map((n) => sentences([n])), source: actionsSource(s.scope.actions) };
  if (s.bars.length === 0) {
    const msg = `Aucune action documentée ${where}.`;
    return { ...view, message: msg, svg: null, description: sentences([msg]) };
  }
  const top = s.bars[0]!;
  const rank = s.bars.findIndex((t) => t.id === s.highlight);
  const focus = s.highlight ? territoryOf(data, s.highlight) : undefined;
  const description = sentences([
    `${plural(s.bars.length, 'territoire a', 'territoires ont')} au moins une action documentée${where ? ` ${where}` : ''}, sur ${data.territories.length} recensés.`,
    `${top.name} en compte le plus : ${top.count} sur ${s.total}.`,
    s.bars.length > 1 ? `Viennent ensuite ${listFr(s.bars.slice(1, 3).map((t) => `${t.name} (${t.count})`))}.` : '',
    focus
      ? rank >= 0
        ? `En évidence, ${focus.name} : ${plural(s.bars[rank]!.count, 'action documentée', 'actions documentées')} (rang ${rank + 1} sur ${s.bars.length}).`
        : `${focus.name} : aucune action documentée${where ? ` ${where}` : ''}.`
      : '',
    s.without.length ? `Pour ${plural(s.without.length, 'territoire', 'territoires')}, aucune action n’est documentée.` : '',
  ]);
  return {
    ...view,
    message: null,
    description,
    svg: { wide: drawBars(territoryBarsLayout(s, WIDE)), narrow: drawBars(territoryBarsLayout(s, NARROW)) },
  };
}
