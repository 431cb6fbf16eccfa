/** The site built by `npm test` (KB_DIST, KB_DIST_BASE), served on loopback for one test file. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { REPO } from './content-fixture.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export const DIST = process.env.KB_DIST ?? path.join(REPO, 'dist');
export const DIST_BASE = process.env.KB_DIST_BASE ?? path.join(REPO, 'dist-kb');

if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`no built site in ${DIST}: run \`npm run build\` first (npm test does)`);

/** Every HTML file of a built site, as paths relative to its root. */
export function htmlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name.endsWith('.html')) found.push(path.relative(root, full));
    }
  };
  walk(root);
  return found.sort();
}

/** Starts the site and a browser before the file's tests and stops both after. */
export function useSite(options: { base?: string; root?: string; headers?: Record<string, string> } = {}) {
  const state = {} as { site: StaticSite; browser: Browser; url: (p?: string) => string; context: (js?: boolean) => Promise<BrowserContext> };
  before(async () => {
    state.site = await serveStatic(options.root ?? DIST, options.base ?? '/', options.headers ?? {});
    state.browser = await launchBrowser();
    state.url = (p = '') => state.site.url + p.replace(/^\//, '');
    state.context = (javaScriptEnabled = true) => state.browser.newContext({ javaScriptEnabled });
  });
  after(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
