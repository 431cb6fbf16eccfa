/**
 * npm run screenshots -- [PATH...]: pictures of built pages at desktop and phone width and in
 * print emulation, into screenshots/ (not committed), for looking at what we build.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '',
      'cases/',
      'cases/echr-2005-siliadin-v-france/',
      'articles/tip-3/',
      'model-laws/unodc-model-law-tip-2009/',
      'collections/three-elements-of-the-definition/print/',
    ];
const out = path.resolve('screenshots');
mkdirSync(out, { recursive: true });
const site = await serveStatic(path.resolve('dist'), process.env.KB_BASE || '/');
const browser = await launchBrowser();
for (const page of pages) {
  const name = page.replace(/\/$/, '').replace(/[^a-z0-9]+/gi, '_') || 'home';
  for (const [label, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const) {
    const tab = await browser.newPage({ viewport: { width, height } });
    await tab.goto(site.url + page);
    await tab.screenshot({ path: path.join(out, `${name}.${label}.png`), fullPage: true });
    await tab.close();
  }
  const tab = await browser.newPage({ viewport: { width: 800, height: 1100 } });
  await tab.goto(site.url + page);
  await tab.emulateMedia({ media: 'print' });
  await tab.screenshot({ path: path.join(out, `${name}.print.png`), fullPage: true });
  await tab.close();
}
await browser.close();
await site.close();
console.log(`screenshots in ${out}`);
