/**
 * What a reader takes away to cite a case, on the built site: the line to paste (one click
 * selects it), downloads saved under the case's id, the decision's language in the files, the
 * metadata reference managers read in the page head, and a CSV that spreadsheets open as written.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { CaseData } from '../../schemas/index.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { parseCsv } from '../support/csv.ts';
import { DIST, useSite } from '../support/built-site.ts';

const site = useSite();
const cases = loadCorpus().entries.filter((e) => e.type === 'case');
const SILIADIN = 'echr-2005-siliadin-v-france';
const DIST_NO_ORIGIN = process.env.KB_DIST_MOVED ?? '';
const withLanguage = cases.find((e) => (e.data as CaseData).decisionLanguage?.length)!;
const withoutLanguage = cases.find((e) => !(e.data as CaseData).decisionLanguage)!;

async function open(pagePath: string, permissions: string[] = []) {
  const context = await site.context(true);
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(site.url()).origin });
  const page = await context.newPage();
  await page.goto(site.url(pagePath));
  return { page, close: () => context.close() };
}

const SILIADIN_OSCOLA = 'Siliadin v France Application no. 73316/01 (European Court of Human Rights (Second Section), 26 July 2005)';

test('the citation to paste, in OSCOLA style: the case name in italics, one click selects all of it', async () => {
  const { page, close } = await open(`cases/${SILIADIN}/`);
  const section = page.getByRole('region', { name: 'Cite this decision' });
  const citation = section.getByRole('figure', { name: /^Citation in OSCOLA style \(one click selects it all\)/ }).locator('p');
  assert.equal(await citation.textContent(), SILIADIN_OSCOLA);
  assert.equal(await citation.locator('i').textContent(), 'Siliadin v France');
  assert.equal(await citation.evaluate((el) => getComputedStyle(el).userSelect), 'all');
  await citation.click();
  assert.equal(await page.evaluate(() => window.getSelection()?.toString()), SILIADIN_OSCOLA);
  // The rules it follows are one link away.
  const rules = section.getByRole('link', { name: 'How this citation is written' });
  await rules.click();
  await page.waitForURL(/how-to-cite\/#citation-style$/);
  assert.match((await page.locator('#citation-style + p').textContent()) ?? '', /OSCOLA/);
  await close();
});

test('"Copy citation" puts the citation on the clipboard, as text and with the case name in italics', async () => {
  const { page, close } = await open(`cases/${SILIADIN}/`, ['clipboard-read', 'clipboard-write']);
  const button = page.getByRole('button', { name: 'Copy citation' });
  await button.click();
  await page.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), SILIADIN_OSCOLA);
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
  });
  assert.match(html, /<i[^>]*>Siliadin v France<\/i> Application no\. 73316\/01/);
  await close();
});

test('without JavaScript the copy button is not shown and the citation still is', async () => {
  const context = await site.context(false);
  const page = await context.newPage();
  await page.goto(site.url(`cases/${SILIADIN}/`));
  assert.equal(await page.getByRole('button', { name: 'Copy citation' }).count(), 0);
  assert.equal(await page.locator('#citation-text').textContent(), SILIADIN_OSCOLA);
  await context.close();
});

test('the citation is marked with the summary’s language on a page in another language', async () => {
  for (const [lang, caption, dir, copy] of [
    ['fr', 'Référence au format OSCOLA (un clic la sélectionne en entier)', null, 'Copier la référence'],
    ['ar', 'الإحالة بأسلوب OSCOLA (تُحدَّد كاملةً بنقرة واحدة)', 'ltr', 'نسخ الإحالة'],
  ] as const) {
    const { page, close } = await open(`${lang}/cases/${SILIADIN}/`);
    const citation = page.getByRole('figure', { name: new RegExp(`^${caption.replace(/[()]/g, '\\$&')}`) }).locator('p');
    assert.equal(await citation.getAttribute('lang'), 'en', lang);
    assert.equal(await citation.getAttribute('dir'), dir, lang);
    assert.match((await citation.textContent()) ?? '', /, 26 July 2005\)$/);
    assert.equal(await page.getByRole('button', { name: copy }).count(), 1, lang);
    await close();
  }
});

test('each download keeps its address and is saved under the case’s id', async () => {
  const { page, close } = await open(`cases/${SILIADIN}/`);
  const links = page.getByRole('region', { name: 'Cite this decision' }).locator('a[download]');
  const found = await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('download')]));
  assert.deepEqual(found, [
    ['CSL-JSON', `/cases/${SILIADIN}/citation.json`, `${SILIADIN}.json`],
    ['RIS', `/cases/${SILIADIN}/citation.ris`, `${SILIADIN}.ris`],
    ['BibTeX', `/cases/${SILIADIN}/citation.bib`, `${SILIADIN}.bib`],
    ['biblatex', `/cases/${SILIADIN}/citation.biblatex.bib`, `${SILIADIN}.biblatex.bib`],
  ]);
  for (const [, href] of found) assert.equal((await fetch(site.url(href!))).status, 200, href!);
  await close();
});

test('the files give the decision’s language when the summary does, and none when it does not', () => {
  const read = (id: string, file: string) => readFileSync(path.join(DIST, 'cases', id, file), 'utf8');
  const lang = (withLanguage.data as CaseData).decisionLanguage![0];
  assert.equal(JSON.parse(read(withLanguage.id, 'citation.json'))[0].language, lang);
  assert.match(read(withLanguage.id, 'citation.ris'), new RegExp(`\\r\\nLA {2}- ${lang}\\r\\n`));
  assert.match(read(withLanguage.id, 'citation.bib'), new RegExp(`\\n {2}language = \\{${lang}\\},\\n`));
  assert.equal('language' in JSON.parse(read(withoutLanguage.id, 'citation.json'))[0], false);
  assert.doesNotMatch(read(withoutLanguage.id, 'citation.ris'), /^LA {2}- /m);
  assert.doesNotMatch(read(withoutLanguage.id, 'citation.bib'), /language = /);
  for (const c of cases) assert.match(read(c.id, 'citation.bib'), new RegExp(`^@misc\\{${c.id},\\n`), c.id);
});

test('the head: Highwire tags and JSON-LD, with the page’s own absolute address', async () => {
  const { page, close } = await open(`cases/${withLanguage.id}/`);
  const meta = async (name: string) =>
    page
      .locator(`head meta[name="${name}"]`)
      .getAttribute('content', { timeout: 1000 })
      .catch(() => null);
  const data = withLanguage.data as CaseData;
  assert.equal(await meta('citation_title'), data.title);
  assert.equal(await meta('citation_date'), data.decided.replace(/-/g, '/'));
  assert.equal(await meta('citation_language'), data.decisionLanguage![0]);
  assert.equal(await meta('DC.type'), 'case');
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  assert.ok(canonical && /^https?:\/\//.test(canonical), 'the tested build has a public origin');
  assert.equal(await meta('citation_public_url'), canonical);
  const ld = JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent())!);
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@type'], 'Article');
  assert.equal(ld.url, canonical);
  assert.equal(ld.about['@type'], 'CreativeWork');
  assert.equal(ld.about.dateCreated, data.decided);
  assert.equal(ld.about.author.name, data.court);
  await close();
});

test('without a public origin: no citation_public_url and no url in the JSON-LD', () => {
  assert.ok(DIST_NO_ORIGIN && existsSync(path.join(DIST_NO_ORIGIN, 'index.html')), 'the fixture site was built');
  const id = (JSON.parse(readFileSync(path.join(DIST_NO_ORIGIN, 'data/cases.json'), 'utf8')) as { id: string }[])[0].id;
  const html = readFileSync(path.join(DIST_NO_ORIGIN, 'cases', id, 'index.html'), 'utf8');
  assert.match(html, /<meta name="citation_title"/);
  assert.doesNotMatch(html, /citation_public_url/);
  const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]);
  assert.equal('url' in ld, false);
});

test('cases.csv: a byte-order mark, one flat row per case, CRLF', () => {
  const bytes = readFileSync(path.join(DIST, 'data/cases.csv'));
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.match(rows[0].join(','), /^id,url,title,jurisdiction,court,/);
  assert.equal(rows.length - 1, cases.length);
  assert.ok(rows.every((row) => row.length === rows[0].length));
  const court = rows[0].indexOf('court');
  assert.ok(rows.some((row) => row[court] === 'Cámara Federal de Casación Penal (Sala I)'));
  const json = JSON.parse(readFileSync(path.join(DIST, 'data/cases.json'), 'utf8')) as { id: string }[];
  assert.deepEqual(
    rows.slice(1).map((row) => row[0]),
    json.map((c) => c.id),
    'the same cases in the same order as cases.json',
  );
});
