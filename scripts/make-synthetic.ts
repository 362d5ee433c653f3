/**
 * Synthetic content for build benchmarks: the real content plus (factor − 1) clearly synthetic
 * copies of every territory, action and article — ids prefixed `synthetique-`, titles starting
 * with « [SYNTHÉTIQUE] » — written to a directory under .tmp/, never into content/.
 * Usage: node scripts/make-synthetic.ts <factor> [out-dir]   (default .tmp/synthetic-<factor>x)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { markdownFile } from './lib/content-store.ts';

const SOURCE = process.env.CTAI_CONTENT_DIR ?? 'content';
const TAG = '[SYNTHÉTIQUE]';

/** MDX imports are relative to the file: re-point them from the copy's new place. */
function fixMdxImports(text: string, from: string, to: string): string {
  return text.replace(/(\bfrom\s+["'])(\.{1,2}\/[^"']+)(["'])/g, (_m, head: string, spec: string, tail: string) => {
    const target = resolve(dirname(from), spec);
    const rel = relative(dirname(to), target);
    return `${head}${rel.startsWith('.') ? rel : `./${rel}`}${tail}`;
  });
}

/** Writes the synthetic content directory and returns its entry counts. */
export function makeSynthetic(factor: number, out: string): { territories: number; actions: number; articles: number } {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`facteur invalide : ${factor}`);
  if (!resolve(out).startsWith(resolve('.tmp'))) throw new Error(`le contenu synthétique va sous .tmp/, pas dans ${out}`);
  rmSync(out, { recursive: true, force: true });
  cpSync(SOURCE, out, { recursive: true });
  for (const f of existsSync(join(out, 'articles')) ? readdirSync(join(out, 'articles')) : []) {
    if (!f.endsWith('.mdx')) continue;
    const copy = join(out, 'articles', f);
    writeFileSync(copy, fixMdxImports(readFileSync(copy, 'utf8'), join(SOURCE, 'articles', f), copy));
  }
  const copies = Array.from({ length: factor - 1 }, (_, i) => i + 1);
  const sid = (k: number, id: string) => `synthetique-${k}-${id}`;
  const readDir = (dir: string) => (existsSync(join(SOURCE, dir)) ? readdirSync(join(SOURCE, dir)).sort() : []);
  const writeJson = (path: string, v: unknown) => writeFileSync(path, JSON.stringify(v, null, 2) + '\n');

  const territoryFiles = readDir('territories').filter((f) => f.endsWith('.json'));
  const actionFiles = readDir('actions').filter((f) => f.endsWith('.json'));
  const articleFiles = readDir('articles').filter((f) => /\.mdx?$/.test(f));
  for (const k of copies) {
    for (const f of territoryFiles) {
      const t = JSON.parse(readFileSync(join(SOURCE, 'territories', f), 'utf8')) as Record<string, unknown>;
      writeJson(join(out, 'territories', `${sid(k, String(t['id']))}.json`), {
        ...t,
        id: sid(k, String(t['id'])),
        name: `${TAG} ${String(t['name'])} ${k}`,
        notes: 'Territoire synthétique généré pour mesurer la construction du site ; aucune donnée réelle.',
      });
    }
    for (const f of actionFiles) {
      const a = JSON.parse(readFileSync(join(SOURCE, 'actions', f), 'utf8')) as Record<string, unknown>;
      writeJson(join(out, 'actions', `${sid(k, String(a['id']))}.json`), {
        ...a,
        id: sid(k, String(a['id'])),
        title: `${TAG} ${String(a['title'])}`.slice(0, 200),
        territory: sid(k, String(a['territory'])),
        summary: `${TAG} Action synthétique générée pour mesurer la construction du site ; aucune donnée réelle.`,
      });
    }
    for (const f of articleFiles) {
      const text = readFileSync(join(SOURCE, 'articles', f), 'utf8');
      const [, fm = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const data = parseYaml(fm) as Record<string, unknown>;
      const file = `${sid(k, f.replace(/\.mdx?$/, ''))}${f.endsWith('.mdx') ? '.mdx' : '.md'}`;
      const target = join(out, 'articles', file);
      writeFileSync(
        target,
        markdownFile(
          {
            ...data,
            title: `${TAG} ${String(data['title'])}`,
            territories: ((data['territories'] as string[] | undefined) ?? []).map((id) => sid(k, id)),
            origin: 'rédaction',
          },
          `> ${TAG} Copie synthétique générée pour mesurer la construction du site.\n\n${fixMdxImports(body, join(SOURCE, 'articles', f), target)}`,
        ),
      );
    }
  }
  mkdirSync(out, { recursive: true });
  return {
    territories: territoryFiles.length * factor,
    actions: actionFiles.length * factor,
    articles: articleFiles.length * factor,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const factor = Number(process.argv[2] ?? 10);
  const out = process.argv[3] ?? `.tmp/synthetic-${factor}x`;
  const n = makeSynthetic(factor, out);
  process.stderr.write(
    `Contenu synthétique ×${factor} dans ${out} : ${n.territories} territoires, ${n.actions} actions, ${n.articles} articles.\n`,
  );
}
