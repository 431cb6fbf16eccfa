/**
 * An entry renamed with `npm run move` keeps its old URL: the fixture site (built by npm test
 * after a move) serves a redirect from the old id to the new one, and links were rewritten.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { useSite } from '../support/built-site.ts';

const DIST_MOVED = process.env.KB_DIST_MOVED ?? '';
const site = useSite({ root: DIST_MOVED });

test('the old URL of a moved case redirects to its new page', async () => {
  assert.ok(existsSync(path.join(DIST_MOVED, 'cases/gbr-2001-fixture-renamed/index.html')), 'the new page exists');
  const page = await site.browser.newPage();
  await page.goto(site.url('cases/gbr-2001-fixture-appeal/'));
  await page.waitForURL(/\/cases\/gbr-2001-fixture-renamed\/$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Fixture Crown v A.B.');
  await page.close();
});

test('references to the moved case point at its new id', () => {
  const related = readFileSync(path.join(DIST_MOVED, 'cases/echr-2002-fixture-v-state/index.html'), 'utf8');
  assert.match(related, /href="\/cases\/gbr-2001-fixture-renamed\/"/);
  assert.doesNotMatch(related, /href="\/cases\/gbr-2001-fixture-appeal\//);
});
