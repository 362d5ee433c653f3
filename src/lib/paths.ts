/**
 * Internal links respecting the `base` option (site served under a sub-path such as /ctai/).
 * Always use `href()` for internal URLs; never hard-code a leading slash.
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/** Routes of an edition: the French ones, or their English twins where the page exists in English. */
export function routesFor(lang: 'fr' | 'en') {
  if (lang === 'fr') return routes;
  return {
    ...routes,
    home: () => href('/en/'),
    map: () => href('/en/map/'),
    mapEmbed: (id: string) => href(`/en/embed/map/${id}/`),
    territories: () => href('/en/territories/'),
    territory: (id: string) => href(`/en/territories/${id}/`),
    territoriesOfKind: (key: string) => href(`/en/territories/kind/${key}/`),
    actions: () => href('/en/actions/'),
    action: (id: string) => href(`/en/actions/${id}/`),
    data: () => href('/en/data/'),
    about: () => href('/en/about/'),
    charts: () => href('/en/charts/'),
    embed: (chart: string) => href(`/en/embed/${chart}/`),
    search: () => href('/en/search/'),
    articles: () => href('/en/articles/'),
    articlesFeed: () => href('/en/articles/rss.xml'),
  };
}

export const routes = {
  home: () => href('/'),
  map: () => href('/carte/'),
  territories: () => href('/territoires/'),
  territory: (id: string) => href(`/territoires/${id}/`),
  /** /territoires/ filtered to one kind of signatory (key from src/lib/signatory-kinds.ts). */
  territoriesOfKind: (key: string) => href(`/territoires/signataire/${key}/`),
  actions: () => href('/actions/'),
  action: (id: string) => href(`/actions/${id}/`),
  domain: (id: string) => href(`/domaines/${id}/`),
  charts: () => href('/graphiques/'),
  articles: () => href('/articles/'),
  article: (id: string) => href(`/articles/${id}/`),
  data: () => href('/donnees/'),
  about: () => href('/a-propos/'),
  search: () => href('/recherche/'),
  articlesFeed: () => href('/articles/rss.xml'),
  embed: (chart: string) => href(`/embed/${chart}/`),
  /** The map zoomed on one territory, for an iframe. */
  mapEmbed: (id: string) => href(`/embed/carte/${id}/`),
};
