/**
 * Loads Pagefind's browser API on first use. The URL is built at run time from the site's base
 * path and imported with @vite-ignore so Vite never tries to bundle /pagefind/* (it only exists
 * after `pagefind --site dist`).
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string,
    opts?: { filters?: Record<string, string[]> },
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  search(
    query: string,
    opts?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let loading: Promise<PagefindApi> | undefined;

export function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${basePath()}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl: basePath(), excerptLength: 18 });
    await api.init();
    return api;
  })();
  return loading;
}

/** Runs a query and returns the first `limit` results' data (Pagefind loads fragments lazily). */
export async function searchPages(
  api: PagefindApi,
  query: string,
  limit: number,
  filters: Record<string, string[]> = {},
): Promise<{ total: number; results: PagefindResultData[] }> {
  const search = await api.search(query, { filters });
  const results = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
  return { total: search.results.length, results };
}
