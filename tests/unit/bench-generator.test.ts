/**
 * The benchmark's synthetic corpus: it passes validation, exercises every field of every
 * schema, is the same byte for byte for the same seed, and is never written into content/.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { makeSchemas } from '../../schemas/index.ts';
import { generateCorpus, REPO } from '../../scripts/lib/bench/generate-corpus.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { formatProblem, isError } from '../../src/lib/corpus/problem.ts';
import { objectKeys } from '../../src/lib/corpus/schema-issues.ts';

const roots: string[] = [];
function generate(seed: string, cases = 60) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-test-'));
  roots.push(root);
  const dir = path.join(root, 'content');
  return { dir, summary: generateCorpus({ dir, cases, seed }) };
}
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Every file under `dir` as relative path → bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** Keys written at `at` (numbers stand for every item of a list) across all values. */
function keysAt(values: unknown[], at: (string | number)[]): Set<string> {
  let level = values;
  for (const segment of at) {
    level = level.flatMap((v) => {
      const next = typeof segment === 'number' ? v : (v as Record<string, unknown> | undefined)?.[segment];
      return typeof segment === 'number' ? (Array.isArray(next) ? next : []) : next === undefined ? [] : [next];
    });
  }
  return new Set(level.flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [])));
}

describe('synthetic benchmark corpus', () => {
  const first = generate('unit-test');
  const corpus = loadCorpus(first.dir);

  test('passes validation with no error', () => {
    assert.deepEqual(corpus.problems.filter(isError).map(formatProblem), []);
  });

  test('has the requested cases and a proportional handful of other entries', () => {
    const count = (type: string) => corpus.entries.filter((e) => e.type === type).length;
    assert.deepEqual(
      { case: count('case'), tool: count('tool'), 'issue-paper': count('issue-paper'), 'model-law': count('model-law'), collection: count('collection') },
      { case: 60, tool: 2, 'issue-paper': 2, 'model-law': 1, collection: 2 },
    );
  });

  test('puts each case in the folder of its jurisdiction, under a synthetic title', () => {
    for (const entry of corpus.entries.filter((e) => e.type === 'case')) {
      assert.equal(entry.folder, String(entry.data.jurisdiction).toLowerCase(), entry.file);
      assert.match(String(entry.data.title), /Synthetic/, entry.file);
      assert.match(String(entry.data.citation), /^SYN\/\d{4}\/\d{5}$/, entry.file);
    }
  });

  test('writes bodies of 400 to 1500 words or so, in the case sections', () => {
    for (const entry of corpus.entries.filter((e) => e.type === 'case')) {
      const words = entry.body.split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 400 && words <= 1700, `${entry.file}: ${words} words`);
      assert.match(entry.body, /^\n## Facts\n[\s\S]*\n## Decision\n/, entry.file);
    }
  });

  test('exercises every field of every schema, nested groups included', () => {
    const schemas = makeSchemas(corpus.catalog!);
    const paths: Record<keyof typeof schemas, (string | number)[][]> = {
      case: [[], ['identifiers'], ['defendants', 0], ['defendants', 0, 'charges', 0], ['victims'], ['related', 0], ['sources', 0], ['review']],
      tool: [[], ['review']],
      'issue-paper': [[], ['review']],
      'model-law': [[], ['provisions', 0], ['review']],
      collection: [[], ['items', 0]],
    };
    for (const [type, list] of Object.entries(paths) as [keyof typeof schemas, (string | number)[][]][]) {
      const data = corpus.entries.filter((e) => e.type === type).map((e) => e.data);
      for (const at of list) {
        const missing = objectKeys(schemas[type], at).filter((key) => !keysAt(data, at).has(key));
        assert.deepEqual(missing, [], `${type} ${at.join('.') || '(top level)'}: fields never written`);
      }
    }
  });

  test('names a query word that many case bodies contain', () => {
    const { word, cases } = first.summary.query;
    const bodies = corpus.entries.filter((e) => e.type === 'case' && new RegExp(`\\b${word}\\b`, 'i').test(e.body));
    assert.equal(bodies.length, cases);
    assert.ok(cases >= 30, `"${word}" is in only ${cases} of 60 cases`);
  });

  test('is the same byte for byte for the same seed, and differs for another seed', () => {
    const again = files(generate('unit-test').dir);
    const original = files(first.dir);
    assert.deepEqual([...again.keys()].sort(), [...original.keys()].sort());
    for (const [file, bytes] of original) assert.ok(bytes.equals(again.get(file)!), `${file} differs between two runs with the same seed`);
    const other = files(generate('another-seed').dir);
    assert.notDeepEqual([...other.keys()].sort(), [...original.keys()].sort());
  });

  test('refuses to write into the real content folder', () => {
    const inside = path.join(REPO, 'content', 'synthetic');
    assert.throws(() => generateCorpus({ dir: inside, cases: 1, seed: 'x' }), {
      message: `refusing to write synthetic entries into ${inside}: it is inside the real content folder; give a temporary folder (os.tmpdir())`,
    });
    assert.equal(readdirSync(path.join(REPO, 'content')).includes('synthetic'), false);
  });

  test('refuses a folder that already holds files', () => {
    assert.throws(() => generateCorpus({ dir: first.dir, cases: 1, seed: 'x' }), {
      message: `${first.dir} is not empty: the synthetic corpus needs a new or empty folder`,
    });
  });
});
