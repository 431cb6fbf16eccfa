/**
 * The validator counts an entry's numbered paragraphs from the Markdown tree it parses; the site
 * numbers them in the HTML its renderer makes. A collection item's `paragraph` is checked against
 * the first and links to the second: they must agree, for every real body and for the constructs
 * (GFM tables and footnotes, quotes, lists, comments) where a different dialect would not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countNumberedParagraphs, parseBody } from '../../src/lib/corpus/body.ts';
import { validCorpus } from '../../src/lib/corpus/shared-corpus.ts';
import { markdownProcessor } from '../../src/lib/markdown/processor.ts';

const renderer = await markdownProcessor('/').createRenderer({ syntaxHighlight: false });
const rendered = async (body: string) => ((await renderer.render(body, {})).code.match(/ id="para-\d+"/g) ?? []).length;
const counted = (body: string) => countNumberedParagraphs(parseBody(body));

test('edge cases: quotes, lists, comments, rules, code, footnotes and GFM tables count as the page numbers them', async () => {
  const bodies: [string, number][] = [
    ['## Facts\n\nFirst.\n\n> Quoted.\n>\n> Still quoted.\n\n- a list item\n\n  with a paragraph\n\nLast.\n', 3],
    ['<!-- guidance -->\n\nA\n\n***\n\n    code\n\nB\n', 2],
    ['Text [^1].\n\n[^1]: A note.\n', 1],
    ['| a | b |\n| --- | --- |\n| 1 | 2 |\n\nAfter.\n', 1],
    ['Intro line\n| a | b |\n| --- | --- |\n| 1 | 2 |\nno pipe here\n\nAfter.\n', 2],
    ['a | b\n-- | --\nc | d\n', 0],
    ['| a |\n| --- | --- |\n', 1], // the header and delimiter rows disagree: not a table
    ['Setext\n---\n\nA *b* [c](/cases/x/).\n', 1],
  ];
  for (const [body, expected] of bodies) {
    assert.equal(await rendered(body), expected, `rendered: ${JSON.stringify(body)}`);
    assert.equal(counted(body), expected, `counted: ${JSON.stringify(body)}`);
  }
});

test('every entry of the corpus: the validator counts the paragraphs its page numbers', async () => {
  const { entries } = validCorpus();
  assert.ok(entries.length > 50);
  for (const entry of entries) {
    assert.equal(entry.paragraphs, await rendered(entry.body), `${entry.type}/${entry.id}`);
  }
});
