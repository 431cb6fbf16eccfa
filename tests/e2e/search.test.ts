/**
 * Search against the built site and its real Pagefind index: URL round-trips, facet counts,
 * OR within a facet and AND across facets, sort order, keyboard use, known-item queries.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { parseArticleRef } from '../../schemas/index.ts';
import { useSite } from '../support/built-site.ts';

const site = useSite();
const corpus = loadCorpus();
const cases = corpus.entries.filter((e) => e.type === 'case');

async function search(query: string) {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url(`search/${query}`));
  await settled(page);
  return { page, close: () => context.close() };
}

/** Waits until the results on screen are those of the view in the address bar. */
async function settled(page: Page) {
  await page.waitForFunction(() => (document.querySelector('.search-app') as HTMLElement | null)?.dataset.completed === location.search, undefined, {
    timeout: 15000,
  });
  await page.waitForFunction(() => !document.querySelector('.result-loading'), undefined, { timeout: 15000 });
}
const count = async (page: Page) => Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1] ?? 0);
const titles = (page: Page) => page.locator('.result h3').allTextContents();

test('an entry is the first result for its own name', async () => {
  // Titles that name the case distinctly (an individual defendant is given by initials, so
  // "United States v. K." names several cases; those are found by their citation, below).
  for (const id of ['echr-2005-siliadin-v-france', 'nld-2009-hoge-raad-diamond-city', 'tha-2019-supreme-court-kantang-fishing']) {
    const entry = cases.find((c) => c.id === id);
    assert.ok(entry, `the corpus has ${id}`);
    const { page, close } = await search(`?q=${encodeURIComponent(String(entry.data.title))}`);
    assert.equal((await titles(page))[0], entry.data.title, `query: ${entry.data.title}`);
    await close();
  }
});

test('an entry is the first result for its application number or citation', async () => {
  const { page, close } = await search('?q=73316%2F01');
  assert.equal((await titles(page))[0], 'Siliadin v. France');
  await close();
  const tang = cases.find((c) => c.id === 'aus-2008-r-v-tang');
  assert.ok(tang, 'the corpus has aus-2008-r-v-tang');
  const second = await search(`?q=${encodeURIComponent('[2008] HCA 39')}`);
  assert.equal((await titles(second.page))[0], tang.data.title);
  await second.close();
  const kozminski = cases.find((c) => c.id === 'usa-1988-united-states-v-kozminski');
  assert.ok(kozminski, 'the corpus has usa-1988-united-states-v-kozminski');
  const third = await search(`?q=${encodeURIComponent('487 U.S. 931')}`);
  assert.equal((await titles(third.page))[0], kozminski.data.title);
  await third.close();
});

test('an article filter returns exactly the entries citing the article or a pinpoint inside it', async () => {
  const citing = corpus.entries.filter((e) =>
    [...((e.data.articles as string[]) ?? []), ...((e.data.provisions as { articles: string[] }[]) ?? []).flatMap((p) => p.articles)].some(
      (r) => parseArticleRef(r)?.articleKey === 'TIP-3',
    ),
  );
  const { page, close } = await search('?article=TIP-3');
  assert.equal(await count(page), citing.length);
  await close();
});

test('values within a facet are ORed, facets ANDed, counts follow the query', async () => {
  const gbr = cases.filter((c) => c.data.jurisdiction === 'GBR').length;
  const fra = cases.filter((c) => c.data.jurisdiction === 'FRA').length;
  const { page, close } = await search('?jurisdiction=GBR&jurisdiction=FRA');
  assert.equal(await count(page), gbr + fra);
  // The jurisdiction facet counts its own values as if none were chosen.
  const france = page.getByRole('checkbox', { name: /^France \(\d+\)$/ });
  assert.match((await page.locator(`label[for="${await france.getAttribute('id')}"]`).textContent()) ?? '', new RegExp(`\\(${fra}\\)`));
  await close();
  const both = cases.filter((c) => c.data.jurisdiction === 'GBR' && (c.data.purposes as string[]).includes('forced-criminality')).length;
  const and = await search('?jurisdiction=GBR&purpose=forced-criminality');
  assert.equal(await count(and.page), both);
  await and.close();
});

test('the URL keeps query, filters and sort: reload, back and forward restore the view', async () => {
  const { page, close } = await search('');
  await page.getByRole('searchbox', { name: /citation or an application number/ }).fill('servitude');
  await page.waitForURL(/\?q=servitude$/);
  await settled(page);
  const all = await count(page);
  assert.ok(all > 0);
  await page.locator('summary', { hasText: /^Jurisdiction/ }).click();
  await page.getByRole('checkbox', { name: /^European Court of Human Rights/ }).check();
  await page.waitForURL(/\?q=servitude&jurisdiction=ECHR$/);
  await settled(page);
  const echr = await count(page);
  assert.ok(echr > 0 && echr <= all);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('newest');
  await page.waitForURL(/&sort=newest$/);
  await page.reload();
  await settled(page);
  assert.equal(await page.getByRole('searchbox', { name: /citation or an application number/ }).inputValue(), 'servitude');
  assert.equal(await page.getByRole('combobox', { name: 'Sort by' }).inputValue(), 'newest');
  assert.equal(await count(page), echr);
  await page.goBack();
  await page.goBack();
  await page.waitForURL(/\?q=servitude$/);
  await settled(page);
  assert.equal(await count(page), all);
  await page.goForward();
  await page.waitForURL(/jurisdiction=ECHR$/);
  await settled(page);
  assert.equal(await count(page), echr);
  await close();
});

test('sort by decision date, newest or oldest first', async () => {
  const expected = cases
    .filter((c) => c.data.jurisdiction === 'ECHR')
    .map((c) => String(c.data.decided))
    .sort();
  for (const [sort, order] of [
    ['newest', [...expected].reverse()],
    ['oldest', expected],
  ] as const) {
    const { page, close } = await search(`?jurisdiction=ECHR&sort=${sort}`);
    const dates = await page.locator('.result .entry-meta').allTextContents();
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const shown = dates.map((d) => {
      const segment = d.split(' · ').find((part) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(part))!;
      const [day, month, year] = segment.split(' ');
      return `${year}-${String(months.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
    });
    assert.deepEqual(shown, order.slice(0, shown.length), sort);
    await close();
  }
});

test('an empty query with filters browses; no results says what to try', async () => {
  const { page, close } = await search('?type=collection');
  assert.equal(await count(page), corpus.entries.filter((e) => e.type === 'collection').length);
  await close();
  const none = await search('?q=zzqxjv&jurisdiction=GBR');
  assert.match((await none.page.locator('.no-results').textContent()) ?? '', /No entries match\.Remove a filter:.*Check the spelling/s);
  await none.close();
});

test('results load lazily: ten first, more on request', async () => {
  const { page, close } = await search('?type=case');
  assert.equal(await count(page), cases.length);
  assert.ok((await page.locator('.result').count()) <= 20, 'not every result at once');
  await page.getByRole('button', { name: 'Show more results' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.result').length > 10);
  await close();
});

test('usable by keyboard alone', async () => {
  const { page, close } = await search('');
  await page.getByRole('searchbox', { name: /citation or an application number/ }).focus();
  await page.keyboard.type('forced labour');
  await settled(page);
  assert.ok((await count(page)) > 0);
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab'); // the first facet
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
  await page.keyboard.press('Enter'); // open it
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // tick its first value
  await page.waitForURL(/&type=/);
  await settled(page);
  await close();
});

test('search from other pages arrives pre-filtered', async () => {
  const { page, close } = await search('?jurisdiction=FRA');
  assert.equal(await count(page), cases.filter((c) => c.data.jurisdiction === 'FRA').length);
  assert.ok(await page.getByRole('button', { name: 'Remove filter France' }).count());
  await close();
});

test('the decisions found download as one RIS, BibTeX or CSL-JSON file, in the order of the results', async () => {
  const page = await site.browser.newPage({ acceptDownloads: true });
  await page.goto(site.url('search/?q=servitude&type=case'));
  await page.waitForFunction(() => (document.querySelector('.search-app') as HTMLElement | null)?.dataset.completed === location.search, undefined, {
    timeout: 15000,
  });
  const total = Number(/\d+/.exec((await page.getByRole('status').textContent()) ?? '')?.[0]);
  assert.ok(total > 1);
  await page.waitForFunction(() => !document.querySelector('.result-loading'));
  const shownIds = await page
    .locator('.result h3 a')
    .evaluateAll((links) => links.map((a) => /\/cases\/([^/]+)\/$/.exec(new URL((a as HTMLAnchorElement).href).pathname)![1]));
  for (const [button, check] of [
    ['RIS', (text: string) => assert.equal(text.match(/^TY {2}- CASE$/gm)?.length, total)],
    ['BibTeX', (text: string) => assert.equal(text.match(/^@misc\{/gm)?.length, total)],
    [
      'CSL-JSON',
      (text: string) =>
        assert.deepEqual(
          (JSON.parse(text) as { id: string }[]).slice(0, shownIds.length).map((item) => item.id),
          shownIds,
        ),
    ],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.result-export').getByRole('button', { name: button, exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^search-results\.(ris|bib|json)$/);
    check(readFileSync((await download.path())!, 'utf8'));
  }
  await page.close();
});

test('a query’s first results come before the facet data; browsing and a year range load it first', async () => {
  const requested = async (query: string) => {
    const context = await site.context();
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(new URL(request.url()).pathname));
    await page.goto(site.url(`search/${query}`));
    await settled(page);
    const facets = urls.findIndex((u) => u.endsWith('/search/facets.json'));
    const fragment = urls.findIndex((u) => u.includes('/pagefind/fragment/'));
    await context.close();
    return { facets, fragment };
  };
  // A reader who typed a name waits for its result, not for every filter's labels (issue 16).
  const named = await requested('?q=Siliadin');
  assert.ok(named.fragment >= 0 && named.facets > named.fragment, `facets.json after the first result: ${JSON.stringify(named)}`);
  // Browsing shows the filters at once; a year range needs the list of years to search.
  const browsing = await requested('');
  assert.ok(browsing.facets >= 0, 'facets.json is loaded to browse');
  const years = await requested('?q=labour&from=2005&to=2015');
  assert.ok(years.facets >= 0 && years.facets < years.fragment, `facets.json before the results of a year range: ${JSON.stringify(years)}`);
  // The filters are there once the view is complete.
  const { page, close } = await search('?q=Siliadin');
  assert.ok((await page.locator('.facet').count()) > 5, 'the facets are drawn after the results');
  await close();
});
