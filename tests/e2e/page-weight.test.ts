/**
 * Page weight, measured on the built files: a case page is at most 30 kB gzipped with its CSS
 * and JavaScript, the home page (map and charts included) at most 60 kB, and no page but search carries framework JavaScript.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { INTERFACE_LANGUAGES, languagePrefix } from '../../src/i18n/languages.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { DIST, htmlFiles } from '../support/built-site.ts';

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const assets = (html: string) => [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="\/([^"]+)"/g)].map((m) => m[1]);

test('every case page weighs at most 30 kB gzipped (HTML, CSS and JS)', () => {
  const heaviest: [string, number][] = [];
  for (const entry of loadCorpus().entries.filter((e) => e.type === 'case')) {
    const file = path.join(DIST, 'cases', entry.id, 'index.html');
    const html = readFileSync(file, 'utf8');
    const bytes = gz(file) + assets(html).reduce((n, asset) => n + gz(path.join(DIST, asset)), 0);
    heaviest.push([entry.id, bytes]);
    assert.ok(bytes <= 30 * 1024, `${entry.id}: ${bytes} bytes gzipped`);
  }
  heaviest.sort((a, b) => b[1] - a[1]);
  console.log(`heaviest case page: ${heaviest[0][0]} (${heaviest[0][1]} bytes gzipped)`);
});

test('the home page, with its map and charts, weighs at most 60 kB gzipped (HTML, CSS and JS) in each interface language', () => {
  for (const lang of INTERFACE_LANGUAGES) {
    const file = path.join(DIST, languagePrefix(lang), 'index.html');
    if (lang !== 'en' && !existsSync(file)) continue; // a build with KB_LOCALES
    const html = readFileSync(file, 'utf8');
    assert.match(html, /class="map-svg"/, `${lang}: the home page has its map`);
    const bytes = gz(file) + assets(html).reduce((n, asset) => n + gz(path.join(DIST, asset)), 0);
    console.log(`home page (${lang}): ${bytes} bytes gzipped`);
    assert.ok(bytes <= 60 * 1024, `${lang} home page: ${bytes} bytes gzipped`);
  }
});

test('no framework JavaScript outside the search page (in each interface language); case pages load only the copy button', () => {
  const searchPages = new Set(INTERFACE_LANGUAGES.map((lang) => `${languagePrefix(lang)}search/index.html`));
  for (const file of htmlFiles(DIST)) {
    if (searchPages.has(file)) continue;
    const html = readFileSync(path.join(DIST, file), 'utf8');
    assert.doesNotMatch(html, /<astro-island/, file);
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const isCasePage = /^(?:[a-z]{2}\/)?cases\/[^/]+\/index\.html$/.test(file) && !/http-equiv="refresh"/.test(html); // not a former id's redirect
    assert.deepEqual(scripts, isCasePage ? ['/copy-citation.js'] : [], file);
  }
});

test('the copy button’s script is plain and small: no import, under 1 kB gzipped', () => {
  const file = path.join(DIST, 'copy-citation.js');
  assert.doesNotMatch(readFileSync(file, 'utf8'), /\bimport\b|require\(/);
  assert.ok(gz(file) < 1024, `${gz(file)} bytes gzipped`);
});

test('the search island ships no schema code: its own chunk stays small', () => {
  // The island imports the interface-language helpers; were they to pull in the schemas, zod
  // (about 90 kB) would reach every reader of the search page.
  const html = readFileSync(path.join(DIST, 'search/index.html'), 'utf8');
  const island = /component-url="\/(_astro\/SearchApp[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(island, 'the search page has its island');
  const bytes = gz(path.join(DIST, island));
  assert.ok(bytes <= 12 * 1024, `SearchApp chunk: ${bytes} bytes gzipped`);
});
