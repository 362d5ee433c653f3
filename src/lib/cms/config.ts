/**
 * The editing interface's configuration (Sveltia CMS), generated at build time from the content
 * schemas so the forms can never drift from what the build accepts. Served as /admin/config.json.
 *
 * Backend: the deployed /admin/ signs in to the Git host named by CMS_BACKEND (github, gitlab or
 * gitea — Forgejo and Codeberg speak the Gitea API) for the repository CMS_REPO; on 127.0.0.1 the
 * same page also offers « Travailler avec un dépôt local » (the working copy, `npm run edit`).
 */
import type { z } from 'astro/zod';
import { actionSchema } from '../../schemas/action.ts';
import { articleSchema } from '../../schemas/article.ts';
import { figureSchema } from '../../schemas/figure.ts';
import { territorySchema } from '../../schemas/territory.ts';
import { sheetUploadSchema } from '../../schemas/sheet-upload.ts';
import { fieldsOf, type CmsField, type FieldContext } from './fields.ts';
import { BLOCK_IDS } from '../article-blocks.ts';

export interface BackendEnv {
  CMS_BACKEND?: string | undefined;
  CMS_REPO?: string | undefined;
  CMS_BRANCH?: string | undefined;
  /** API root of a self-hosted GitLab, Gitea or Forgejo (e.g. https://forge.example.org/api/v1). */
  CMS_API_ROOT?: string | undefined;
  /** Origin of the sign-in server for OAuth (GitLab/Gitea self-hosted, or a GitHub OAuth relay). */
  CMS_BASE_URL?: string | undefined;
  /** OAuth application id: GitLab and Gitea/Forgejo then sign in with PKCE, without a relay. */
  CMS_APP_ID?: string | undefined;
  SITE_URL?: string | undefined;
}

/** The collections an editor works on, the schema that validates each and where its files are. */
export const CMS_COLLECTIONS = {
  actions: { schema: actionSchema, folder: 'content/actions', extension: 'json' },
  territories: { schema: territorySchema, folder: 'content/territories', extension: 'json' },
  figures: { schema: figureSchema, folder: 'content/figures', extension: 'json' },
  articles: { schema: articleSchema, folder: 'content/articles', extension: 'md' },
  'articles-graphiques': { schema: articleSchema, folder: 'content/articles', extension: 'mdx' },
  tableurs: { schema: sheetUploadSchema, folder: 'content/tableurs', extension: 'json' },
} as const satisfies Record<string, { schema: z.ZodType; folder: string; extension: string }>;
export type CmsCollectionName = keyof typeof CMS_COLLECTIONS;

export const DEFAULT_REPO = 'atlas-ctai/atlas-ctai';

function backend(env: BackendEnv): Record<string, unknown> {
  // Without a repository, /admin/ is for the local working copy only (npm run edit): the Gitea
  // backend then stands in, as the only one that polls no status page of a Git host.
  const name = env.CMS_BACKEND ?? (env.CMS_REPO ? 'github' : 'gitea');
  if (!['github', 'gitlab', 'gitea'].includes(name))
    throw new Error(`CMS_BACKEND « ${name} » inconnu : choisissez github, gitlab ou gitea (Forgejo, Codeberg)`);
  const b: Record<string, unknown> = { name, branch: env.CMS_BRANCH ?? 'main' };
  // The CMS needs a repository name even for the local working copy (npm run edit), where it
  // only shows in the folder prompt; a deployed /admin/ must set CMS_REPO (docs/hebergement.md).
  b.repo = env.CMS_REPO ?? DEFAULT_REPO;
  if (env.CMS_API_ROOT) b.api_root = env.CMS_API_ROOT;
  if (env.CMS_BASE_URL) b.base_url = env.CMS_BASE_URL;
  if (env.CMS_APP_ID) {
    b.app_id = env.CMS_APP_ID;
    if (name !== 'github') b.auth_type = 'pkce';
  }
  // Every save is one commit whose message says what changed, in French.
  b.commit_messages = {
    create: 'Contenu : ajout de {{collection}} « {{slug}} » (interface d’édition)',
    update: 'Contenu : modification de {{collection}} « {{slug}} » (interface d’édition)',
    delete: 'Contenu : suppression de {{collection}} « {{slug}} » (interface d’édition)',
    uploadMedia: 'Contenu : ajout du fichier « {{path}} »',
    deleteMedia: 'Contenu : suppression du fichier « {{path}} »',
  };
  return b;
}

const jsonCollection = (name: 'actions' | 'territories' | 'figures', ctx: FieldContext, extra: Record<string, unknown>) => ({
  name,
  folder: CMS_COLLECTIONS[name].folder,
  extension: 'json',
  format: 'json',
  identifier_field: 'id',
  slug: '{{fields.id}}',
  fields: fieldsOf(CMS_COLLECTIONS[name].schema, ctx),
  ...extra,
});

export function cmsCollections(ctx: FieldContext): Record<string, unknown>[] {
  const articleFields: CmsField[] = [
    ...fieldsOf(articleSchema, ctx),
    {
      name: 'body',
      label: 'Texte de l’article',
      widget: 'markdown',
      required: true,
      hint: 'En Markdown, avec nos propres mots.',
    },
  ];
  return [
    jsonCollection('actions', ctx, {
      label: 'Actions',
      label_singular: 'Action',
      description: 'Les actions documentées, une par fichier. Chaque fait a sa source.',
      summary: '{{title}}',
      sortable_fields: ['title', 'territory', 'startYear'],
      create: true,
    }),
    {
      name: 'articles',
      label: 'Articles',
      label_singular: 'Article',
      description:
        'Articles en Markdown (.md). Les articles .mdx, qui contiennent des graphiques ou des cartes, se modifient dans les fichiers (voir docs/editing.md).',
      folder: CMS_COLLECTIONS.articles.folder,
      extension: 'md',
      format: 'yaml-frontmatter',
      identifier_field: 'title',
      slug: '{{slug}}',
      summary: '{{title}} ({{date}})',
      sortable_fields: ['date', 'title'],
      create: true,
      fields: articleFields,
    },
    {
      name: 'articles-graphiques',
      label: 'Articles avec graphiques',
      label_singular: 'Article avec graphiques',
      description:
        'Articles qui contiennent des graphiques, des cartes ou des chiffres clés : menu « Insérer » du texte › Graphique, Carte ou Chiffre clé ; l’aperçu montre le vrai graphique publié.',
      folder: CMS_COLLECTIONS['articles-graphiques'].folder,
      extension: 'mdx',
      format: 'yaml-frontmatter',
      identifier_field: 'title',
      slug: '{{slug}}',
      summary: '{{title}} ({{date}})',
      sortable_fields: ['date', 'title'],
      create: true,
      fields: articleFields.map((f) =>
        f.name === 'body'
          ? {
              ...f,
              editor_components: [...BLOCK_IDS],
              // The blocks' previews are iframes of the built embed pages (src/client/admin/blocks.ts).
              sanitize_preview: false,
              hint: 'En Markdown, avec nos propres mots. Insérer › Graphique, Carte ou Chiffre clé pour ajouter un bloc.',
            }
          : f,
      ),
    },
    jsonCollection('territories', ctx, {
      label: 'Territoires',
      label_singular: 'Territoire',
      description:
        'Les territoires signataires. Un nouveau territoire vient de la recherche (codes INSEE, géométrie) : il ne se crée pas ici.',
      summary: '{{name}}',
      create: false,
      delete: false,
    }),
    jsonCollection('figures', ctx, {
      label: 'Chiffres clés',
      label_singular: 'Chiffre clé',
      summary: '{{label}}',
      create: true,
    }),
    {
      name: 'tableurs',
      label: 'Tableurs d’actions',
      label_singular: 'Tableur d’actions',
      description:
        'Un tableur d’actions rempli à partir du modèle (/admin/modele-actions.xlsx), vérifié sur la page « Importer un tableur d’actions », puis enregistré ici : la publication suivante l’importe, tout ou rien.',
      folder: CMS_COLLECTIONS.tableurs.folder,
      extension: 'json',
      format: 'json',
      identifier_field: 'title',
      slug: '{{slug}}',
      summary: '{{title}}',
      create: true,
      fields: fieldsOf(sheetUploadSchema, ctx),
    },
    {
      name: 'changelog',
      label: 'Journal des versions',
      description: 'Le journal des versions des données publiées sur /donnees/.',
      files: [
        {
          name: 'changelog',
          label: 'Journal des versions des données',
          file: 'content/changelog.md',
          format: 'raw',
          fields: [{ name: 'body', label: 'Journal (Markdown)', widget: 'markdown' }],
        },
      ],
    },
  ];
}

/** The whole configuration given to CMS.init(): backend, media folders and collections. */
export function cmsConfig(ctx: FieldContext, env: BackendEnv): Record<string, unknown> {
  return {
    load_config_file: false,
    backend: backend(env),
    ...(env.SITE_URL ? { site_url: env.SITE_URL, display_url: env.SITE_URL } : {}),
    // New entries' file names: lower case, no accents, words joined by hyphens (our slugs).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    media_folder: 'public/media',
    public_folder: '/media',
    // Key order and formatting stay those of the files (stableJson): no reindentation on save.
    output: { json: { indent_style: 'space', indent_size: 2 } },
    collections: cmsCollections(ctx),
  };
}
