/**
 * npm test: unit tests, then one build of the site (and one under KB_BASE=/kb/), then the
 * end-to-end and accessibility tests in headless Chromium against those builds. Ends with
 * "N passed, N failed" and a non-zero exit on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../tests/support/browser.ts';
import { FIXTURE_REPOSITORY, makeContentRootIn, TEST_SITES } from '../tests/support/content-fixture.ts';
import { LOCAL_ORIGIN } from '../src/lib/public-origin.ts';

const node = process.execPath;
const reports = mkdtempSync(path.join(os.tmpdir(), 'kb-tests-'));
let passed = 0;
let failed = 0;

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Runs node:test on some files, counting from a TAP copy of the report. */
function nodeTests(name: string, patterns: string[], env: Record<string, string> = {}) {
  const tap = path.join(reports, `${name}.tap`);
  const ok = run(
    node,
    ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...patterns],
    env,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  passed += count('pass');
  // A skipped, cancelled or unfinished test did not check anything: it counts as a failure.
  const unchecked = count('skipped') + count('cancelled') + count('todo');
  if (unchecked) console.error(`✖ ${name}: ${unchecked} test(s) skipped, cancelled or left to do`);
  failed += count('fail') + unchecked + (ok || count('fail') ? 0 : 1); // a crash outside any test still fails the run
}

function step(name: string, ok: boolean) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`✖ ${name} failed`);
  }
  return ok;
}

/** A browser for the end-to-end tests: Debian's Chromium, installed here if missing (CI runs as root). */
function ensureBrowser(): boolean {
  if (chromiumPath()) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  }
  if (chromiumPath()) return true;
  console.warn('No system Chromium found: falling back to Playwright’s own browser (run `npx playwright install chromium` once).');
  return true;
}

nodeTests('unit', ['tests/unit/**/*.test.ts']);
// astro check covers the .astro files (pages, components) that tsc cannot read.
step(
  'type check (astro check, tsc; tsconfig strict)',
  run(node, ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']) && run(node, ['node_modules/typescript/bin/tsc', '--noEmit']),
);
// One style for the code: ESLint's rules, and Prettier's layout (npm run format fixes both).
step(
  'lint (eslint) and layout (prettier --check)',
  run(node, ['node_modules/eslint/bin/eslint.js', '.']) && run(node, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']),
);
// Built as `npm start` builds them (the local address as the public origin); the moved fixture
// site below is built without one, as `npm run build` is on a machine that sets none.
const local = { KB_SITE: LOCAL_ORIGIN };
const built = step('validate and build', run(node, ['scripts/build.ts'], local));
const builtUnderBase = step('build under KB_BASE=/kb/', run(node, ['scripts/build.ts', '--outDir', 'dist-kb'], { ...local, KB_BASE: '/kb/' }));
// A small fixture site in which one case was renamed with `npm run move`: its old URL must redirect.
// It has a git history of its own (added on 1 March 2024, moved on 2 March), as a clone has:
// the moved case must keep the day it was added. It is built with a repository, as a published
// clone is (the real site is tested as this clone is: with none unless package.json names one).
const moved = makeContentRootIn(TEST_SITES);
const movedContent = { KB_CONTENT_DIR: path.join(moved, 'content'), KB_SITE: '', KB_REPOSITORY_URL: FIXTURE_REPOSITORY };
const commitFixture = (message: string, date: string) =>
  run('git', ['-C', moved, 'add', '-A']) &&
  run(
    'git',
    ['-C', moved, '-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message],
    { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  );
const builtMoved =
  step(
    'commit the fixture corpus (a git history for its dates)',
    run('git', ['init', '-q', moved]) && commitFixture('fixture corpus', '2024-03-01T12:00:00Z'),
  ) &&
  step('npm run move on the fixture corpus', run(node, ['scripts/move-entry.ts', 'cases/gbr-2001-fixture-appeal', 'gbr-2001-fixture-renamed'], movedContent)) &&
  step('commit the move', commitFixture('move gbr-2001-fixture-appeal', '2024-03-02T12:00:00Z')) &&
  step('build the moved fixture corpus', run(node, ['scripts/build.ts', '--outDir', path.join(moved, 'dist')], movedContent));
if (built && builtUnderBase && builtMoved && step('a browser for end-to-end tests', ensureBrowser())) {
  nodeTests('e2e', ['tests/e2e/**/*.test.ts', 'tests/a11y/**/*.test.ts'], {
    KB_DIST: path.resolve('dist'),
    KB_DIST_BASE: path.resolve('dist-kb'),
    KB_DIST_MOVED: path.join(moved, 'dist'),
  });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
