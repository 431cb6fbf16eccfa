/**
 * The build as a whole: every content file became exactly one page (and one search record),
 * every internal link and anchor in the built site resolves, also under KB_BASE=/kb/.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { test } from 'node:test';
import { FOLDERS } from '../../schemas/index.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { DIST, DIST_BASE, htmlFiles } from '../support/built-site.ts';

const corpus = loadCorpus();

test('every content file became exactly one page with its id', () => {
  assert.ok(corpus.entries.length > 0);
  for (const entry of corpus.entries) {
    const page = path.join(DIST, FOLDERS[entry.type], entry.id, 'index.html');
    assert.ok(existsSync(page), `no page for ${entry.file}`);
    const html = readFileSync(page, 'utf8');
    assert.match(html, new RegExp(`<meta name="kb:id" content="${entry.id}"`), `${entry.file}: kb:id`);
  }
  // and no entry page without a content file (besides the browse views of /cases/sort/)
  for (const [type, folder] of Object.entries(FOLDERS)) {
    const ids = new Set(corpus.entries.filter((e) => e.type === type).map((e) => e.id));
    const dirs = readdirSync(path.join(DIST, folder), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'sort')
      .map((d) => d.name);
    assert.deepEqual(
      dirs.filter((d) => !ids.has(d)),
      [],
      `${folder}: pages without an entry`,
    );
  }
});

/** Pagefind's records as it wrote them: each fragment is gzipped "pagefind_dcd" + JSON. */
function searchRecords(dist: string): { url: string; content: string; meta: Record<string, string> }[] {
  const folder = path.join(dist, 'pagefind/fragment');
  return readdirSync(folder).map((f) =>
    JSON.parse(
      gunzipSync(readFileSync(path.join(folder, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ),
  );
}

test('the search index holds exactly one record per entry, and nothing else', () => {
  const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
  const count = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
  assert.equal(count, corpus.entries.length);
  const records = searchRecords(DIST);
  const expected = corpus.entries.map((e) => `/${FOLDERS[e.type]}/${e.id}/`).sort();
  assert.deepEqual(records.map((r) => r.url).sort(), expected, 'one record per entry page, none for lists or navigation');
  for (const record of records) {
    const file = corpus.entries.find((e) => record.url === `/${FOLDERS[e.type]}/${e.id}/`)!;
    assert.equal(record.meta.title, String(file.data.title), `${record.url}: meta title`);
    assert.ok(record.content.includes(String(file.data.title)), `${record.url}: the record's text has the title`);
    assert.doesNotMatch(
      record.content,
      /Skip to main content|Search the knowledge base|Report a mistake on this page|About this site|Summaries are written in contributors/,
      `${record.url}: no navigation or footer in the record`,
    );
  }
});

test("a record's text is the entry's body, without the paragraph numbers", () => {
  const record = searchRecords(DIST).find((r) => r.url === '/cases/aus-2008-r-v-tang/')!;
  assert.match(record.content, /\[2008\] HCA 39/);
  assert.match(record.content, /High Court of Australia/);
  assert.doesNotMatch(record.content, /\bParagraph 1\b|\. 1The /, 'paragraph-number links are not indexed');
});

/** Every href/src on every page that points inside the site resolves to a file, and #anchors to an id. */
function brokenLinks(root: string, base: string): string[] {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    return ids.get(file)!;
  };
  for (const page of htmlFiles(root)) {
    const html = readFileSync(path.join(root, page), 'utf8');
    for (const [, attribute, value] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      const link = value.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(link) || link.startsWith('//')) continue;
      const pageUrl = new URL(`http://site${base}${page.replace(/index\.html$/, '')}`);
      const target = new URL(link, pageUrl);
      if (!target.pathname.startsWith(base)) {
        broken.push(`${page}: ${attribute}="${value}" leaves the base path ${base}`);
        continue;
      }
      let file = path.join(root, decodeURIComponent(target.pathname.slice(base.length)));
      if (target.pathname.endsWith('/')) file = path.join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push(`${page}: ${attribute}="${value}" → nothing at ${target.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) broken.push(`${page}: ${value} → no element with id "${fragment}"`);
    }
  }
  return broken;
}

test('every internal link and anchor resolves', () => {
  assert.deepEqual(brokenLinks(DIST, '/'), []);
});

test('every internal link resolves under KB_BASE=/kb/ too', () => {
  assert.ok(existsSync(path.join(DIST_BASE, 'index.html')), 'the /kb/ build exists');
  assert.deepEqual(brokenLinks(DIST_BASE, '/kb/'), []);
});
