/**
 * Numbers the body's top-level paragraphs so that a trainer can point at "para. 4":
 * each gets id="para-N" and a visible link to itself, outside the text that search indexes.
 * A Sätteri hast plugin (Astro's own Markdown processor); the factory runs once per document,
 * so each body counts from 1.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

export const paragraphNumbers: HastPluginEntry = () => {
  let n = 0;
  return defineHastPlugin({
    name: 'kb-paragraph-numbers',
    element: {
      filter: ['p', 'blockquote'],
      visit(node, ctx) {
        if (ctx.parent(node)?.type !== 'root') return;
        n += 1;
        ctx.setProperty(node, 'id', `para-${n}`);
        ctx.setProperty(node, 'className', ['para']);
        ctx.prependChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { href: `#para-${n}`, className: ['para-num'], ariaLabel: `Paragraph ${n}`, dataPagefindIgnore: '' },
          children: [{ type: 'text', value: String(n) }],
        });
      },
    },
  });
};

/** The paragraph links' labels in another language: the body is rendered once, in English. */
export function paragraphLabelsIn(html: string, label: (n: number) => string): string {
  return html.replace(/ aria-label="Paragraph (\d+)"/g, (_, n: string) => ` aria-label="${label(Number(n)).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
}
