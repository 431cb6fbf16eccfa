/**
 * Body links written as site paths (/cases/<id>/) work under any base path (KB_BASE), and
 * links that leave the site say so to assistive technology and open safely. A Sätteri hast plugin.
 */
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

export function siteLinks(options: { base: string }): HastPluginEntry {
  const base = options.base.replace(/\/$/, '');
  return defineHastPlugin({
    name: 'kb-site-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attribute = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[attribute];
        if (typeof value !== 'string') return;
        if (value.startsWith('/') && !value.startsWith('//')) ctx.setProperty(node, attribute, base + value);
        else if (/^https?:/.test(value) && node.tagName === 'a') ctx.setProperty(node, 'rel', ['noopener', 'external']);
      },
    },
  });
}
