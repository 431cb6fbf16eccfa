/**
 * What a trainer hands out and a researcher exports, on the built site: each printed item with a
 * QR code of its own address (only when the site has a public origin), its review status, a
 * paragraph pointed at by number, the whole handout fitting A4; and each collection's reading list
 * as RIS, CSL-JSON and BibTeX files beside it, linked from its page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FOLDERS, ITEM_REF_PATTERN, typeOfFolder } from '../../schemas/index.ts';
import type { Entry } from '../../src/lib/corpus/entry-file.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { LOCAL_ORIGIN } from '../../src/lib/public-origin.ts';
import { qrSvg } from '../../src/lib/qr-code.ts';
import { DIST, useSite } from '../support/built-site.ts';

const site = useSite();
const { entries } = loadCorpus();
const collections = entries.filter((e) => e.type === 'collection');
const DIST_NO_ORIGIN = process.env.KB_DIST_MOVED ?? '';
/** The public origin of the main test build (scripts/run-tests.ts builds it with KB_SITE set to this). */
const ORIGIN = LOCAL_ORIGIN;

type Item = { ref: string; note?: string; paragraph?: number };
const itemsOf = (collection: Entry) => collection.data.items as Item[];
const target = (ref: string) => {
  const [, folder, id] = ITEM_REF_PATTERN.exec(ref)!;
  return entries.find((e) => e.type === typeOfFolder(folder) && e.id === id)!;
};
const withParagraph = collections.flatMap((c) => itemsOf(c).map((item, index) => ({ collection: c, item, index }))).find(({ item }) => item.paragraph);

async function open(pagePath: string) {
  const context = await site.context(false);
  const page = await context.newPage();
  await page.goto(site.url(pagePath));
  return { page, close: () => context.close() };
}

test('each printed item carries a QR code of its own address on the public origin, printed beside it', async () => {
  for (const collection of collections) {
    const html = readFileSync(path.join(DIST, 'collections', collection.id, 'print/index.html'), 'utf8');
    const { page, close } = await open(`collections/${collection.id}/print/`);
    const items = page.locator('.reading-list > li');
    assert.equal(await items.count(), itemsOf(collection).length, collection.id);
    assert.equal(html.match(/<svg class="qr"/g)?.length, itemsOf(collection).length, `${collection.id}: one QR code per item`);
    for (let i = 0; i < itemsOf(collection).length; i++) {
      const item = items.nth(i);
      const href = (await item.getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href'))!;
      const address = new URL(href, ORIGIN).href;
      assert.equal(await item.locator('.print-url').textContent(), address, 'the address is printed as text');
      const svg = item.locator('svg.qr');
      assert.equal(await svg.count(), 1);
      assert.equal(await svg.getAttribute('aria-hidden'), 'true', 'the printed address is what assistive technology reads');
      // The code encodes exactly this address: the same library makes the same symbol from it.
      assert.ok(html.includes(await qrSvg(address)), `${collection.id} item ${i + 1}: the QR code is of ${address}`);
    }
    await close();
  }
});

test('each printed item says whether its summary is a draft', async () => {
  for (const collection of collections) {
    const { page, close } = await open(`collections/${collection.id}/print/`);
    const items = page.locator('.reading-list > li');
    for (const [i, item] of itemsOf(collection).entries()) {
      const entry = target(item.ref);
      const review = entry.data.review as { status: string } | undefined;
      const text = (await items.nth(i).locator('.item-review').textContent()) ?? '';
      if (review?.status === 'verified') assert.match(text, /^Verified against /, `${collection.id}: ${item.ref}`);
      else
        assert.equal(
          text,
          entry.type === 'case' ? 'Draft — not yet checked against the judgment' : 'Draft — not yet checked against the publication',
          `${collection.id}: ${item.ref}`,
        );
    }
    await close();
  }
});

test('the handout fits A4: a small QR code beside each item, nothing wider than the page', async () => {
  const collection = collections[0];
  const context = await site.context(false);
  const page = await context.newPage();
  await page.setViewportSize({ width: 673, height: 1000 }); // A4 (210 mm) less the print margins (2 × 16 mm), at 96 dpi
  await page.goto(site.url(`collections/${collection.id}/print/`));
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.locator('.reading-list > li').evaluateAll((lis) =>
    lis.map((li) => ({
      qr: li.querySelector('svg.qr')!.getBoundingClientRect().toJSON() as DOMRect,
      text: li.querySelector('.item-text')!.getBoundingClientRect().toJSON() as DOMRect,
    })),
  );
  for (const { qr, text } of boxes) {
    assert.ok(qr.width > 78 && qr.width < 88, `the QR code is about 22 mm wide (${qr.width}px)`);
    assert.ok(qr.right <= 673 + 1, 'inside the page');
    assert.ok(text.right <= qr.left + 1, 'beside the text, not over it');
    assert.ok(Math.abs(qr.top - text.top) < 20, 'level with its item');
  }
  const pdf = await page.pdf({ format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
  assert.ok(pdf.length > 1000, 'prints to A4');
  await context.close();
});

test('a collection item may point at a paragraph: it links to #para-N and says so', async () => {
  assert.ok(withParagraph, 'a real collection points at a paragraph');
  const { collection, item, index } = withParagraph;
  const entry = target(item.ref);
  const n = item.paragraph!;
  for (const [pagePath, label, lang] of [
    [`collections/${collection.id}/`, `${String(entry.data.title)}, para. ${n}`, ''],
    [`collections/${collection.id}/print/`, `${String(entry.data.title)}, para. ${n}`, ''],
    [`fr/collections/${collection.id}/`, `${String(entry.data.title)}, § ${n}`, 'fr/'],
  ] as const) {
    const { page, close } = await open(pagePath);
    const link = page.locator('.reading-list > li').nth(index).getByRole('heading', { level: 3 }).getByRole('link');
    assert.equal(await link.textContent(), label, pagePath);
    assert.equal(await link.getAttribute('href'), `/${lang}${FOLDERS[entry.type]}/${entry.id}/#para-${n}`, pagePath);
    await close();
  }
  const { page, close } = await open(`collections/${collection.id}/`);
  await page.locator('.reading-list > li').nth(index).getByRole('heading', { level: 3 }).getByRole('link').click();
  await page.waitForURL(new RegExp(`/${entry.id}/#para-${n}$`));
  assert.equal(await page.locator(`#para-${n}`).count(), 1, 'the paragraph exists on the entry page');
  assert.equal(await page.locator(`#para-${n} > a.para-num`).textContent(), String(n));
  await close();
});

test('without a public origin: no QR code and no address on the handout, the draft status still printed', () => {
  assert.ok(DIST_NO_ORIGIN && existsSync(path.join(DIST_NO_ORIGIN, 'index.html')), 'the fixture site was built');
  const dir = path.join(DIST_NO_ORIGIN, 'collections', 'fixture-reading-list');
  const html = readFileSync(path.join(dir, 'print/index.html'), 'utf8');
  assert.doesNotMatch(html, /<svg class="qr"|localhost|class="print-url"/);
  assert.match(html, /Draft — not yet checked against the judgment/);
  assert.match(html, /href="\/cases\/gbr-2001-fixture-renamed\/#para-2"/, 'the paragraph item follows the moved case');
  assert.doesNotMatch(readFileSync(path.join(dir, 'citations.ris'), 'utf8'), /^UR {2}- \//m, 'no site path where an address belongs');
});

test('each collection’s reading list as RIS, CSL-JSON and BibTeX beside it, every item listed, linked with download', async () => {
  for (const collection of collections) {
    const dir = path.join(DIST, 'collections', collection.id);
    const refs = [...new Set(itemsOf(collection).map((i) => i.ref.replace(/#.*/, '')))];
    const cited = refs.map(target);
    const csl = JSON.parse(readFileSync(path.join(dir, 'citations.json'), 'utf8')) as { id: string; type: string; URL?: string }[];
    assert.deepEqual(
      csl.map((c) => c.id),
      cited.map((e) => e.id),
      collection.id,
    );
    csl.forEach((c, i) => {
      const entry = cited[i];
      if (entry.type === 'case') assert.equal(c.URL, `${ORIGIN}/cases/${entry.id}/`);
      else assert.equal(c.URL, (entry.data.url as string | undefined) ?? `${ORIGIN}/${FOLDERS[entry.type]}/${entry.id}/`);
    });
    const ris = readFileSync(path.join(dir, 'citations.ris'), 'utf8');
    assert.deepEqual(
      [...ris.matchAll(/^ID {2}- (.+)\r$/gm)].map((m) => m[1]),
      cited.map((e) => e.id),
    );
    assert.equal(ris.match(/^TY {2}- /gm)?.length, cited.length);
    assert.equal(ris.match(/^ER {2}- \r$/gm)?.length, cited.length);
    const bib = readFileSync(path.join(dir, 'citations.bib'), 'utf8');
    assert.deepEqual(
      [...bib.matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]),
      cited.map((e) => e.id),
    );
    const unescaped = bib.replace(/\\[{}]/g, '');
    assert.equal(unescaped.split('{').length, unescaped.split('}').length, 'braces balance');

    const { page, close } = await open(`collections/${collection.id}/`);
    for (const [file, label] of [
      ['citations.ris', 'RIS'],
      ['citations.json', 'CSL-JSON'],
      ['citations.bib', 'BibTeX'],
    ]) {
      const link = page.getByRole('link', { name: label, exact: true });
      assert.equal(await link.getAttribute('href'), `/collections/${collection.id}/${file}`);
      assert.equal(await link.getAttribute('download'), `${collection.id}.${file.split('.').pop()}`);
    }
    await close();
  }
});
