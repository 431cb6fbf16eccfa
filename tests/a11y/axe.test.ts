/**
 * axe on every page template, WCAG 2.0 A to 2.2 AA, zero violations — also on the search page
 * with results shown and every facet open.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { INTERFACE_LANGUAGES } from '../../src/i18n/languages.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { useSite } from '../support/built-site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useSite();
const corpus = loadCorpus();
const first = (type: string) => corpus.entries.find((e) => e.type === type)!.id;

const TEMPLATES = [
  '',
  'cases/',
  'cases/sort/jurisdiction/',
  `cases/${first('case')}/`,
  'cases/echr-2005-siliadin-v-france/',
  `tools/${first('tool')}/`,
  'tools/',
  `issue-papers/${first('issue-paper')}/`,
  `model-laws/${first('model-law')}/`,
  'resources/',
  'collections/',
  `collections/${first('collection')}/`,
  `collections/${first('collection')}/print/`,
  'articles/',
  'articles/tip-3/',
  'articles/som-6/',
  'articles/untoc-41/',
  'jurisdictions/',
  'jurisdictions/gbr/',
  'no-such-page/',
  'about/',
  'how-to-cite/',
  'contribute/',
  'editorial-policy/',
  'feeds/',
];

async function violations(page: Page) {
  await page.evaluate(axeSource); // injected through the DevTools protocol: the page's CSP rightly refuses inline scripts
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
}

for (const path of TEMPLATES) {
  test(`axe: /${path}`, async () => {
    for (const width of [1280, 390]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(site.url(path));
      assert.deepEqual(await violations(page), [], `at ${width}px`);
      await page.close();
    }
  });
}

// Each template (one page of each kind) in the five other interface languages, three pages at a
// time. Arabic (right to left) and Chinese at both widths; French, Spanish and Russian, whose
// layout is English's with longer words, at phone width, where long words break a layout first.
const ONE_OF_EACH = TEMPLATES.filter(
  (p) => !['cases/sort/jurisdiction/', 'cases/echr-2005-siliadin-v-france/', 'articles/som-6/', 'articles/untoc-41/', 'no-such-page/'].includes(p),
);
for (const lang of INTERFACE_LANGUAGES.filter((l) => l !== 'en')) {
  const widths = lang === 'ar' || lang === 'zh' ? [1280, 390] : [390];
  test(`axe: every template in ${lang} (${widths.join(' and ')} px)`, async () => {
    const paths = ONE_OF_EACH.map((p) => `${lang}/${p}`);
    const failures: string[] = [];
    const check = async (path: string) => {
      for (const width of widths) {
        const page = await site.browser.newPage({ viewport: { width, height: 900 } });
        const response = await page.goto(site.url(path));
        if (response?.status() !== 200) failures.push(`/${path}: HTTP ${response?.status()}`);
        const found = await violations(page);
        if (found.length) failures.push(`/${path} at ${width}px: ${found.join('; ')}`);
        await page.close();
      }
    };
    for (let i = 0; i < paths.length; i += 3) await Promise.all(paths.slice(i, i + 3).map(check));
    assert.deepEqual(failures, []);
  });
}

for (const lang of ['en', 'ar', 'zh'] as const) {
  test(`axe: the search page (${lang}) with results shown and every facet open, desktop and phone (filters panel)`, async () => {
    for (const width of [1280, 390]) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(site.url(`${lang === 'en' ? '' : `${lang}/`}search/?q=labour&type=case&region=europe`));
      await page.waitForFunction(() => (document.querySelector('.search-app') as HTMLElement | null)?.dataset.completed === location.search, undefined, {
        timeout: 15000,
      });
      await page.waitForSelector('.result h3 a');
      if (width < 960) await page.locator('button.filters-open').click();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.locator('.facet-filter input, input[type="search"][id$="-filter"]').first().fill('TIP');
      assert.deepEqual(await violations(page), [], `at ${width}px`);
      await page.close();
    }
  });
}
