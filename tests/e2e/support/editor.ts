/**
 * Working the story editor as a writer does: its text, its save status, and
 * selecting words in it, and hearing what its live regions said.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** The editor's text. */
export function editorOf(page: Page): Locator {
  return page.locator('[contenteditable="true"]');
}

/** Waits until autosave says the story is saved. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
    .toMatch(/^Saved at /);
}

/** Selects the first occurrence of `text` in the editor. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.querySelector('[contenteditable="true"]');
    const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
  }, text);
}

/**
 * Starts noting everything the page's live regions say (role="status"), so
 * a test can check what a screen reader user heard, however briefly it showed.
 */
export async function listenToLiveRegions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { heardSaid: string[] }).heardSaid = said;
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[role="status"]')) {
        const text = region.textContent?.trim() ?? '';
        if (text !== '' && said.at(-1) !== text && !said.includes(text)) said.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** What the live regions have said since `listenToLiveRegions`. */
export async function liveRegionsSaid(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { heardSaid?: string[] }).heardSaid ?? []);
}
