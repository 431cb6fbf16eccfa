/**
 * A throw-away content folder for tests: the real vocabularies and instruments, the valid
 * fixture corpus (tests/fixtures/valid), and optional extra files laid over it.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const VALID_FIXTURES = path.join(REPO, 'tests/fixtures/valid');
export const INVALID_FIXTURES = path.join(REPO, 'tests/fixtures/invalid');

const made: string[] = [];
// Test processes clean up after themselves; set KB_KEEP_TEST_DIRS=1 to look at a failing case.
process.on('exit', () => {
  if (!process.env.KB_KEEP_TEST_DIRS) for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * Fixture sites that are built go inside the project (an ignored folder), so that Astro's
 * packages resolve from node_modules as they do for the real site; a folder in the system's
 * temporary directory cannot find them.
 */
export const TEST_SITES = path.join(REPO, '.test-sites');

/**
 * The repository the moved fixture site is built with (KB_REPOSITORY_URL), so that the tests see
 * "Report a mistake" as a site with a known repository shows it. A test address: it only ever
 * appears in that fixture site, never in the real one.
 */
export const FIXTURE_REPOSITORY = 'https://github.com/kb-test-fixture/case-law';

/** Returns the temporary root; its `content/` folder is the content directory. */
export function makeContentRoot(...overlays: string[]): string {
  return makeContentRootIn(os.tmpdir(), ...overlays);
}

/** The same, under `parent` (TEST_SITES for a fixture site that is built). */
export function makeContentRootIn(parent: string, ...overlays: string[]): string {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, 'kb-test-'));
  made.push(root);
  const content = path.join(root, 'content');
  for (const data of ['vocabularies', 'instruments']) cpSync(path.join(REPO, 'content', data), path.join(content, data), { recursive: true });
  cpSync(VALID_FIXTURES, content, { recursive: true });
  for (const overlay of overlays) cpSync(overlay, content, { recursive: true, filter: (source) => path.basename(source) !== 'expected.txt' });
  return root;
}
