/** Article bodies through Astro 7's Markdown pipeline (Sätteri) with our plugin: raw HTML shown as text, dangerous links dropped. */
import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { inertUrl, markdownInert } from '../../src/lib/markdown-inert.ts';

const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [markdownInert] } as never);
const render = async (md: string) => (await processor.render(md)).code;

describe('markdownInert', () => {
  it.each([
    ['inline script', 'a <script>alert(1)</script> b', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['image with handler', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['HTML block', '<div onclick="alert(1)">bloc</div>', '&lt;div onclick="alert(1)"&gt;bloc&lt;/div&gt;'],
    ['javascript: link', '[clic](javascript:alert(1))', '<a href="#">clic</a>'],
    ['data: link', '[clic](data:text/html,x)', '<a href="#">clic</a>'],
    ['javascript: reference', '[clic][r]\n\n[r]: JavaScript:alert(1)', '<a href="#">clic</a>'],
    ['data: image becomes its alt text', '![texte](data:image/svg+xml,x)', '<p>texte</p>'],
    ['https link kept', '[ok](https://exemple.org/a?b=1)', '<a href="https://exemple.org/a?b=1">ok</a>'],
    ['relative link kept', '[carte](/carte/)', '<a href="/carte/">carte</a>'],
    ['mailto kept', '[écrire](mailto:a@exemple.org)', '<a href="mailto:a@exemple.org">écrire</a>'],
  ])('%s', async (_name, md, expected) => {
    const html = await render(md);
    expect(html).toContain(expected);
    expect(html).not.toMatch(/<(script|img|div)\b[^>]*\bon\w+=|href="(javascript|data):/i);
  });

  it.each([
    ['javascript:alert(1)', '#'],
    [' java\tscript:alert(1)', '#'],
    ['VBSCRIPT:x', '#'],
    ['https://a.fr/', 'https://a.fr/'],
    ['#note', '#note'],
    ['../a/', '../a/'],
  ])('inertUrl(%j)', (url, expected) => expect(inertUrl(url)).toBe(expected));
});
