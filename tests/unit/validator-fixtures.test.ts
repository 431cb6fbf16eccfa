/**
 * Every kind of careless contribution in tests/fixtures/invalid/<kind>/ gets exactly the
 * messages in its expected.txt: located (path:line:col), named, actionable. The valid fixture
 * corpus (CRLF, byte-order mark, Chinese and Arabic text) passes with no problem at all.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { formatProblem } from '../../src/lib/corpus/problem.ts';
import { INVALID_FIXTURES, makeContentRoot } from '../support/content-fixture.ts';

function problemsFor(root: string): string[] {
  const previous = process.cwd();
  process.chdir(root); // paths are printed relative to the working directory, as in the CLI
  try {
    return loadCorpus(path.join(root, 'content')).problems.map(formatProblem);
  } finally {
    process.chdir(previous);
  }
}

test('the valid fixture corpus has no problems', () => {
  assert.deepEqual(problemsFor(makeContentRoot()), []);
});

for (const kind of readdirSync(INVALID_FIXTURES).sort()) {
  test(`invalid: ${kind}`, () => {
    const dir = path.join(INVALID_FIXTURES, kind);
    const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trimEnd().split('\n');
    const actual = problemsFor(makeContentRoot(dir)).join('\n').split('\n');
    assert.deepEqual(actual, expected);
    assert.ok(
      expected.some((line) => /^content\/.+:\d+:\d+: error: /.test(line)),
      'at least one located error',
    );
  });
}
