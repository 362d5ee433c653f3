/** Small DOM helpers shared by the islands (browser only). */

/** Creates an element with properties and children: `el('p', { className: 'note' }, 'Texte')`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
