/**
 * hreflang alternates of the sitemap (Google's `xhtml:link` form): a page with a twin in the other
 * edition lists both, plus `x-default` on the French one. Pure; used by astro.config.mjs.
 */
import { langOfPath, twinPath } from './paths.ts';

export interface SitemapLink {
  lang: string;
  url: string;
}

/** The alternates of one sitemap URL served under `base` (e.g. `/ctai/`), or [] without a twin. */
export function sitemapAlternates(url: string, base: string): SitemapLink[] {
  const u = new URL(url);
  const prefix = base.replace(/\/$/, '');
  if (!u.pathname.startsWith(`${prefix}/`)) return [];
  const path = u.pathname.slice(prefix.length);
  const lang = langOfPath(path);
  const twin = twinPath(path, lang === 'fr' ? 'en' : 'fr');
  if (twin === null) return [];
  const at = (p: string) => new URL(prefix + p, u.origin).href;
  const [frPath, enPath] = lang === 'fr' ? [path, twin] : [twin, path];
  return [
    { lang: 'fr', url: at(frPath) },
    { lang: 'en', url: at(enPath) },
    { lang: 'x-default', url: at(frPath) },
  ];
}
