/**
 * The tasks judges and prosecutors bring to the search page, on the real corpus: region and
 * article filters, identifiers typed exactly, every entry kept in a date order, the whole view
 * back after Back, long facets, and the page on a phone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { parseArticleRef } from '../../schemas/index.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { useSite } from '../support/built-site.ts';
import { drawAllResults } from '../support/search-results.ts';

const site = useSite();
const corpus = loadCorpus();
const catalog = corpus.catalog!;
const cases = corpus.entries.filter((e) => e.type === 'case');
const regionsOf = (e: (typeof cases)[number]) => catalog.jurisdictions.get(String(e.data.jurisdiction))!.regions;
const engages = (e: (typeof cases)[number], key: string) => ((e.data.articles as string[]) ?? []).some((r) => parseArticleRef(r)?.articleKey === key);

async function open(query: string, viewport = { width: 1280, height: 900 }) {
  const page = await site.browser.newPage({ viewport });
  await page.goto(site.url(`search/${query}`));
  await settled(page);
  return page;
}
async function settled(page: Page) {
  await page.waitForFunction(() => (document.querySelector('.search-app') as HTMLElement | null)?.dataset.completed === location.search, undefined, {
    timeout: 15000,
  });
  await page.waitForFunction(() => !document.querySelector('.result-loading'), undefined, { timeout: 15000 });
}
const count = async (page: Page) => Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1] ?? 0);
const titles = (page: Page) => page.locator('.result h3').allTextContents();
/** Scrolls until every result is drawn (more load as the reader nears the end). */
async function loadAll(page: Page) {
  await drawAllResults(page, await count(page));
}

test('every case engages at least one treaty article', () => {
  assert.ok(cases.length >= 60);
  for (const c of cases) assert.ok(((c.data.articles as string[]) ?? []).length > 0, c.id);
});

test('the prosecutor’s task: appellate decisions from Africa on forced labour under TIP art. 3', async () => {
  const expected = cases.filter(
    (c) =>
      regionsOf(c).includes('africa') && c.data.courtLevel === 'appellate' && (c.data.purposes as string[]).includes('forced-labour') && engages(c, 'TIP-3'),
  );
  assert.ok(expected.length > 0, 'the corpus has such a decision');
  const page = await open('?region=africa&courtLevel=appellate&purpose=forced-labour&article=TIP-3');
  assert.equal(await count(page), expected.length);
  assert.deepEqual((await titles(page)).sort(), expected.map((c) => String(c.data.title)).sort());
  await page.close();
});

test('the region facet is one click, kept in the URL; a regional court counts in its region', async () => {
  const page = await open('');
  await page.locator('summary', { hasText: /^Region/ }).click();
  await page.getByRole('checkbox', { name: /^Africa \(\d+\)$/ }).check();
  await page.waitForURL(/\?region=africa$/);
  await settled(page);
  const african = corpus.entries.filter((e) => e.type === 'case' && regionsOf(e).includes('africa'));
  assert.equal(await count(page), african.length);
  await loadAll(page);
  const koraou = cases.find((c) => c.data.jurisdiction === 'ECOWAS-CCJ');
  assert.ok(koraou, 'the corpus has the ECOWAS Court decision');
  assert.ok((await titles(page)).includes(String(koraou.data.title)), 'the ECOWAS Court decision is an African decision');
  await page.close();
});

test('every identifier typed exactly finds its decision first', async () => {
  const page = await open('');
  const box = page.getByRole('searchbox', { name: /citation or an application number/ });
  let checked = 0;
  for (const c of cases) {
    const ids = Object.values((c.data.identifiers as Record<string, string> | undefined) ?? {});
    for (const id of ids) {
      await box.fill(id);
      await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, id.trim());
      await settled(page);
      assert.equal((await titles(page))[0], c.data.title, `${id} (${c.id})`);
      checked += 1;
    }
  }
  assert.ok(checked >= 5, `identifiers checked: ${checked}`);
  await page.close();
});

test('a date order keeps every entry: undated ones follow, with a note', async () => {
  const page = await open('?sort=newest');
  assert.equal(await count(page), corpus.entries.length, 'an empty query with a sort lists everything');
  const dates = (await page.locator('.result time, .result .entry-meta').allTextContents()).length;
  assert.ok(dates > 0);
  await page.close();
  const mixed = await open('?article=TIP-3&sort=oldest');
  const engaging = corpus.entries.filter((e) =>
    [...((e.data.articles as string[]) ?? []), ...((e.data.provisions as { articles: string[] }[]) ?? []).flatMap((p) => p.articles)].some(
      (r) => parseArticleRef(r)?.articleKey === 'TIP-3',
    ),
  );
  assert.ok(engaging.some((e) => e.type !== 'case') && engaging.some((e) => e.type === 'case'), 'the test mixes entry types');
  assert.equal(await count(mixed), engaging.length);
  await loadAll(mixed);
  assert.match((await mixed.locator('.undated-note').textContent()) ?? '', new RegExp(`\\(${engaging.filter((e) => e.type !== 'case').length}:`));
  await mixed.close();
});

test('an empty query with filters lists everything newest first', async () => {
  const page = await open('?type=case');
  assert.equal(await page.getByRole('combobox', { name: 'Sort by' }).inputValue(), 'newest');
  const newest = [...cases].sort((a, b) => String(b.data.decided).localeCompare(String(a.data.decided)))[0];
  assert.equal((await titles(page))[0], newest.data.title);
  await page.close();
});

test('Back restores the results loaded and the scroll position', async () => {
  const page = await open('?type=case');
  await page.getByRole('button', { name: 'Show more results' }).click();
  await page.getByRole('button', { name: 'Show more results' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.result h3 a').length >= 30);
  const target = page.locator('.result h3 a').nth(25);
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(400); // the scroll position is kept a moment after scrolling stops
  const before = await page.evaluate(() => window.scrollY);
  assert.ok(before > 500);
  const title = await target.textContent();
  await target.click();
  await page.waitForURL(/\/cases\/[^/]+\/$/);
  await page.goBack();
  await page.waitForURL(/\/search\/\?type=case$/);
  await settled(page);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 60, before, { timeout: 10000 });
  assert.ok((await page.locator('.result').count()) >= 30, 'the 30 results loaded are back');
  assert.equal(await page.locator('.result h3 a').nth(25).textContent(), title);
  await page.close();
});

test('the article facet is grouped by instrument and filtered as one types', async () => {
  const page = await open('');
  await page.locator('summary', { hasText: /^Treaty article/ }).click();
  const box = page.getByRole('searchbox', { name: /Find an article/ });
  await box.fill('TIP art. 6');
  const options = await page
    .locator('#filters details.facet-group input[type=checkbox]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent ?? ''));
  assert.ok(options.length > 0);
  for (const label of options) assert.match(label, /^TIP art\. 6/);
  await box.fill('');
  const groups = await page.locator('#filters details.facet-group > summary').allTextContents();
  assert.ok(groups.some((g) => g.startsWith('Trafficking in Persons Protocol')));
  await page.close();
});

test('excerpts do not repeat the line above them', async () => {
  const page = await open('?type=case');
  for (const excerpt of await page.locator('.result-excerpt').allTextContents()) assert.doesNotMatch(excerpt, /^Case · /);
  await page.close();
});

test('on a phone: the first result on the first screen, filters in a panel, targets of 24 px', async () => {
  const viewport = { width: 390, height: 844 };
  const page = await open('?q=forced%20labour', viewport);
  const first = await page.locator('.result h3').first().boundingBox();
  assert.ok(first && first.y + first.height <= viewport.height, `first result at ${first?.y}`);
  await page.getByRole('button', { name: /^Filters/ }).click();
  assert.ok(await page.locator('#filters').isVisible());
  await page.locator('summary', { hasText: /^Region/ }).click();
  for (const box of await page.locator('#filters input[type=checkbox]').all()) {
    if (!(await box.isVisible())) continue;
    const size = (await box.boundingBox())!;
    assert.ok(size.width >= 24 && size.height >= 24, `checkbox ${size.width}×${size.height}`);
  }
  await page.getByRole('checkbox', { name: /^Europe \(\d+\)$/ }).check();
  await page.waitForURL(/region=europe/);
  await page
    .getByRole('button', { name: /^Show the results/ })
    .first()
    .click();
  assert.ok(!(await page.locator('#filters').isVisible()));
  await settled(page);
  assert.ok((await count(page)) > 0);
  await page.close();
});
