/**
 * The fast path for plain prose gives the tree the full Markdown parser gives (node types,
 * heading depths and texts, positions), and steps aside for anything else.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitFrontmatter } from '../../src/lib/corpus/frontmatter.ts';
import { tryPlainBodyTree } from '../../src/lib/corpus/plain-body.ts';
import { REPO } from '../support/content-fixture.ts';

const full = unified().use(remarkParse);

/** What the checks read from a tree: block types, heading depth and text, text values and positions. */
function shape(tree: Root) {
  return tree.children.map((node) => ({
    type: node.type,
    depth: node.type === 'heading' ? node.depth : undefined,
    start: node.position?.start,
    end: node.position?.end,
    text: 'children' in node ? node.children.map((c) => ('value' in c ? c.value : c.type)).join('') : undefined,
  }));
}

const PLAIN = [
  '## Facts\n\nThe applicant, a national of X, arrived in 1994.\nShe worked without pay.\n\n## Decision\n\nA violation was found.\n',
  '\n## Facts ##\n\n  Indented first line\nand a lazy line.\n\n\n## Decision\n\nDone.',
  '## Facts\nNo blank line after the heading.\n## Decision\nNone here either.\n',
];
const NOT_PLAIN = [
  '## Facts\n\nSee [x](/cases/a/).',
  '## Facts\n\n- a list',
  '## Facts\n\n<b>x</b>',
  'Title\n===\n',
  '## Facts\n\n    code',
  '## *Facts*\n\nx',
  '#Facts\n',
  '## Facts\n\nAs in *Rantsev v. Cyprus and Russia*: police.',
  '## Facts\n\nA __strong__ word.',
];

test('plain prose: the same tree as the full parser', () => {
  for (const body of PLAIN) assert.deepEqual(shape(tryPlainBodyTree(body)!), shape(full.parse(body)), JSON.stringify(body));
});

test('anything beyond plain prose goes to the full parser', () => {
  for (const body of NOT_PLAIN) assert.equal(tryPlainBodyTree(body), undefined, JSON.stringify(body));
});

test('every real body that takes the fast path gives the full parser’s tree', () => {
  let plain = 0;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : n.endsWith('.md') ? [path.join(dir, n)] : []));
  for (const file of walk(path.join(REPO, 'content'))) {
    const split = splitFrontmatter(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'));
    if (!split.ok) continue;
    const fast = tryPlainBodyTree(split.body);
    if (!fast) continue;
    plain += 1;
    assert.deepEqual(shape(fast), shape(full.parse(split.body)), file);
  }
  assert.ok(plain > 10, `the fast path serves real summaries (${plain})`);
});
