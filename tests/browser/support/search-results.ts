// The search page loads results 6–10 of a page only when the reader scrolls to the fifth
// (src/scripts/search-page.ts). Tests that read the whole page scroll there as a reader would.
import type { Page } from 'playwright-core';

/** Waits until the results of `query` are on screen, scrolls to the last one, and waits for the whole page of them. */
export async function showWholeResultsPage(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-results]')?.dataset.renderedQuery === q, query);
  await page.evaluate(() => document.querySelector('[data-results] > li:last-child')?.scrollIntoView());
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-results]')?.dataset.completeQuery === q, query);
}
