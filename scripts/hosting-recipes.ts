/**
 * Writes the server configurations of docs/hosting/ (nginx, nginx under a sub-path, Apache
 * VirtualHost, Apache .htaccess, Caddy) from `_headers`, so every host sends the same policy as
 * Netlify, Cloudflare Pages and scripts/serve.ts. tests/unit/hosting-recipes.test.ts fails when
 * the committed files differ from what this script writes; tests/e2e/hosting.spec.ts runs them on
 * the real servers.
 *
 *   node scripts/hosting-recipes.ts            rewrite docs/hosting/ from public/_headers
 *   node scripts/hosting-recipes.ts --check    exit 1 if docs/hosting/ is out of date
 *   node scripts/hosting-recipes.ts --from dist/_headers --out my-config/
 *                                              recipes for one build (inline-script hashes included)
 *
 * Conventions of the files: a line preceded by `# À CHANGER : …` depends on the publisher's server
 * (name, certificates, folder); a line preceded by `# SOUS-CHEMIN : …` changes only when the site
 * is served under a sub-path. Nothing else is to be edited.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerScopes, parseHeaders, type HeaderScope } from './lib/headers.ts';
import { COMPRESSED_TYPES, MEDIA_TYPES, RECIPE_TYPES, UTF8_EXTENSIONS, essence } from './lib/media-types.ts';

export const RECIPE_FILES = ['nginx.conf', 'nginx-subpath.conf', 'apache.conf', 'htaccess', 'Caddyfile'] as const;
export type RecipeFile = (typeof RECIPE_FILES)[number];

/** Placeholders a publisher replaces (the `À CHANGER` lines). */
export const EXAMPLE = {
  domain: 'atlas.example.org',
  root: '/var/www/atlas-ctai/dist',
  cert: '/etc/letsencrypt/live/atlas.example.org/fullchain.pem',
  key: '/etc/letsencrypt/live/atlas.example.org/privkey.pem',
  subpath: '/ctai/',
};

/**
 * Header values go between double quotes in every syntax; `$` (nginx variables), `%` (Apache
 * format strings), braces (Caddy placeholders), quotes and backslashes would change their meaning
 * on one server and not another: refuse them rather than write a recipe that differs from _headers.
 */
function checkValue(name: string, value: string): string {
  if (/["\\$%{}]/.test(value))
    throw new Error(`_headers : la valeur de ${name} contient un caractère que les serveurs interprètent`);
  return value;
}

const indent = (lines: string[], by: string) => lines.map((l) => (l ? by + l : l));

function preamble(server: string, source: string, usage: string[]): string[] {
  return [
    `# Atlas CTAI — ${server}`,
    `# Généré par scripts/hosting-recipes.ts depuis ${source} : ne le modifiez pas à la main (modifiez`,
    '# public/_headers, puis lancez `node scripts/hosting-recipes.ts`). Explications : docs/hebergement.md.',
    ...usage.map((l) => `# ${l}`),
    '',
  ];
}

const typeOf = (ext: string) => MEDIA_TYPES[ext]!;

// ——— nginx ———

function nginxTypes(): string[] {
  const charsetTypes = [...new Set(UTF8_EXTENSIONS.filter((e) => e !== '.html').map((e) => essence(typeOf(e))))];
  return [
    '# La table de types de nginx, puis ce qu’elle n’a pas. Un bloc types {} seul la remplacerait',
    '# entièrement (pages et scripts servis en application/octet-stream).',
    'include mime.types;',
    'types {',
    // .wasm is in nginx's own mime.types (1.21+): declaring it again only earns a warning.
    ...RECIPE_TYPES.filter((e) => e !== '.wasm').map((e) => `    ${essence(typeOf(e))} ${e.slice(1)};`),
    '}',
    'charset utf-8;',
    `charset_types ${charsetTypes.join(' ')};`,
    ...nginxCompression(),
  ];
}

/** COMPRESSED_TYPES but HTML, which nginx and Apache name themselves (nginx refuses it twice). */
const compressedTypes = () => COMPRESSED_TYPES.filter((t) => t !== 'text/html');

/** nginx compresses only text/html unless told: a first visit would fetch scripts and data raw. */
function nginxCompression(): string[] {
  return [
    '# Compression : nginx ne compresse que les pages si on ne lui dit rien (scripts et données bruts).',
    'gzip on;',
    'gzip_vary on;',
    `gzip_types ${compressedTypes().join(' ')};`,
  ];
}

/** add_header does not inherit into a block that has its own: every block lists all its headers. */
function nginxHeaders(scope: HeaderScope): string[] {
  return scope.headers.map(([name, value]) => `add_header ${name} "${checkValue(name, value)}" always;`);
}

function nginxLocations(scopes: HeaderScope[], prefix: string, head: string[], marker?: string): string[] {
  const [root, ...folders] = scopes;
  return [
    ...(marker ? [marker] : []),
    `location ${prefix} {`,
    ...indent(head, '    '),
    ...indent(nginxHeaders(root!), '    '),
    ...folders.flatMap((scope) => [
      '',
      ...(marker ? [indent([marker], '    ')[0]!] : []),
      `    location ${prefix}${scope.prefix.slice(1)} {`,
      ...indent(nginxHeaders(scope), '        '),
      '    }',
    ]),
    '}',
  ];
}

function nginxConf(scopes: HeaderScope[], source: string): string {
  return [
    ...preamble('nginx (1.18 ou plus récent), site servi à la racine du domaine.', source, [
      'À placer dans /etc/nginx/sites-available/ (inclus par le bloc http {} de nginx.conf), puis',
      '`nginx -t && systemctl reload nginx`. Seules les lignes précédées de « À CHANGER » dépendent de',
      'votre serveur ; ajoutez si vous voulez un bloc server {} qui redirige le port 80 vers HTTPS.',
    ]),
    'server {',
    '    listen 443 ssl;',
    '    listen [::]:443 ssl;',
    '    # À CHANGER : votre nom de domaine',
    `    server_name ${EXAMPLE.domain};`,
    '    # À CHANGER : votre certificat',
    `    ssl_certificate ${EXAMPLE.cert};`,
    '    # À CHANGER : sa clé privée',
    `    ssl_certificate_key ${EXAMPLE.key};`,
    '    # À CHANGER : le dossier dist/ construit (npm run build)',
    `    root ${EXAMPLE.root};`,
    '',
    ...indent(nginxTypes(), '    '),
    '    error_page 404 /404.html;',
    '    # /carte → /carte/ par une redirection relative, juste aussi derrière un proxy.',
    '    absolute_redirect off;',
    '',
    ...indent(nginxLocations(scopes, '/', ['# add_header ne s’hérite pas dans un bloc qui en a : tout est répété.']), '    '),
    '}',
    '',
  ].join('\n');
}

function nginxSubpathConf(scopes: HeaderScope[], source: string): string {
  const sub = EXAMPLE.subpath;
  const marker = `# SOUS-CHEMIN : le chemin de BASE_PATH (ici ${sub})`;
  return [
    ...preamble(`nginx, site servi sous un sous-chemin (${sub}, construit avec BASE_PATH=${sub}).`, source, [
      'À placer dans le bloc server {} de votre site (celui qui a server_name, certificats, etc.).',
      'Seules les lignes précédées de « À CHANGER » ou « SOUS-CHEMIN » sont à adapter.',
    ]),
    ...nginxLocations(
      scopes,
      sub,
      [
        '# À CHANGER : le dossier dist/ construit, barre finale comprise',
        `alias ${EXAMPLE.root}/;`,
        '',
        ...nginxTypes(),
        marker,
        `error_page 404 ${sub}404.html;`,
        `# ${sub}carte → ${sub}carte/ par une redirection relative.`,
        'absolute_redirect off;',
        '# add_header ne s’hérite pas dans un bloc qui en a : tout est répété.',
      ],
      marker,
    ),
    '',
  ].join('\n');
}

// ——— Apache ———

function apacheTypes(): string[] {
  return [
    '# Types que la table du système (/etc/mime.types) n’a pas toujours, et le jeu de caractères des textes.',
    ...RECIPE_TYPES.map((e) => `AddType ${essence(typeOf(e))} ${e}`),
    `AddCharset utf-8 ${UTF8_EXTENSIONS.join(' ')}`,
    '# Compression des textes, si mod_deflate est là (il l’est par défaut sur Debian et Ubuntu).',
    '<IfModule mod_deflate.c>',
    `    AddOutputFilterByType DEFLATE text/html ${compressedTypes().join(' ')}`,
    '</IfModule>',
  ];
}

const apacheSet = (name: string, value: string) => `Header always set ${name} "${checkValue(name, value)}"`;

function apacheConf(scopes: HeaderScope[], source: string): string {
  const [root, ...folders] = scopes;
  return [
    ...preamble('Apache 2.4, configuration du site (VirtualHost), site servi à la racine du domaine.', source, [
      'À placer dans /etc/apache2/sites-available/, puis `a2enmod headers ssl && a2ensite …`.',
      'Modules : headers, mime, dir, ssl. Seules les lignes précédées de « À CHANGER » dépendent de',
      'votre serveur.',
    ]),
    '<VirtualHost *:443>',
    '    # À CHANGER : votre nom de domaine',
    `    ServerName ${EXAMPLE.domain}`,
    '    # À CHANGER : le dossier dist/ construit (npm run build)',
    `    DocumentRoot ${EXAMPLE.root}`,
    '    SSLEngine on',
    '    # À CHANGER : votre certificat',
    `    SSLCertificateFile ${EXAMPLE.cert}`,
    '    # À CHANGER : sa clé privée',
    `    SSLCertificateKeyFile ${EXAMPLE.key}`,
    '',
    '    # À CHANGER : le même dossier que DocumentRoot',
    `    <Directory ${EXAMPLE.root}>`,
    '        Require all granted',
    '        Options -Indexes',
    '        AllowOverride None',
    '    </Directory>',
    '',
    '    DirectoryIndex index.html',
    '    ErrorDocument 404 /404.html',
    ...indent(apacheTypes(), '    '),
    '',
    '    # « always » : aussi sur la page 404.',
    ...indent(
      root!.headers.map(([n, v]) => apacheSet(n, v)),
      '    ',
    ),
    ...folders.flatMap((scope) => [
      '',
      `    <Location "${scope.prefix}">`,
      ...scope.set.map(([n, v]) => `        ${apacheSet(n, v)}`),
      ...scope.unset.map((n) => `        Header always unset ${n}`),
      '    </Location>',
    ]),
    '</VirtualHost>',
    '',
  ].join('\n');
}

function htaccess(scopes: HeaderScope[], source: string): string {
  const [root, ...folders] = scopes;
  const marker = `# SOUS-CHEMIN : sous ${EXAMPLE.subpath}, préfixez ce chemin de ${EXAMPLE.subpath.slice(0, -1)}`;
  return [
    ...preamble('Apache 2.4 en .htaccess (hébergement mutualisé), site servi à la racine du domaine.', source, [
      'Copiez ce fichier en dist/.htaccess après chaque construction. Il demande mod_headers et, sur le',
      'dossier, « AllowOverride FileInfo » (ou All) : sans eux, Apache répond 500 plutôt que de servir',
      'le site sans ses protections. Rien à changer à la racine d’un domaine ; sous un sous-chemin,',
      'adaptez les lignes précédées de « SOUS-CHEMIN ».',
    ]),
    marker,
    'ErrorDocument 404 /404.html',
    ...apacheTypes(),
    '',
    '# « always » : aussi sur la page 404.',
    ...root!.headers.map(([n, v]) => apacheSet(n, v)),
    ...folders.flatMap((scope) => [
      '',
      // <Location> is not allowed in .htaccess; <If> is, and is applied after the lines above.
      marker,
      `<If "%{REQUEST_URI} =~ m#^${scope.prefix}#">`,
      ...scope.set.map(([n, v]) => `    ${apacheSet(n, v)}`),
      ...scope.unset.map((n) => `    Header always unset ${n}`),
      '</If>',
    ]),
    '',
  ].join('\n');
}

// ——— Caddy ———

function caddyfile(scopes: HeaderScope[], source: string): string {
  const [root, ...folders] = scopes;
  const block = (lines: string[]) => indent(lines, '\t');
  return [
    ...preamble('Caddy 2, site servi à la racine du domaine.', source, [
      'À placer dans /etc/caddy/Caddyfile, puis `systemctl reload caddy`. Caddy obtient et renouvelle',
      'le certificat tout seul. Seules les lignes précédées de « À CHANGER » dépendent de votre serveur.',
    ]),
    '# À CHANGER : votre nom de domaine',
    `${EXAMPLE.domain} {`,
    ...block([
      '# À CHANGER : le dossier dist/ construit (npm run build)',
      `root * ${EXAMPLE.root}`,
      'encode zstd gzip',
      '',
      '# Types que la table du système n’a pas toujours.',
      ...RECIPE_TYPES.flatMap((e) => [
        `@type${e.replace('.', '_')} path *${e}`,
        `header @type${e.replace('.', '_')} Content-Type "${typeOf(e)}"`,
      ]),
      '',
      '# Dans cet ordre : les en-têtes du site, puis ceux propres à un dossier (« - » retire un en-tête).',
      'route {',
      ...block([
        'header {',
        ...block(root!.headers.map(([n, v]) => `${n} "${checkValue(n, v)}"`)),
        '}',
        ...folders.flatMap((scope) => [
          `header ${scope.prefix}* {`,
          ...block([...scope.set.map(([n, v]) => `${n} "${checkValue(n, v)}"`), ...scope.unset.map((n) => `-${n}`)]),
          '}',
        ]),
      ]),
      '}',
      'file_server',
      '',
      'handle_errors {',
      ...block([
        '@absent expression {err.status_code} == 404',
        'handle @absent {',
        ...block(['rewrite * /404.html', 'file_server']),
        '}',
      ]),
      '}',
    ]),
    '}',
    '',
  ].join('\n');
}

/** Every recipe, rendered from the text of a `_headers` file; `source` names it in the files. */
export function renderRecipes(headersText: string, source: string): Record<RecipeFile, string> {
  const scopes = headerScopes(parseHeaders(headersText));
  return {
    'nginx.conf': nginxConf(scopes, source),
    'nginx-subpath.conf': nginxSubpathConf(scopes, source),
    'apache.conf': apacheConf(scopes, source),
    htaccess: htaccess(scopes, source),
    Caddyfile: caddyfile(scopes, source),
  };
}

export const RECIPES_DIR = 'docs/hosting';
export const HEADERS_SOURCE = 'public/_headers';

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const from = option('--from') ?? HEADERS_SOURCE;
  const out = option('--out') ?? RECIPES_DIR;
  const recipes = renderRecipes(readFileSync(from, 'utf8'), from);
  if (args.includes('--check')) {
    const stale = RECIPE_FILES.filter((f) => !existsSync(join(out, f)) || readFileSync(join(out, f), 'utf8') !== recipes[f]);
    if (stale.length) {
      process.stderr.write(`Recettes à régénérer (node scripts/hosting-recipes.ts) : ${stale.join(', ')}\n`);
      process.exit(1);
    }
    process.stderr.write(`${out}/ est à jour avec ${from}.\n`);
  } else {
    mkdirSync(out, { recursive: true });
    for (const f of RECIPE_FILES) writeFileSync(join(out, f), recipes[f]);
    process.stderr.write(`${RECIPE_FILES.length} recettes écrites dans ${out}/ depuis ${from}.\n`);
  }
}
