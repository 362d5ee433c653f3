/**
 * `npm run edit`: the editing interface on this computer. Starts the site in development mode on
 * 127.0.0.1 (pages rebuilt as files change) and opens /admin/ in the browser, where « Travailler
 * avec un dépôt local » writes straight into this working copy. Chrome, Edge or Chromium are
 * needed for that (File System Access API). Stop with Ctrl+C.
 * When the editor adds a version to « Journal des versions », its snapshot is made here
 * (`npm run release`, see docs/versions-des-donnees.md): no command to type.
 * Env: EDIT_PORT (default 4321), EDIT_NO_BROWSER=1 to not open a browser.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, watch } from 'node:fs';
import { resolve } from 'node:path';

const port = Number(process.env.EDIT_PORT ?? 4321);
const url = `http://127.0.0.1:${port}/admin/`;
const bin = (name: string) => resolve('node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const say = (msg: string) => process.stdout.write(msg + '\n');

const geo = spawnSync(bin('node'), ['scripts/build-geo.ts', '--if-missing'], { stdio: 'inherit' });
if (geo.status !== 0) process.exit(geo.status ?? 1);

// Spreadsheets saved through /admin/ into content/tableurs/ are imported as the build imports them
// (same rules, same messages here in the terminal), now and whenever one is saved.
const importSheets = () => spawnSync(bin('node'), ['scripts/import-data.ts', '--tableurs'], { stdio: 'inherit' });
importSheets();
if (!existsSync('content/tableurs')) mkdirSync('content/tableurs', { recursive: true });
let pending: ReturnType<typeof setTimeout> | undefined;
watch('content/tableurs', { recursive: true }, () => {
  clearTimeout(pending);
  pending = setTimeout(importSheets, 500);
});

const dev = spawn(bin('astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
dev.stdout.on('data', (chunk: Buffer) => process.stdout.write(chunk));
dev.on('exit', (code) => process.exit(code ?? 0));

// The editing interface saves the changelog by replacing the file: watch its folder, debounce, and
// archive the newest version if it has no snapshot yet (the script does nothing otherwise).
let pendingRelease: NodeJS.Timeout | undefined;
const changelogWatcher = watch('content', (_event, name) => {
  if (name !== 'changelog.md') return;
  clearTimeout(pendingRelease);
  pendingRelease = setTimeout(() => spawnSync(bin('node'), ['scripts/release.ts'], { stdio: 'inherit' }), 1000);
});
dev.on('exit', () => changelogWatcher.close());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));

function openBrowser(target: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [target]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', target]]
        : ['xdg-open', [target]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => say(`Ouvrez vous-même cette adresse dans Chrome, Edge ou Chromium : ${target}`));
  child.unref();
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`le site ne répond pas sur ${url}`);
}

await waitForServer();
say(
  [
    '',
    `Interface d’édition : ${url}`,
    '  1. Cliquez sur « Travailler avec un dépôt local », puis choisissez le dossier du site (celui qui contient « content »).',
    '  2. Modifiez, puis « Enregistrer » : le fichier est écrit dans ce dossier ; le site se met à jour tout seul.',
    `  3. Le site lui-même : http://127.0.0.1:${port}/ — pour arrêter : Ctrl+C dans cette fenêtre.`,
    '',
  ].join('\n'),
);
if (!process.env.EDIT_NO_BROWSER) openBrowser(url);
