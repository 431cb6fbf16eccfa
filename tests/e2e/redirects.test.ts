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

test('the moved case keeps the day it was added; the move is its last change', () => {
  // npm test commits the fixture corpus on 1 March 2024 and the move on 2 March (scripts/run-tests.ts).
  const page = readFileSync(path.join(DIST_MOVED, 'cases/gbr-2001-fixture-renamed/index.html'), 'utf8');
  assert.match(page, />Added 1 March 2024</);
  assert.match(page, />Last updated 2 March 2024</);
  const cases = JSON.parse(readFileSync(path.join(DIST_MOVED, 'data/cases.json'), 'utf8')) as { id: string; added?: string; updated?: string }[];
  const record = cases.find((c) => c.id === 'gbr-2001-fixture-renamed');
  assert.deepEqual({ added: record?.added, updated: record?.updated }, { added: '2024-03-01', updated: '2024-03-02' });
  const item = readFileSync(path.join(DIST_MOVED, 'feed.xml'), 'utf8')
    .split('<entry>')
    .find((e) => e.includes('/cases/gbr-2001-fixture-renamed/'));
  assert.ok(item, 'the moved case is in the feed');
  assert.match(item, /<published>2024-03-01T00:00:00\.000Z<\/published>/);
  assert.match(item, /<updated>2024-03-02T00:00:00\.000Z<\/updated>/);
});
