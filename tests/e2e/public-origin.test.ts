/**
 * Addresses people take away. No placeholder host in anything the real build writes; and a site
 * built without a public origin (the moved fixture site, built with KB_SITE unset) writes site
 * paths or nothing where an absolute address would have to be guessed.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST } from '../support/built-site.ts';

const DIST_NO_ORIGIN = process.env.KB_DIST_MOVED ?? '';
const PLACEHOLDER = /\bexample\.(org|com|net)\b/;

/** Every file of a built site that a reader can take away (pages, feed, data, citations, sitemap). */
function takeaways(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(html|xml|json|csv|ris|bib|txt)$/.test(f.name))
    .map((f) => path.join(f.parentPath, f.name))
    .filter((file) => !path.relative(root, file).startsWith(`pagefind${path.sep}`)); // the index's own data, not addresses
}

test('no placeholder host in any page, feed, export, citation file or sitemap', () => {
  const files = takeaways(DIST);
  const read = new Set(files.map((f) => path.relative(DIST, f)));
  for (const kind of ['index.html', 'feed.xml', 'data/cases.json', 'data/cases.csv', 'sitemap-index.xml', 'cases/echr-2005-siliadin-v-france/citation.ris'])
    assert.ok(read.has(kind), `${kind} is read`);
  const hits = files.filter((file) => PLACEHOLDER.test(readFileSync(file, 'utf8'))).map((f) => path.relative(DIST, f));
  assert.deepEqual(hits, []);
});

test('without a public origin: no canonical link, no sitemap, site paths in the feed and data, no URL in citations or on handouts', () => {
  assert.ok(DIST_NO_ORIGIN && existsSync(path.join(DIST_NO_ORIGIN, 'index.html')), 'the fixture site was built');
  const read = (p: string) => readFileSync(path.join(DIST_NO_ORIGIN, p), 'utf8');
  const home = read('index.html');
  assert.doesNotMatch(home, /rel="canonical"/);
  assert.doesNotMatch(home, /rel="sitemap"/);
  assert.equal(existsSync(path.join(DIST_NO_ORIGIN, 'sitemap-index.xml')), false);
  const cases = JSON.parse(read('data/cases.json')) as { id: string; url: string }[];
  for (const c of cases) assert.equal(c.url, `/cases/${c.id}/`);
  const feed = read('feed.xml');
  assert.match(feed, /<link href="\/cases\/[a-z0-9-]+\/"\/>/);
  assert.match(feed, /<id>urn:trafficking-case-law:cases:[a-z0-9-]+<\/id>/);
  assert.doesNotMatch(feed, /href="https?:|<id>https?:|\.invalid/);
  const someCase = cases[0].id;
  assert.doesNotMatch(read(`cases/${someCase}/citation.ris`), /^UR {2}- /m);
  assert.doesNotMatch(read(`cases/${someCase}/citation.bib`), /url = /);
  assert.equal('URL' in JSON.parse(read(`cases/${someCase}/citation.json`))[0], false);
  const handout = readdirSync(path.join(DIST_NO_ORIGIN, 'collections')).find((d) =>
    existsSync(path.join(DIST_NO_ORIGIN, 'collections', d, 'print/index.html')),
  )!;
  assert.doesNotMatch(read(`collections/${handout}/print/index.html`), /class="print-url"/);
});
