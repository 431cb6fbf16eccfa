/**
 * The six interface languages on the real corpus: the switcher leads to the same page, each page
 * names its alternates, Arabic is right to left with Latin citations kept left to right, and a
 * query in each UN language finds the entries classified under it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { INTERFACE_LANGUAGES, languagePrefix } from '../../src/i18n/languages.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { DIST, useSite } from '../support/built-site.ts';
import { drawAllResults } from '../support/search-results.ts';

const site = useSite();
const corpus = loadCorpus();
const cases = corpus.entries.filter((e) => e.type === 'case');
const withPurpose = (id: string) => cases.filter((c) => (c.data.purposes as string[]).includes(id));

test('the language switcher leads to the same case in another language, and back', async () => {
  const entry = cases.find((c) => c.id === 'echr-2005-siliadin-v-france')!;
  const page = await site.browser.newPage();
  await page.goto(site.url(`cases/${entry.id}/`));
  const switcher = page.getByRole('navigation', { name: 'Language' });
  assert.equal(await switcher.getByRole('link').count(), INTERFACE_LANGUAGES.length);
  await switcher.getByRole('link', { name: 'Español' }).click();
  await page.waitForURL(/\/es\/cases\/echr-2005-siliadin-v-france\/$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(await page.locator('meta[name="kb:id"]').getAttribute('content'), entry.id);
  // The summary is English: marked as such inside the Spanish page.
  assert.equal(await page.locator('h1').getAttribute('lang'), 'en');
  assert.equal(await page.locator('h1').textContent(), String(entry.data.title));
  assert.equal(await page.getByRole('heading', { name: 'Datos principales' }).count(), 1, 'the interface is Spanish');
  await page
    .getByRole('navigation', { name: /Idioma/ })
    .getByRole('link', { name: 'English' })
    .click();
  await page.waitForURL(/\/cases\/echr-2005-siliadin-v-france\/$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.close();
});

test('every page names its versions in the six languages (hreflang), and the links resolve', async () => {
  const page = await site.browser.newPage();
  for (const path of ['', 'articles/tip-3/', 'jurisdictions/gbr/', 'search/']) {
    for (const lang of INTERFACE_LANGUAGES) {
      await page.goto(site.url(languagePrefix(lang) + path));
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      assert.deepEqual(alternates.map(([code]) => code).sort(), [...INTERFACE_LANGUAGES, 'x-default'].sort(), `${lang}/${path}`);
      for (const [code, href] of alternates) {
        const expected = `/${code === 'x-default' ? '' : languagePrefix(code as (typeof INTERFACE_LANGUAGES)[number])}${path}`;
        assert.equal(new URL(href!, page.url()).pathname, expected, `${lang}/${path} → ${code}`);
      }
    }
  }
  await page.close();
});

test('Arabic pages are right to left, and Latin citations inside them stay left to right', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.url('ar/cases/echr-2005-siliadin-v-france/'));
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  const citation = page.locator('.lede.citation');
  assert.equal(await citation.getAttribute('lang'), 'en');
  assert.equal(await citation.evaluate((el) => getComputedStyle(el).direction), 'ltr');
  assert.equal(await page.locator('section.prose').getAttribute('dir'), 'ltr');
  // The layout is mirrored: the facts panel, at the summary's end, is on its left.
  const aside = await page.locator('.entry-layout aside').boundingBox();
  const summary = await page.locator('section.prose').boundingBox();
  assert.ok(aside && summary && aside.x < summary.x, 'facts panel on the left');
  await page.close();
});

test('an article title not yet known in a language is shown in English, marked, and the gaps counted', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.url('zh/articles/'));
  const gaps = corpus.catalog!.instruments;
  const missing = [...gaps.values()].flatMap((i) => i.articles).filter((a) => !a.title.zh).length;
  assert.ok(missing > 0);
  assert.match((await page.locator('#title-gaps').textContent()) ?? '', new RegExp(String(missing)));
  assert.equal(await page.locator('td span[lang="en"]').count(), missing);
  await page.close();
});

async function search(page: Page, lang: (typeof INTERFACE_LANGUAGES)[number], query: string) {
  await page.goto(site.url(`${languagePrefix(lang)}search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => (document.querySelector('.search-app') as HTMLElement | null)?.dataset.completed === location.search, undefined, {
    timeout: 15000,
  });
  await page.waitForFunction(() => !document.querySelector('.result-loading'), undefined, { timeout: 15000 });
  const status = (await page.getByRole('status').textContent()) ?? '';
  const total = Number(/\d[\d\s.,]*/.exec(status)?.[0].replace(/\D/g, '') ?? 0);
  await drawAllResults(page, total);
  const hrefs = await page.locator('.result h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { total, hrefs };
}

const QUERIES: [(typeof INTERFACE_LANGUAGES)[number], string, string][] = [
  ['es', 'trabajo forzoso', 'forced-labour'],
  ['fr', 'servitude domestique', 'domestic-servitude'],
  ['zh', '强迫劳动', 'forced-labour'],
  ['ar', 'العمل القسري', 'forced-labour'],
  ['ru', 'принудительный труд', 'forced-labour'],
];

for (const [lang, query, purpose] of QUERIES) {
  test(`a query in ${lang} ("${query}") on /${lang}/search/ finds every ${purpose} case, linked in ${lang}`, async () => {
    const expected = withPurpose(purpose);
    assert.ok(expected.length > 0);
    const page = await site.browser.newPage();
    const { total, hrefs } = await search(page, lang, query);
    assert.ok(total >= expected.length, `${total} results for ${expected.length} ${purpose} cases`);
    for (const c of expected) assert.ok(hrefs.includes(`/${lang}/cases/${c.id}/`), `${c.id} is found`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await page.close();
  });
}

test('the search page in Spanish shows its facets, counts and result lines in Spanish', async () => {
  const page = await site.browser.newPage();
  await search(page, 'es', 'trabajo forzoso');
  assert.ok(await page.locator('summary', { hasText: /^Región/ }).count(), 'the region facet is labelled in Spanish');
  assert.match((await page.getByRole('status').textContent()) ?? '', /resultados?/);
  await page.close();
});

test('the sitemap lists each page with its versions in the other languages', () => {
  const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const entry = /<url><loc>[^<]*\/cases\/echr-2005-siliadin-v-france\/<\/loc>(.*?)<\/url>/.exec(sitemap);
  assert.ok(entry, 'the English case page is in the sitemap');
  for (const lang of INTERFACE_LANGUAGES) {
    assert.match(entry[1], new RegExp(`hreflang="${lang}" href="[^"]*/${languagePrefix(lang)}cases/echr-2005-siliadin-v-france/"`), lang);
  }
});

test('switching language on the search page keeps the query and the filters', async () => {
  const page = await site.browser.newPage();
  await search(page, 'en', 'labour');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
  await page.waitForURL(/\/fr\/search\/\?q=labour$/);
  await page.waitForFunction(() => (document.querySelector('.search-app') as HTMLElement | null)?.dataset.completed === location.search, undefined, {
    timeout: 15000,
  });
  assert.equal(await page.locator('#search-query').inputValue(), 'labour');
  assert.ok((await page.locator('.result h3 a').count()) > 0);
  await page.close();
});
