/**
 * Sätteri (Astro 7's Markdown pipeline) plugin for content Markdown: raw HTML in an article body
 * is shown as text, never interpreted, and links or images whose scheme is not http(s)/mailto
 * (`javascript:`, `data:`…) lose their target. Article bodies come from imports and editors; the
 * schemas check frontmatter only, so this keeps every body inert whatever it contains.
 */
interface UrlNode {
  type: string;
  url: string;
}

const SAFE_SCHEME = /^(https?:|mailto:)/i;
/** Relative, root-relative or fragment URLs have no scheme: `/carte/`, `../a`, `#note`, `?q=`. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `#` for a URL with a dangerous scheme; the URL itself otherwise. */
export function inertUrl(url: string): string {
  // Browsers ignore control characters, spaces and tabs inside a scheme (`java\tscript:`).
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020]/g, '');
  return HAS_SCHEME.test(compact) && !SAFE_SCHEME.test(compact) ? '#' : url;
}

const safeUrl = <N extends UrlNode>(node: Readonly<N>): N | undefined =>
  inertUrl(node.url) === node.url ? undefined : ({ ...node, url: inertUrl(node.url) } as N);

/** Pass to `satteri({ mdastPlugins: [markdownInert] })` in astro.config.mjs. */
export const markdownInert = {
  name: 'ctai-markdown-inert',
  html: (node: Readonly<{ type: 'html'; value: string }>) => ({ type: 'text' as const, value: node.value }),
  link: safeUrl,
  definition: safeUrl,
  // An image with a dangerous source becomes its alternative text.
  image: (node: Readonly<{ type: 'image'; url: string; alt?: string | null | undefined }>) =>
    inertUrl(node.url) === node.url ? undefined : { type: 'text' as const, value: node.alt ?? '' },
};
