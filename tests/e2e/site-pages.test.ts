/**
 * The pages about the site (About, How to cite, Contribute, Editorial policy) in English and in
 * Arabic: their title, language and direction, the footer links to them, the English text marked
 * as English on the Arabic page; and "Report a mistake" on entry pages only with a real repository.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { MESSAGES } from '../../src/i18n/index.ts';
import { languagePrefix } from '../../src/i18n/languages.ts';
import { SITE_PAGE_IDS, SITE_PAGES } from '../../src/lib/site-pages.ts';
import { CORRECTION_FORM, repositoryUrl } from '../../src/lib/repository.ts';
import { useSite } from '../support/built-site.ts';
import { FIXTURE_REPOSITORY } from '../support/content-fixture.ts';

const site = useSite();
const LANGUAGES = ['en', 'ar'] as const;

async function open(path: string) {
  const context = await site.context(false);
  const page = await context.newPage();
  const response = await page.goto(site.url(path));
  return { page, response, close: () => context.close() };
}

for (const lang of LANGUAGES) {
  const messages = MESSAGES[lang];
  for (const id of SITE_PAGE_IDS) {
    const path = `${languagePrefix(lang)}${SITE_PAGES[id].path}`;
    const title = String(messages[SITE_PAGES[id].title]);

    test(`/${path}: its title, language and direction, linked from the footer`, async () => {
      const { page, response, close } = await open(path);
      assert.equal(response?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), title);
      const footer = page.getByRole('contentinfo').getByRole('navigation', { name: String(messages['footer.pages']) });
      const link = footer.getByRole('link', { name: title, exact: true });
      assert.equal(await link.count(), 1);
      assert.equal(new URL((await link.getAttribute('href'))!, page.url()).pathname, `/${path}`);
      assert.equal(await link.getAttribute('aria-current'), 'page');
      // The text: English, marked as such (with its direction) on a page in another language.
      const body = page.locator('.site-page');
      assert.ok(((await body.textContent()) ?? '').trim().length > 200, 'the page has its text');
      if (lang === 'en') {
        assert.equal(await body.getAttribute('lang'), null);
        assert.equal(await page.locator('.language-note').count(), 0);
      } else {
        assert.equal(await body.getAttribute('lang'), 'en');
        assert.equal(await body.getAttribute('dir'), 'ltr');
        assert.equal(await page.locator('.language-note').textContent(), String(messages['page.englishOnly']));
        assert.equal(await page.locator('.language-note').getAttribute('lang'), null, 'the note is in the page’s language');
        // Links in the text stay in the reader's language.
        for (const href of await body.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
          assert.match(href, new RegExp(`^/${lang}/`), href);
        }
      }
      await close();
    });
  }

  test(`every page links to the four pages from its footer (${lang})`, async () => {
    const { page, close } = await open(`${languagePrefix(lang)}cases/`);
    const footer = page.getByRole('contentinfo').getByRole('navigation', { name: String(messages['footer.pages']) });
    const links = await footer.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    assert.deepEqual(
      links.map(([name]) => name),
      SITE_PAGE_IDS.map((id) => String(messages[SITE_PAGES[id].title])),
    );
    assert.deepEqual(
      links.map(([, href]) => href),
      SITE_PAGE_IDS.map((id) => `/${languagePrefix(lang)}${SITE_PAGES[id].path}`),
    );
    for (const [, href] of links) assert.equal((await page.request.get(new URL(href!, page.url()).href)).status(), 200, href!);
    await close();
  });
}

test('How to cite names the paragraph anchors and the citation downloads', async () => {
  const { page, close } = await open('how-to-cite/');
  const text = (await page.locator('.site-page').textContent()) ?? '';
  for (const expected of ['#para-4', '#para-a', 'Cite this decision', 'CSL-JSON', 'RIS', 'BibTeX', 'cases/[id]/']) assert.ok(text.includes(expected), expected);
  await close();
});

const repository = repositoryUrl();
test('"Report a mistake" on an entry page: the correction form with the entry filled in, or no link without a repository', async () => {
  const { page, close } = await open('cases/echr-2005-siliadin-v-france/');
  const report = page.getByRole('link', { name: String(MESSAGES.en['entry.reportMistake']) });
  if (!repository) {
    assert.equal(await report.count(), 0, 'no repository: no link to a guessed one');
    assert.equal(await page.locator('a[href*="/issues/new"]').count(), 0);
  } else {
    const link = new URL((await report.getAttribute('href'))!);
    assert.equal(`${link.origin}${link.pathname}`, `${repository}/issues/new`);
    assert.equal(link.searchParams.get('template'), CORRECTION_FORM.template);
    assert.match(link.searchParams.get('title') ?? '', /echr-2005-siliadin-v-france/);
    assert.match(link.searchParams.get(CORRECTION_FORM.fields.url) ?? '', /\/cases\/echr-2005-siliadin-v-france\/$/);
  }
  await close();
});

test('a site built with a repository (the moved fixture site) links every entry to the correction form, the entry filled in', () => {
  const dist = process.env.KB_DIST_MOVED ?? '';
  assert.ok(dist, 'the fixture site was built');
  const label = String(MESSAGES.en['entry.reportMistake']);
  for (const page of ['cases/gbr-2001-fixture-renamed/index.html', 'es/cases/gbr-2001-fixture-renamed/index.html']) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    const hrefs = [...html.matchAll(/<a href="([^"]*\/issues\/new\?[^"]*)"[^>]*>([^<]*)<\/a>/g)];
    assert.equal(hrefs.length, 1, `${page}: one "Report a mistake" link`);
    const link = new URL(hrefs[0][1].replace(/&amp;/g, '&'));
    assert.equal(`${link.origin}${link.pathname}`, `${FIXTURE_REPOSITORY}/issues/new`);
    assert.equal(link.searchParams.get('template'), CORRECTION_FORM.template);
    assert.equal(link.searchParams.get('title'), 'Correction: cases/gbr-2001-fixture-renamed');
    assert.equal(link.searchParams.get(CORRECTION_FORM.fields.url), `/${page.replace(/index\.html$/, '')}`);
    assert.equal(hrefs[0][2], page.startsWith('es/') ? String(MESSAGES.es['entry.reportMistake']) : label, 'in the page’s language');
  }
});

test('Contribute and Editorial policy link to the repository only when there is one, and otherwise name the files', async () => {
  for (const path of ['contribute/', 'editorial-policy/']) {
    const { page, close } = await open(path);
    const text = (await page.locator('.site-page').textContent()) ?? '';
    const toGitHub = await page.locator('.site-page a[href^="https://github.com/"]').count();
    if (repository) assert.ok(toGitHub > 0, path);
    else {
      assert.equal(toGitHub, 0, path);
      assert.ok(text.includes(CORRECTION_FORM.template), `${path} names the correction form`);
    }
    if (path === 'contribute/') assert.ok(text.includes('CONTRIBUTING.md'));
    await close();
  }
});
