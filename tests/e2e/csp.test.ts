/** Every page carries a strict CSP; the search works under it with no violation reported. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, htmlFiles, useSite } from '../support/built-site.ts';

const site = useSite();

test('every page has a Content-Security-Policy without unsafe-inline or unsafe-eval', () => {
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(path.join(DIST, file), 'utf8');
    if (/http-equiv="refresh"/.test(html)) continue; // redirect stubs from formerIds run nothing
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(csp, `${file}: no CSP`);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, file);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/, file);
  }
});

test('search runs under the CSP without a violation', async () => {
  const page = await site.browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  await page.goto(site.url('search/?q=servitude&jurisdiction=ECHR'));
  await page.waitForSelector('.result h3 a', { timeout: 15000 });
  for (const path of ['', 'cases/echr-2005-siliadin-v-france/', 'articles/tip-3/']) await page.goto(site.url(path));
  assert.deepEqual(violations, []);
  await page.close();
});
