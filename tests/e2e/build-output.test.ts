/**
 * The build as a whole: every content file became exactly one page (and one search record),
 * every internal link and anchor in the built site resolves, also under KB_BASE=/kb/.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
    assert.equal((html.match(/data-pagefind-body/g) ?? []).length, 1, `${entry.file}: one search record`);
  }
  // and no entry page without a content file (besides the browse views of /cases/sort/)
  for (const [type, folder] of Object.entries(FOLDERS)) {
    const ids = new Set(corpus.entries.filter((e) => e.type === type).map((e) => e.id));
    const dirs = readdirSync(path.join(DIST, folder), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'sort').map((d) => d.name);
    assert.deepEqual(dirs.filter((d) => !ids.has(d)), [], `${folder}: pages without an entry`);
  }
});

test('the search index holds exactly one record per entry', () => {
  const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
  const records = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
  assert.equal(records, corpus.entries.length);
  const bodies = htmlFiles(DIST).filter((f) => readFileSync(path.join(DIST, f), 'utf8').includes('data-pagefind-body'));
  assert.equal(bodies.length, corpus.entries.length, 'only entry pages are indexed');
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
