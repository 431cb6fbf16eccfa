/** Helpers for tests that read the search page's results. */
import type { Page } from 'playwright-core';

/** Scrolls until at least `total` results are drawn (more load as the reader nears the end). */
export async function drawAllResults(page: Page, total: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      window.scrollTo(0, document.body.scrollHeight);
      return document.querySelectorAll('.result h3 a').length >= n;
    },
    total,
    { timeout: 20000, polling: 200 },
  );
}
