/**
 * What a reader's first search costs: a fresh headless Chromium (empty cache) opens
 * /search/?q=<word> on the built site and we count every byte the page fetched until the
 * first result title is visible, and how long that took from the start of navigation.
 *
 * Bytes are counted three ways: on the wire as Chromium saw them (CDP encodedDataLength,
 * headers included) from our uncompressed loopback server; the bodies alone; and the bodies
 * as a gzip-compressing static host would send them (text types gzipped, Pagefind's own
 * files, which are compressed already, as they are).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface SearchProbe {
  query: string;
  /** Bytes received (CDP encodedDataLength: body and headers), until the first title shows. */
  bytes: number;
  bodyBytes: number;
  gzipBytes: number;
  requests: number;
  /** Navigation start to first result title visible, median of the runs. */
  ms: number;
  runsMs: number[];
  /** Same sums once the first page of results (up to 10) has all its titles. */
  firstPage: { bytes: number; gzipBytes: number; requests: number; ms: number };
  resultCount: string;
  /** Where the first result links to (a known-item query must put its entry first). */
  firstResultHref: string;
  /** Bytes (wire) by kind of file, for the first title. */
  byKind: Record<string, number>;
}

interface Fetched {
  /** When the request started, in milliseconds since the epoch. */
  started: number;
  url: string;
  mime: string;
  wire: number;
  body?: Buffer;
}

const RESULT_TITLE = '.results .result h3 a';

function kind(url: string, mime: string): string {
  const p = new URL(url).pathname;
  if (p.includes('/pagefind/')) {
    const m = /\.(pf_[a-z]+)$/.exec(p) ?? /(wasm)\.\w+\.pagefind$/.exec(p) ?? /\.(js|css|json)$/.exec(p);
    return `pagefind ${m?.[1] ?? 'other'}`;
  }
  if (mime.includes('html')) return 'html';
  if (mime.includes('javascript')) return 'js';
  if (mime.includes('css')) return 'css';
  return mime || 'other';
}

const compressible = (mime: string) => /^text\/|javascript|json|svg|xml|wasm/.test(mime);

function totals(fetched: Fetched[]) {
  let bytes = 0;
  let bodyBytes = 0;
  let gzipBytes = 0;
  const byKind: Record<string, number> = {};
  for (const f of fetched) {
    bytes += f.wire;
    const body = f.body?.length ?? f.wire;
    bodyBytes += body;
    gzipBytes += f.body && compressible(f.mime) ? Math.min(body, gzipSync(f.body).length) : body;
    const k = kind(f.url, f.mime);
    byKind[k] = (byKind[k] ?? 0) + f.wire;
  }
  return { bytes, bodyBytes, gzipBytes, requests: fetched.length, byKind };
}

async function oneRun(browser: Browser, url: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      // Record the moment the first title appears, on the page's own clock (0 = navigation start).
      const w = window as unknown as { __kbFirst?: number; __kbPage?: number };
      new MutationObserver(() => {
        const titles = [...document.querySelectorAll('.results .result h3 a')].filter((a) => a.textContent?.trim());
        if (titles.length && w.__kbFirst === undefined) w.__kbFirst = performance.now();
        const slots = document.querySelectorAll('.results .result').length;
        if (slots && titles.length === slots && w.__kbPage === undefined) w.__kbPage = performance.now();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    // Playwright's request events include Pagefind's Web Worker, which a page-level CDP session
    // does not see; sizes() comes from CDP's encodedDataLength (body and headers as received).
    // A request that finishes while the context closes cannot be sized any more: it came after the
    // measured moment, so it is dropped rather than failing the run.
    const finished: Promise<Fetched | undefined>[] = [];
    context.on('requestfinished', (request) => {
      finished.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          const body = await response?.body().catch(() => undefined);
          const mime = response?.headers()['content-type'] ?? '';
          // The worker's own script reports a body size of 0; its body length is what arrived.
          return {
            url: request.url(),
            mime,
            wire: Math.max(sizes.responseBodySize, body?.length ?? 0) + sizes.responseHeadersSize,
            body,
            started: request.timing().startTime,
          };
        })().catch(() => undefined),
      );
    });

    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(RESULT_TITLE).first().waitFor({ state: 'visible', timeout: 300_000 });
    await page.waitForFunction(() => (window as unknown as { __kbPage?: number }).__kbPage !== undefined, undefined, { timeout: 300_000 });
    const { first, full, origin } = await page.evaluate(() => {
      const w = window as unknown as { __kbFirst: number; __kbPage: number };
      return { first: w.__kbFirst, full: w.__kbPage, origin: performance.timeOrigin };
    });
    const resultCount = (await page.locator('.result-count').textContent())?.trim() ?? '';
    const firstHref = (await page.locator(RESULT_TITLE).first().getAttribute('href')) ?? '';
    const fetched = (await Promise.all(finished)).filter((f): f is Fetched => f !== undefined);
    // A request counts for a moment when it was started before it, on the same wall clock:
    // what the page fetches after the titles are up (facet counts) is not part of "first results".
    const before = (ms: number) => fetched.filter((f) => f.started <= origin + ms);
    return { first: totals(before(first)), page: totals(before(full)), ms: first, pageMs: full, resultCount, firstHref };
  } finally {
    await context.close();
  }
}

export async function probeSearch(browser: Browser, siteUrl: string, query: string, runs = 3): Promise<SearchProbe> {
  const url = `${siteUrl}search/?q=${encodeURIComponent(query)}`;
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await oneRun(browser, url));
  const sorted = all.map((r) => r.ms).sort((a, b) => a - b);
  const first = all[0];
  return {
    query,
    bytes: first.first.bytes,
    bodyBytes: first.first.bodyBytes,
    gzipBytes: first.first.gzipBytes,
    requests: first.first.requests,
    ms: Math.round(sorted[Math.floor(sorted.length / 2)]),
    runsMs: all.map((r) => Math.round(r.ms)),
    firstPage: { bytes: first.page.bytes, gzipBytes: first.page.gzipBytes, requests: first.page.requests, ms: Math.round(first.pageMs) },
    resultCount: first.resultCount,
    firstResultHref: first.firstHref,
    byKind: first.first.byKind,
  };
}
