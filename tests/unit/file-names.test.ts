/**
 * One naming style per folder: components and layouts are PascalCase (they are used as tags),
 * every other module kebab-case. Pages are named by their routes and are left out.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../support/content-fixture.ts';

const PASCAL = /^[A-Z][A-Za-z0-9]*\.(astro|tsx)$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.(test|d))?\.(ts|tsx|mjs|js)$/;

function files(dir: string): string[] {
  return readdirSync(path.join(REPO, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(astro|tsx?|mjs|js)$/.test(e.name))
    .map((e) => path.relative(REPO, path.join(e.parentPath, e.name)));
}

test('components and layouts are PascalCase', () => {
  for (const file of [...files('src/components'), ...files('src/layouts')]) assert.match(path.basename(file), PASCAL, file);
});

test('every other module is kebab-case', () => {
  for (const dir of ['src/lib', 'src/i18n', 'src/integrations', 'schemas', 'scripts', 'tests', 'public']) {
    for (const file of files(dir)) if (!file.includes('/fixtures/')) assert.match(path.basename(file), KEBAB, file);
  }
});
