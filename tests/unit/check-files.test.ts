/** Checking files on two threads gives exactly what one thread gives: the same problems, the same entries. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../scripts/lib/bench/generate-corpus.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { formatProblem } from '../../src/lib/corpus/problem.ts';
import { INVALID_FIXTURES } from '../support/content-fixture.ts';
import { cpSync } from 'node:fs';

test('two threads and one thread agree, problems and positions included', () => {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-threads-')), 'content');
  generateCorpus({ dir, cases: 80, seed: 'threads' });
  // Some broken files too, so that located problems cross between threads.
  for (const kind of ['unknown-purpose', 'related-missing', 'duplicate-key', 'former-id-clash'])
    cpSync(path.join(INVALID_FIXTURES, kind), dir, { recursive: true, filter: (s) => !s.endsWith('expected.txt') });
  const run = (threadsFrom: string) => {
    process.env.KB_THREADS_FROM_FILES = threadsFrom;
    const corpus = loadCorpus(dir);
    return { problems: corpus.problems.map(formatProblem), entries: corpus.entries.map((e) => [e.id, JSON.stringify(e.data), e.body.length]) };
  };
  const one = run('100000');
  const two = run('10');
  delete process.env.KB_THREADS_FROM_FILES;
  assert.ok(one.entries.length >= 80, `the generated corpus is read (${one.entries.length} entries)`);
  assert.ok(
    one.problems.some((p) => p.includes('error:')),
    'the broken files are reported',
  );
  assert.deepEqual(two, one);
});
