/**
 * Writing in the browser: a life story with every kind of content, a
 * script written with Enter and Tab only, Fountain out and back in, two tabs
 * saving at once, and the network cut mid-typing.
 */
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makePhoto } from '../fixtures/images/make-images.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';

async function startStory(
  page: Page,
  base: string,
  title: string,
  kind: 'A life story' | 'A film script',
): Promise<string> {
  await page.goto(`${base}/write`);
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel(kind).check();
  await page.getByRole('button', { name: 'Start writing' }).click();
  await page.waitForURL(/\/my\/stories\/[0-9a-f-]{36}$/);
  await page.locator('[contenteditable="true"]').waitFor();
  return page.url();
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
    .toMatch(/^Saved at /);
}

function editorOf(page: Page) {
  return page.locator('[contenteditable="true"]');
}

async function screenplayElements(page: Page): Promise<string[]> {
  return editorOf(page)
    .locator('> *')
    .evaluateAll((nodes: Element[]) =>
      nodes.map(
        (node) => `${/sp-[a-z]+/.exec(node.className)?.[0] ?? '?'}:${node.textContent ?? ''}`,
      ),
    );
}

describeInBrowser('writing a life story', ({ server, browser }) => {
  it('a heading, a list, a photo with alt text and a marked name all survive a reload', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'margaret@demo.heard.test');
    await page.goto(`${base}/write`);
    // Her group's facilitator has offered a prompt.
    expect(
      await page.getByLabel('“A place you loved as a child” (Grandparents Group)').count(),
    ).toBe(1);
    const url = await startStory(page, base, 'Sunday dinners', 'A life story');
    await expectNoAxeViolations(page);
    const editor = editorOf(page);
    await editor.click();

    await page.getByRole('button', { name: 'Heading' }).click();
    await page.keyboard.type('Round the table');
    await page.keyboard.press('Enter');
    await page.keyboard.type('My brother Tom always carved.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    await expect.poll(() => editor.locator('li').count()).toBe(1);
    await page.keyboard.type('Gravy');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Roast potatoes');
    await expect
      .poll(() => editor.locator('li').allTextContents())
      .toEqual(['Gravy', 'Roast potatoes']);
    // Enter on an empty item leaves the list, as in any word processor.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    // Select the word "Tom" and mark it as a person's name.
    await page.evaluate(() => {
      const root = document.querySelector('[contenteditable="true"]');
      const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('Tom') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 3);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
    });
    await page.getByRole('button', { name: 'Mark as private' }).click();
    await page.getByLabel("A person's name").check();
    await page.getByLabel('Words to show instead').fill('my brother');
    await page
      .locator('form.ed-inline-form')
      .getByRole('button', { name: 'Mark as private' })
      .click();
    await expect.poll(() => editor.locator('.ed-sensitive').textContent()).toBe('Tom');
    await page.locator('form.ed-inline-form').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add a photo' }).click();
    await page.getByLabel('Photo', { exact: true }).setInputFiles({
      name: 'table.jpg',
      mimeType: 'image/jpeg',
      buffer: await makePhoto(640, 480, 'jpeg'),
    });
    await page.getByLabel('Describe the photo').fill('The dinner table laid for twelve');
    await page.getByRole('button', { name: 'Add the photo' }).click();
    await expect.poll(() => editor.locator('figure.ed-photo img').count()).toBe(1);
    await waitUntilSaved(page);
    await expectNoAxeViolations(page);

    await page.goto(url);
    await editorOf(page).locator('h2').waitFor();
    const reloaded = editorOf(page);
    expect(await reloaded.locator('h2').textContent()).toBe('Round the table');
    expect(await reloaded.locator('li').allTextContents()).toEqual(['Gravy', 'Roast potatoes']);
    expect(await reloaded.locator('.ed-sensitive').textContent()).toBe('Tom');
    const img = reloaded.locator('figure.ed-photo img');
    expect(await img.getAttribute('alt')).toBe('The dinner table laid for twelve');
    const src = (await img.getAttribute('src')) ?? '';
    expect(src).toMatch(/^\/media\/[0-9a-f-]{36}\/(small|medium|large)$/);
    // The author can see the photo; a signed-out reader cannot.
    expect((await page.request.get(base + src)).status()).toBe(200);
    expect((await fetch(base + src)).status).toBe(404);

    await page.goto(`${url}/history`);
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('two tabs: the second save gets 409 and both texts survive', async () => {
    const base = server().url;
    const first = await browser().newPage();
    await signIn(first, base, 'edna@demo.heard.test');
    const url = await startStory(first, base, 'Two tabs', 'A life story');
    await editorOf(first).click();
    await first.keyboard.type('Written first.');
    await waitUntilSaved(first);

    const second = await browser().newPage();
    await second.goto(url);
    await editorOf(second).locator('p').first().waitFor();
    await editorOf(first).click();
    await first.keyboard.press('Control+End');
    await first.keyboard.type(' From the first tab.');
    await waitUntilSaved(first);

    await editorOf(second).click();
    await second.keyboard.press('Control+End');
    await second.keyboard.type(' From the second tab.');
    await second.getByText('There are two versions of this story').waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(second);
    await second.getByRole('button', { name: 'Keep both' }).click();
    await waitUntilSaved(second);

    await first.goto(url);
    await editorOf(first).locator('p').first().waitFor();
    const text = (await editorOf(first).textContent()) ?? '';
    expect(text).toContain('From the first tab.');
    expect(text).toContain('From the second tab.');
    await first.close();
    await second.close();
  });

  it('the network is cut mid-typing and restored: nothing is lost', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'arthur@demo.heard.test');
    const url = await startStory(page, base, 'Offline', 'A life story');
    await editorOf(page).click();
    await page.keyboard.type('Before the cut. ');
    await waitUntilSaved(page);
    await browser().setOffline(true);
    await page.keyboard.type('Typed while offline.');
    await expect
      .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
      .toBe('Offline — kept on this device');
    await browser().setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await waitUntilSaved(page);
    await page.goto(url);
    await editorOf(page).locator('p').first().waitFor();
    expect(await editorOf(page).textContent()).toContain('Before the cut. Typed while offline.');
    await page.close();
  });
});

describeInBrowser('writing a film script', ({ server, browser }) => {
  it('a three-element scene using only Enter and Tab, exported to Fountain and imported back equal', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'kayla@demo.heard.test');
    await startStory(page, base, 'The bus stop', 'A film script');
    await editorOf(page).click();
    await page.keyboard.type('EXT. BUS STOP - NIGHT');
    await page.keyboard.press('Enter'); // scene heading → action
    await page.keyboard.type('Rain hammers the shelter.');
    await page.keyboard.press('Enter'); // action → action
    await page.keyboard.press('Tab'); // action → character
    await page.keyboard.type('JAY');
    await page.keyboard.press('Enter'); // character → dialogue
    await page.keyboard.type('Is it always this late?');
    const written = await screenplayElements(page);
    expect(written).toEqual([
      'sp-scene:EXT. BUS STOP - NIGHT',
      'sp-action:Rain hammers the shelter.',
      'sp-character:JAY',
      'sp-dialogue:Is it always this late?',
    ]);
    await waitUntilSaved(page);
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Fountain' }).click(),
    ]);
    const fountain = await readFile((await download.path()) ?? '', 'utf8');
    expect(fountain).toContain('EXT. BUS STOP - NIGHT');
    expect(fountain).toContain('JAY\nIs it always this late?');

    // Clear the script, then import the file back.
    await editorOf(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.getByText('Import a Fountain script').click();
    await page.getByLabel('Or paste the script here').fill(fountain);
    await page.getByRole('button', { name: 'Import script' }).click();
    await expect.poll(() => screenplayElements(page)).toEqual(written);
    await page.close();
  });
});
