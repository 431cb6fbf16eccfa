/**
 * Numbers the body's top-level paragraphs so that a trainer can point at "para. 4":
 * each gets id="para-N" and a visible link to itself, outside the text that search indexes.
 */
import type { Element, Root } from 'hast';

export function rehypeParagraphNumbers() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || (node.tagName !== 'p' && node.tagName !== 'blockquote')) continue;
      n += 1;
      node.properties = { ...node.properties, id: `para-${n}`, className: ['para'] };
      const marker: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#para-${n}`, className: ['para-num'], ariaLabel: `Paragraph ${n}`, dataPagefindIgnore: '' },
        children: [{ type: 'text', value: String(n) }],
      };
      node.children.unshift(marker);
    }
  };
}
