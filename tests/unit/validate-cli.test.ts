/**
 * `npm run validate` as the site contract describes it: text lines, --format json, --format
 * github (pull-request annotations), named files only, KB_CONTENT_DIR, exit codes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makeContentRoot, REPO } from '../support/content-fixture.ts';

function validate(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'scripts/validate.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, KB_CONTENT_DIR: path.join(root, 'content') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A valid corpus with one planted mistake on line 11, column 12. */
function withMistake() {
  const root = makeContentRoot();
  const file = path.join(root, 'content/cases/gbr/gbr-2005-planted-mistake.md');
  writeFileSync(
    file,
    '---\ntitle: Fixture planted mistake\njurisdiction: GBR\ncourt: Fixture Court\ncourtLevel: appellate\ndecided: 2005-01-02\ncitation: "[2005] FIX 3"\nlanguage: en\noutcome: conviction\n# a comment line\npurposes: [forced-labor]\narticles: ["TIP-3(a)"]\nsources:\n  - title: Fixture\nreview:\n  status: draft\n---\n\n## Facts\n\nA.\n\n## Decision\n\nB.\n',
  );
  return root;
}

test('valid content: exit 0 and a one-line summary', () => {
  const result = validate(makeContentRoot());
  assert.equal(result.code, 0);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^All content is valid: 6 entries checked\.\n$/);
});

test('a mistake: path:line:col: error: message, exit 1', () => {
  const result = validate(withMistake());
  assert.equal(result.code, 1);
  assert.equal(
    result.stdout.split('\n')[0],
    'content/cases/gbr/gbr-2005-planted-mistake.md:11:12: error: unknown purpose "forced-labor" (did you mean "forced-labour"?)',
  );
});

test('--format json: an array of {file, line, column, message, hint?}', () => {
  const result = validate(withMistake(), '--format', 'json');
  assert.equal(result.code, 1);
  const [problem] = JSON.parse(result.stdout);
  assert.deepEqual(Object.keys(problem), ['file', 'line', 'column', 'message', 'hint', 'severity']);
  assert.equal(problem.file, 'content/cases/gbr/gbr-2005-planted-mistake.md');
  assert.equal(problem.line, 11);
  assert.equal(problem.column, 12);
});

test('--format github: an annotation on the line of the mistake', () => {
  const result = validate(withMistake(), '--format', 'github', 'content/cases/gbr/gbr-2005-planted-mistake.md');
  assert.equal(result.code, 1);
  assert.match(
    result.stdout,
    /^::error file=content\/cases\/gbr\/gbr-2005-planted-mistake\.md,line=11,col=12::unknown purpose "forced-labor" \(did you mean "forced-labour"\?\) \(allowed values: /,
  );
});

test('named files: only their problems are reported', () => {
  const result = validate(withMistake(), 'content/tools/fixture-toolkit.md');
  assert.equal(result.code, 0);
  assert.equal(result.stdout, '');
});

test('an unknown --format is refused with exit 2', () => {
  const result = validate(makeContentRoot(), '--format', 'xml');
  assert.equal(result.code, 2);
  assert.match(result.stderr, /unknown --format "xml": use text, json or github/);
});
