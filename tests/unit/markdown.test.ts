/**
 * The site's Markdown renderer (the processor astro.config.mjs uses): numbered top-level
 * paragraphs a trainer can cite, base-aware site links, and marked external links; and the
 * validator's parse of the same Markdown.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { visit } from 'unist-util-visit';
import { parseBody } from '../../src/lib/corpus/body.ts';
import { markdownProcessor } from '../../src/lib/markdown/processor.ts';

async function render(markdown: string, base = '/kb/') {
  const renderer = await markdownProcessor(base).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown, {})).code;
}

test('top-level paragraphs and quotes are numbered from 1 in each body; nested ones are not', async () => {
  const body = '## Facts\n\nFirst.\n\n> Quoted.\n>\n> Still quoted.\n\n- a list item\n\n  with a paragraph\n\nLast.\n';
  const html = await render(body);
  assert.match(html, /<p id="para-1" class="para"><a href="#para-1" class="para-num" aria-label="Paragraph 1" data-pagefind-ignore="">1<\/a>First\.<\/p>/);
  assert.match(html, /<blockquote id="para-2" class="para"><a href="#para-2"[^>]*>2<\/a>/);
  assert.match(html, /<p id="para-3" class="para"><a href="#para-3"[^>]*>3<\/a>Last\.<\/p>/);
  assert.equal(html.match(/class="para-num"/g)?.length, 3, 'paragraphs inside the quote and the list are not numbered');
  // A second body starts again at 1: the count is per document, not per process.
  assert.match(await render('Only one.\n'), /<p id="para-1" class="para">/);
});

test('site paths get the base path; external links are marked; other links are left alone', async () => {
  const html = await render(
    'See [a case](/cases/gbr-2012-r-v-n-r-v-le/), [the judgment](https://example.org/j), [para](#para-1) and ![map](/images/map.png).\n',
  );
  assert.match(html, /<a href="\/kb\/cases\/gbr-2012-r-v-n-r-v-le\/">a case<\/a>/);
  assert.match(html, /<a href="https:\/\/example\.org\/j" rel="noopener external">the judgment<\/a>/);
  assert.match(html, /<a href="#para-1">para<\/a>/);
  assert.match(html, /<img src="\/kb\/images\/map\.png" alt="map"/);
  assert.match(await render('[a case](/cases/x/)\n', '/'), /<a href="\/cases\/x\/">/, 'no double slash at the root');
});

test('tables (GFM) render, and quotes are left as written (no smart punctuation)', async () => {
  const html = await render('| a | b |\n| --- | --- |\n| 1 | 2 |\n\nShe said "no" -- twice.\n');
  assert.match(html, /<table>/);
  assert.match(html, /She said "no" -- twice\./);
});

test('the validator reads a body in the dialect the site renders (GFM): tables, footnotes, strikethrough, bare addresses', async () => {
  const body = '## Facts\n\nSee www.example.org and ~~old~~ text.[^1]\n\n| a | b |\n| --- | --- |\n| [x](/cases/y/) | 2 |\n\n[^1]: A note.\n';
  const tree = parseBody(body);
  assert.deepEqual(
    tree.children.map((node) => node.type),
    ['heading', 'paragraph', 'table', 'footnoteDefinition'],
  );
  const types = new Set<string>();
  visit(tree, (node) => void types.add(node.type === 'link' ? `link ${node.url}` : node.type));
  for (const expected of ['delete', 'footnoteReference', 'link http://www.example.org', 'link /cases/y/']) assert.ok(types.has(expected), expected);
  const table = tree.children[2];
  assert.deepEqual(table.position?.start, { line: 5, column: 1, offset: body.indexOf('| a |') }, 'positions point at the source');
  const html = await render(body, '/');
  assert.match(html, /<table>/);
  assert.match(html, /<del>old<\/del>/);
  assert.match(html, /href="http:\/\/www\.example\.org"/);
});
