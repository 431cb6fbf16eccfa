/**
 * Body links written as site paths (/cases/<id>/) work under any base path (KB_BASE), and
 * links that leave the site say so to assistive technology and open safely.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeSiteLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      if (!attribute) return;
      const value = node.properties?.[attribute];
      if (typeof value !== 'string') return;
      if (value.startsWith('/') && !value.startsWith('//')) node.properties[attribute] = base + value;
      else if (/^https?:/.test(value) && node.tagName === 'a') node.properties.rel = ['noopener', 'external'];
    });
  };
}
