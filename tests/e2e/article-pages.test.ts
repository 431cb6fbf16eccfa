/** Article pages a judge can work from, and the inverse relations on case pages. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INVERSE_RELATION, parseArticleRef, type CaseRelation } from '../../schemas/index.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { useSite } from '../support/built-site.ts';

const site = useSite();
const corpus = loadCorpus();
const cases = corpus.entries.filter((e) => e.type === 'case');

test('an article page explains each paragraph, links the authentic text and related articles, and searches', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.url('articles/tip-3/'));
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Use of terms');
  const requirements = page.locator('.requirements-list > li');
  assert.ok((await requirements.count()) >= 4);
  assert.equal(await page.locator('#para-a .pin').textContent(), '(a)');
  assert.ok(await page.getByRole('heading', { name: 'Related articles' }).count());
  assert.ok(await page.locator('.article-aside a[href$="/articles/tip-5/"]').count());
  const search = page.getByRole('link', { name: /^Search the entries engaging TIP art\. 3/ });
  assert.match((await search.getAttribute('href')) ?? '', /search\/\?article=TIP-3$/);
  await page.close();
});

test('decisions are grouped by paragraph, those whose court cited it first and marked', async () => {
  const cited = cases.filter((c) => ((c.data.articlesCited as string[]) ?? []).some((r) => r === 'TIP-3(a)'));
  const engaging = cases.filter((c) => ((c.data.articles as string[]) ?? []).includes('TIP-3(a)'));
  assert.ok(engaging.length > 0);
  const page = await site.browser.newPage();
  await page.goto(site.url('articles/tip-3/'));
  const group = page.locator('section:has(> h3#cases-a) > ul > li');
  assert.equal(await group.count(), engaging.length);
  const marks = await group.evaluateAll((items) => items.map((li) => !!li.querySelector('.mark')));
  assert.equal(marks.filter(Boolean).length, cited.length);
  assert.deepEqual(
    marks,
    [...marks].sort((a, b) => Number(b) - Number(a)),
    'cited decisions first',
  );
  await page.close();
});

test('the articles index counts the entries engaging each article', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.url('articles/'));
  // The instruments' tables (the matrices below them link to the articles too).
  const row = page.locator('table:has(th:text-is("Entries engaging it")) tr', { has: page.locator('a[href$="/articles/tip-5/"]') });
  const expected = corpus.entries.filter((e) =>
    [...((e.data.articles as string[]) ?? []), ...((e.data.provisions as { articles: string[] }[]) ?? []).flatMap((p) => p.articles)].some(
      (r) => parseArticleRef(r)?.articleKey === 'TIP-5',
    ),
  ).length;
  assert.equal((await row.locator('td').last().textContent())?.trim(), String(expected));
  await page.close();
});

test('a case page shows both sides of every relation: "cited by" is derived', async () => {
  const written = new Map<string, { id: string; relation: CaseRelation }[]>();
  for (const c of cases)
    for (const r of (c.data.related as { id: string; relation: CaseRelation }[]) ?? []) {
      written.set(r.id, [...(written.get(r.id) ?? []), { id: c.id, relation: INVERSE_RELATION[r.relation] }]);
    }
  const citedBy = [...written].find(([, list]) => list.some((r) => r.relation === 'cited-by'));
  assert.ok(citedBy, 'some case is cited by another');
  const [id, list] = citedBy;
  const page = await site.browser.newPage();
  await page.goto(site.url(`cases/${id}/`));
  const section = page.locator('section[aria-labelledby="related-heading"]');
  for (const r of list) {
    const other = cases.find((c) => c.id === r.id)!;
    assert.ok(await section.getByRole('link', { name: String(other.data.title), exact: true }).count(), `${id} shows ${r.id}`);
  }
  assert.ok(await section.getByText('Cited by').count());
  await page.close();
});
