/** The site built with KB_BASE=/kb/: pages, assets and search all work under the sub-path. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIST_BASE, useSite } from '../support/built-site.ts';

const site = useSite({ root: DIST_BASE, base: '/kb/' });

test('pages and their stylesheet load under /kb/', async () => {
  const page = await site.browser.newPage();
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(site.url('cases/echr-2005-siliadin-v-france/'));
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Siliadin v. France');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).fontFamily), 'Times New Roman');
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases', exact: true }).getAttribute('href'), '/kb/cases/');
  assert.deepEqual(failed, []);
  await page.close();
});

test('search works under /kb/ and its results link inside /kb/', async () => {
  const page = await site.browser.newPage();
  await page.goto(site.url('search/?q=73316%2F01'));
  const first = page.locator('.result h3 a').first();
  await first.waitFor({ timeout: 15000 });
  assert.equal(await first.textContent(), 'Siliadin v. France');
  assert.equal(await first.getAttribute('href'), '/kb/cases/echr-2005-siliadin-v-france/');
  await first.click();
  await page.waitForURL(/\/kb\/cases\/echr-2005-siliadin-v-france\/$/);
  await page.close();
});
