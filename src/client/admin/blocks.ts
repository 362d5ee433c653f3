/**
 * « Graphique », « Carte » and « Chiffre clé » in the article editor (Sveltia CMS editor
 * components). Their pick lists come from /admin/blocs.json (chart registry and content/, built
 * with the site); they save the MDX the site renders (src/lib/article-blocks.ts, the same code the
 * build checks them with); their preview is the real built view — the embed page of the chart, map
 * or figure in an iframe — not a re-implementation.
 */
import { blockToMdx, parseBlockLine, type Block } from '../../lib/article-blocks.ts';
import { variantOf } from '../../lib/charts/variants.ts';

export interface BlockLists {
  charts: { id: string; title: string; params: string[]; variants: string[] }[];
  territories: { id: string; name: string }[];
  domains: { id: string; label: string }[];
  figures: { id: string; label: string }[];
}

interface EditorComponentApi {
  registerEditorComponent(definition: {
    id: string;
    label: string;
    icon?: string;
    fields: Record<string, unknown>[];
    pattern: RegExp;
    fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
    toBlock: (props: Record<string, unknown>) => string;
    toPreview: (props: Record<string, unknown>) => string;
  }): void;
}

/** The site's root, from the admin page's address (/admin/ or /<sub-path>/admin/). */
const siteRoot = () => location.pathname.replace(/admin\/.*$/, '');

const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A line of text in place of the preview, until the block names something to show. */
const hint = (message: string) => `<p>${escape(message)}</p>`;

/**
 * The built page in an iframe. Returned as HTML: this Sveltia version renders string previews (the
 * body field sets `sanitize_preview: false`, which allows the iframe; every value is escaped here).
 */
function frame(path: string, title: string, height: number, note = ''): string {
  const src = escape(siteRoot() + path);
  return `<iframe src="${src}" title="${escape(title)}" loading="lazy" style="width:100%;height:${height}px;border:1px solid #ccc;background:#fff"></iframe>${note ? hint(note) : ''}`;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const parse = (match: RegExpMatchArray): Partial<Block> => {
  const block = parseBlockLine(match[0]);
  return block && !('error' in block) ? block : {};
};

export function registerBlocks(CMS: EditorComponentApi, lists: BlockLists): void {
  const territory = { label: (t: BlockLists['territories'][number]) => `${t.name} (${t.id})` };
  CMS.registerEditorComponent({
    id: 'graphique',
    label: 'Graphique',
    icon: 'bar_chart',
    fields: [
      {
        name: 'chart',
        label: 'Graphique',
        widget: 'select',
        options: lists.charts.map((c) => ({ label: c.title, value: c.id })),
      },
      {
        name: 'territoire',
        label: 'Filtre : territoire (facultatif)',
        widget: 'select',
        required: false,
        options: lists.territories.map((t) => ({ label: territory.label(t), value: t.id })),
      },
      {
        name: 'domaine',
        label: 'Filtre : domaine (facultatif)',
        widget: 'select',
        required: false,
        options: lists.domains.map((d) => ({ label: d.label, value: d.id })),
      },
    ],
    pattern: /^<ChartFigure\b[^<>\n]*\/>$/m,
    fromBlock: (match) => {
      const b = parse(match) as Partial<Extract<Block, { kind: 'graphique' }>>;
      return { chart: b.chart ?? '', territoire: b.territoire ?? '', domaine: b.domaine ?? '', headingLevel: b.headingLevel };
    },
    toBlock: (p) => {
      const block: Block = { kind: 'graphique', chart: text(p.chart) };
      if (text(p.territoire)) block.territoire = text(p.territoire);
      if (text(p.domaine)) block.domaine = text(p.domaine);
      if (typeof p.headingLevel === 'number') block.headingLevel = p.headingLevel;
      return blockToMdx(block);
    },
    toPreview: (p) => {
      const chart = lists.charts.find((c) => c.id === text(p.chart));
      if (!chart) return hint('Choisissez un graphique.');
      const params = {
        ...(text(p.territoire) ? { territoire: text(p.territoire) } : {}),
        ...(text(p.domaine) ? { domaine: text(p.domaine) } : {}),
      };
      const variant = variantOf(Object.fromEntries(Object.entries(params).filter(([k]) => chart.params.includes(k))));
      const ignored = Object.keys(params).filter((k) => !chart.params.includes(k));
      const note = ignored.length
        ? `Ce graphique ne se filtre pas par ${ignored.join(' ni par ')} : la publication refusera ce filtre.`
        : chart.variants.includes(variant)
          ? ''
          : 'Aucune action documentée pour ce filtre : le graphique le dira à sa place.';
      const path = `embed/${chart.id}/${chart.variants.includes(variant) && variant ? `${variant}/` : ''}`;
      return frame(path, `Aperçu : ${chart.title}`, 520, note);
    },
  });

  CMS.registerEditorComponent({
    id: 'carte',
    label: 'Carte',
    icon: 'map',
    fields: [
      {
        name: 'territoire',
        label: 'Territoire',
        widget: 'select',
        options: lists.territories.map((t) => ({ label: territory.label(t), value: t.id })),
      },
    ],
    pattern: /^<MapExplorer\b[^<>\n]*\/>$/m,
    fromBlock: (match) => ({ territoire: (parse(match) as Partial<Extract<Block, { kind: 'carte' }>>).territoire ?? '' }),
    toBlock: (p) => blockToMdx({ kind: 'carte', territoire: text(p.territoire) }),
    toPreview: (p) =>
      text(p.territoire)
        ? frame(`embed/carte/${text(p.territoire)}/`, `Aperçu : carte de ${text(p.territoire)}`, 460)
        : hint('Choisissez un territoire.'),
  });

  CMS.registerEditorComponent({
    id: 'chiffre-cle',
    label: 'Chiffre clé',
    icon: 'looks_one',
    fields: [
      {
        name: 'figure',
        label: 'Chiffre clé',
        widget: 'select',
        options: lists.figures.map((f) => ({ label: f.label, value: f.id })),
      },
    ],
    pattern: /^<KeyFigure\b[^<>\n]*\/>$/m,
    fromBlock: (match) => ({ figure: (parse(match) as Partial<Extract<Block, { kind: 'chiffre' }>>).figure ?? '' }),
    toBlock: (p) => blockToMdx({ kind: 'chiffre', figure: text(p.figure) }),
    toPreview: (p) =>
      text(p.figure)
        ? frame(`embed/chiffre/${text(p.figure)}/`, `Aperçu : chiffre clé ${text(p.figure)}`, 260)
        : hint('Choisissez un chiffre clé.'),
  });
}
