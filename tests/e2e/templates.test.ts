/**
 * Every page template, as a reader without JavaScript meets it: located by role and label,
 * on the real corpus.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASES_PER_PAGE } from '../../src/lib/case-browse.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { useSite } from '../support/built-site.ts';

const site = useSite();
const corpus = loadCorpus();
const withDefendants = corpus.entries.find((e) => e.type === 'case' && Array.isArray(e.data.defendants) && (e.data.defendants as unknown[]).length > 0)!;
const modelLaw = corpus.entries.find((e) => e.type === 'model-law')!;
const collection = corpus.entries.find((e) => e.type === 'collection')!;

async function open(path: string) {
  const context = await site.context(false);
  const page = await context.newPage();
  const response = await page.goto(site.url(path));
  return { page, response, close: () => context.close() };
}

test('home: what this is, a search box, ways in, latest additions', async () => {
  const { page, close } = await open('');
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Case law on trafficking in persons' }).waitFor());
  assert.equal(await page.getByRole('searchbox', { name: 'Search the knowledge base' }).count(), 2); // header and home
  for (const name of ['Start from a treaty article', 'Start from a jurisdiction', 'Start from a form of exploitation', 'Latest additions']) {
    assert.equal(await page.getByRole('heading', { level: 2, name }).count(), 1, name);
  }
  assert.ok(await page.getByRole('link', { name: 'TIP art. 3' }).count());
  await close();
});

test('the header search box lands on /search/?q=…', async () => {
  const { page, close } = await open('cases/');
  await page.getByRole('searchbox', { name: 'Search the knowledge base' }).first().fill('servitude');
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.waitForURL(/\/search\/\?q=servitude$/);
  await close();
});

test('cases: a table sortable by date and jurisdiction without JavaScript', async () => {
  const { page, close } = await open('cases/');
  const rows = page.getByRole('row');
  // The first page of the list: every case up to a page's worth, and a header row.
  assert.equal(await rows.count(), Math.min(corpus.entries.filter((e) => e.type === 'case').length, CASES_PER_PAGE) + 1);
  const dates = await page.locator('tbody time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  await page.getByRole('link', { name: 'Oldest first' }).click();
  const oldest = await page.locator('tbody time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
  assert.deepEqual(oldest, [...oldest].sort(), 'oldest first');
  await page.getByRole('link', { name: 'By jurisdiction' }).click();
  const names = await page.locator('tbody td[data-label="Jurisdiction"]').allTextContents();
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b)),
  );
  await close();
});

test('a case page renders every field legibly, with numbered paragraphs', async () => {
  const { page, close } = await open('cases/echr-2005-siliadin-v-france/');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Siliadin v. France');
  assert.equal(await page.locator('meta[name="kb:id"]').getAttribute('content'), 'echr-2005-siliadin-v-france');
  const facts = page.getByRole('region', { name: 'Key facts' });
  for (const label of ['Court', 'Court level', 'Decided', 'Citation', 'Jurisdiction', 'Outcome', 'Acts', 'Means', 'Purpose']) {
    assert.ok(await facts.locator('dt', { hasText: new RegExp(`^${label}$`) }).count(), label);
  }
  assert.match((await facts.textContent()) ?? '', /26 July 2005/);
  assert.match((await facts.textContent()) ?? '', /Application no\. 73316\/01/);
  assert.equal(await facts.getByRole('link', { name: 'European Court of Human Rights' }).getAttribute('href'), '/jurisdictions/echr/');
  assert.match((await page.getByRole('note').textContent()) ?? '', /Draft — not yet checked against the judgment/);
  assert.ok(await page.locator('#para-4').count(), 'paragraph anchor #para-4');
  assert.equal(await page.locator('#para-4 a.para-num').getAttribute('href'), '#para-4');
  for (const name of ['Facts', 'Decision', 'Sources', 'Cite this decision']) assert.ok(await page.getByRole('heading', { level: 2, name }).count(), name);
  await close();
});

test('a case with defendants shows them and their charges as a table', async () => {
  const { page, close } = await open(`cases/${withDefendants.id}/`);
  const table = page.getByRole('region', { name: 'Defendants and charges' }).getByRole('table');
  assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Defendant', 'Charge', 'Provision', 'Verdict', 'Sentence']);
  assert.ok((await table.getByRole('row').count()) >= 2);
  await close();
});

test('article references link to article pages, a pinpoint to its paragraph there', async () => {
  const { page, close } = await open('cases/echr-2010-rantsev-v-cyprus-and-russia/');
  const link = page
    .getByRole('region', { name: 'Key facts' })
    .getByRole('link', { name: /^TIP art\. 3\(a\)$/ })
    .first();
  assert.equal(await link.getAttribute('href'), '/articles/tip-3/#para-a');
  const whole = page
    .getByRole('region', { name: 'Key facts' })
    .getByRole('link', { name: /^UNTOC art\. 18$/ })
    .first();
  assert.equal(await whole.getAttribute('href'), '/articles/untoc-18/');
  await close();
});

test('citation downloads: CSL-JSON, RIS, BibTeX and biblatex', async () => {
  const base = site.url('cases/echr-2005-siliadin-v-france/');
  const json = await (await fetch(`${base}citation.json`)).json();
  assert.equal(json[0].type, 'legal_case');
  assert.equal(json[0].number, 'Application no. 73316/01');
  const ris = await (await fetch(`${base}citation.ris`)).text();
  assert.match(ris, /^TY {2}- CASE\r\n/);
  assert.match(ris, /\r\nDA {2}- 2005\/07\/26\r\n/);
  const bib = await (await fetch(`${base}citation.bib`)).text();
  assert.match(bib, /^@misc\{echr-2005-siliadin-v-france,/); // classic BibTeX has no @jurisdiction
  const biblatex = await (await fetch(`${base}citation.biblatex.bib`)).text();
  assert.match(biblatex, /^@jurisdiction\{echr-2005-siliadin-v-france,/);
});

test('a model law lists each provision with its anchor and its articles', async () => {
  const provisions = modelLaw.data.provisions as { id: string; title: string }[];
  const { page, close } = await open(`model-laws/${modelLaw.id}/`);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), String(modelLaw.data.title));
  for (const p of provisions) assert.equal(await page.locator(`[id="${p.id}"]`).count(), 1, p.id);
  const mapped = (modelLaw.data.provisions as { id: string; articles: string[] }[]).find((p) => p.articles.length)!;
  const articleLink = page
    .locator(`[id="${mapped.id}"]`)
    .getByRole('link', { name: /art\. \d/ })
    .first();
  assert.match((await articleLink.getAttribute('href')) ?? '', /^\/articles\/(tip|som|untoc)-\d+\/$/);
  await close();
});

test('tools and issue papers have their pages and lists', async () => {
  for (const type of ['tool', 'issue-paper'] as const) {
    const entry = corpus.entries.find((e) => e.type === type)!;
    const folder = type === 'tool' ? 'tools' : 'issue-papers';
    const { page, close } = await open(`${folder}/${entry.id}/`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), String(entry.data.title));
    assert.match((await page.getByRole('note').textContent()) ?? '', /Draft|Verified/);
    await close();
    const list = await open(`${folder}/`);
    assert.ok(await list.page.getByRole('link', { name: String(entry.data.title) }).count());
    await list.close();
  }
});

test('a collection: ordered items with notes, and its printable handout', async () => {
  const items = collection.data.items as { ref: string }[];
  const { page, close } = await open(`collections/${collection.id}/`);
  assert.equal(await page.locator('.reading-list > li').count(), items.length);
  await page.getByRole('link', { name: 'Printable handout' }).click();
  await page.waitForURL(/\/print\/$/);
  assert.equal(await page.locator('.reading-list > li').count(), items.length);
  assert.match((await page.locator('.print-url').first().textContent()) ?? '', /^Printed from https?:\/\//);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.site-header').isVisible(), false, 'no site header on paper');
  await close();
});

test('an article page gathers every entry engaging it, pinpoints grouped', async () => {
  const { page, close } = await open('articles/tip-3/');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Use of terms');
  const citing = corpus.entries.filter((e) =>
    [...((e.data.articles as string[]) ?? []), ...((e.data.provisions as { articles: string[] }[]) ?? []).flatMap((p) => p.articles)].some(
      (r) => r === 'TIP-3' || r.startsWith('TIP-3('),
    ),
  );
  const text = (await page.locator('main').textContent()) ?? '';
  for (const entry of citing) assert.ok(text.includes(String(entry.data.title)) || entry.type === 'model-law', `${entry.id} listed`);
  assert.ok(await page.getByRole('heading', { name: /^TIP art\. 3\((a|b|c|d)\) \(\d+\)$/ }).count(), 'a pinpoint group');
  assert.equal(await page.getByRole('link', { name: /Search the entries engaging/ }).getAttribute('href'), '/search/?article=TIP-3');
  await close();
});

test('the articles index lists all 86 articles of the three instruments', async () => {
  const { page, close } = await open('articles/');
  // The instruments' tables (the article matrices below them are tables too).
  assert.equal(await page.locator('table:not(.matrix) tbody tr').count(), 41 + 20 + 25);
  await close();
});

test('jurisdictions: all with counts, and one with its decisions', async () => {
  const { page, close } = await open('jurisdictions/');
  // The region cards' link (the map and its list link there too).
  await page.locator('.cards').getByRole('link', { name: 'France', exact: true }).click();
  await page.waitForURL(/\/jurisdictions\/fra\/$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'France');
  assert.equal(await page.locator('.entry-list > li').count(), corpus.entries.filter((e) => e.data.jurisdiction === 'FRA').length);
  await close();
});

test('an unknown address gets a helpful 404', async () => {
  const { page, response, close } = await open('cases/no-such-case/');
  assert.equal(response?.status(), 404);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
  assert.ok(await page.getByRole('searchbox', { name: 'Search for it' }).count());
  await close();
});

test('open data and the feed', async () => {
  const cases = corpus.entries.filter((e) => e.type === 'case');
  const json = await (await fetch(site.url('data/cases.json'))).json();
  assert.equal(json.length, cases.length);
  assert.ok(json.every((c: { id: string; url: string; title: string }) => c.id && c.url.endsWith(`/cases/${c.id}/`) && c.title));
  const csv = (await (await fetch(site.url('data/cases.csv'))).text()).trimEnd().split('\r\n');
  assert.match(csv[0], /^id,url,title,jurisdiction,court/);
  const resources = await (await fetch(site.url('data/resources.json'))).json();
  assert.equal(resources.length, corpus.entries.filter((e) => ['tool', 'issue-paper', 'model-law'].includes(e.type)).length);
  const feed = await (await fetch(site.url('feed.xml'))).text();
  assert.match(feed, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  assert.ok((await fetch(site.url('sitemap-index.xml'))).ok);
});
