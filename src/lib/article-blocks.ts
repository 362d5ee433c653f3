/**
 * The blocks an article (MDX) may hold — « Graphique », « Carte », « Chiffre clé » — in the one
 * syntax the site renders and the editing interface writes (src/client/admin/blocks.ts):
 *
 *   <ChartFigure id="actions-par-annee" params={{ territoire: 'grenoble', domaine: 'langue' }} />
 *   <MapExplorer mode="territory" focus="grenoble" />
 *   <KeyFigure id="dotation-2019-2020" />
 *
 * `checkArticleBlocks` reads an article's file and refuses, with the line and a French hint, a
 * block naming an unknown chart, filter, territory or figure: the build stops instead of
 * publishing a message in place of a chart. Pure: shared by the build and the browser.
 */
/** The editing interface's editor components for these blocks (src/client/admin/blocks.ts). */
export const BLOCK_IDS = ['graphique', 'carte', 'chiffre-cle'] as const;

export interface BlockCatalogue {
  charts: readonly { id: string; params: readonly string[] }[];
  territories: readonly string[];
  domains: readonly string[];
  figures: readonly string[];
}

export type Block =
  | { kind: 'graphique'; chart: string; territoire?: string; domaine?: string; headingLevel?: number }
  | { kind: 'carte'; territoire: string }
  | { kind: 'chiffre'; figure: string };

export interface BlockProblem {
  line: number;
  message: string;
}

const q = (s: string) => s.replace(/[^a-z0-9-]/g, '');

/** The MDX of a block (what the editing interface saves). */
export function blockToMdx(block: Block): string {
  if (block.kind === 'carte') return `<MapExplorer mode="territory" focus="${q(block.territoire)}" />`;
  if (block.kind === 'chiffre') return `<KeyFigure id="${q(block.figure)}" />`;
  const params = [
    block.territoire && `territoire: '${q(block.territoire)}'`,
    block.domaine && `domaine: '${q(block.domaine)}'`,
  ].filter(Boolean);
  return `<ChartFigure id="${q(block.chart)}"${params.length ? ` params={{ ${params.join(', ')} }}` : ''}${block.headingLevel ? ` headingLevel={${block.headingLevel}}` : ''} />`;
}

/** One self-closing tag of the three components on a line of its own (the form blockToMdx writes). */
export const BLOCK_LINE = /^<(ChartFigure|MapExplorer|KeyFigure)\b([^<>]*)\/>\s*$/;

/** The block of one line, or a reason it cannot be read; undefined when the line holds no block. */
export function parseBlockLine(line: string): Block | { error: string } | undefined {
  const m = BLOCK_LINE.exec(line.trim());
  if (!m)
    return /^<(ChartFigure|MapExplorer|KeyFigure)\b/.test(line.trim())
      ? { error: 'bloc illisible : écrivez-le sur une seule ligne, fermé par « /> »' }
      : undefined;
  const attrs = m[2]!;
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  if (m[1] === 'KeyFigure') return { kind: 'chiffre', figure: attr('id') ?? '' };
  if (m[1] === 'MapExplorer') return { kind: 'carte', territoire: attr('focus') ?? '' };
  const block: Block = { kind: 'graphique', chart: attr('id') ?? '' };
  const params = /\bparams=\{\{([^}]*)\}\}/.exec(attrs)?.[1];
  if (params !== undefined) {
    for (const part of params
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const p = /^(territoire|domaine)\s*:\s*['"]([^'"]*)['"]$/.exec(part);
      if (!p)
        return {
          error: `filtre illisible « ${part} » : écrivez params={{ territoire: 'grenoble' }} ou params={{ domaine: 'langue' }}`,
        };
      block[p[1] as 'territoire' | 'domaine'] = p[2]!;
    }
  }
  const level = /\bheadingLevel=\{(\d)\}/.exec(attrs)?.[1];
  if (level) block.headingLevel = Number(level);
  return block;
}

const list = (ids: readonly string[]) => ids.slice().sort().join(', ');

function problemOf(block: Block, cat: BlockCatalogue): string | undefined {
  if (block.kind === 'chiffre')
    return cat.figures.includes(block.figure)
      ? undefined
      : `chiffre clé « ${block.figure} » inconnu. Identifiants possibles : ${list(cat.figures)}`;
  if (block.kind === 'carte')
    return cat.territories.includes(block.territoire)
      ? undefined
      : `carte : territoire « ${block.territoire} » inconnu. Identifiants possibles : ${list(cat.territories)}`;
  const chart = cat.charts.find((c) => c.id === block.chart);
  if (!chart) return `graphique « ${block.chart} » inconnu. Graphiques possibles : ${list(cat.charts.map((c) => c.id))}`;
  for (const key of ['territoire', 'domaine'] as const) {
    const value = block[key];
    if (value === undefined) continue;
    if (!chart.params.includes(key))
      return `le graphique « ${chart.id} » ne se filtre pas par ${key}${chart.params.length ? ` (filtres possibles : ${chart.params.join(', ')})` : ' (aucun filtre)'}`;
    const known = key === 'territoire' ? cat.territories : cat.domains;
    if (!known.includes(value))
      return `${key} « ${value} » inconnu pour le graphique « ${chart.id} ». Identifiants possibles : ${list(known)}`;
  }
  return undefined;
}

/** Every block of an article file that the build must refuse, with its line in the file. */
export function checkArticleBlocks(fileText: string, cat: BlockCatalogue): BlockProblem[] {
  const problems: BlockProblem[] = [];
  fileText.split('\n').forEach((line, i) => {
    const block = parseBlockLine(line);
    if (!block) return;
    const message = 'error' in block ? block.error : problemOf(block, cat);
    if (message) problems.push({ line: i + 1, message });
  });
  return problems;
}
