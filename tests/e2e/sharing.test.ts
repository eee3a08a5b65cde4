/**
 * The consent journey in a real browser: write, preview at
 * "first name", share to the public site, see it on / and its page, edit (the
 * public keeps the old version), share the new version, stop sharing; and the
 * very next requests for the page, its photo and / no longer show it. Also a
 * guardian approving a young person's story.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makePhoto } from '../fixtures/images/make-images.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';
import { answer, expectAnswersAlike } from './support/stories.ts';

function editorOf(page: Page) {
  return page.locator('[contenteditable="true"]');
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
    .toMatch(/^Saved at /);
}

/** Selects the first occurrence of `text` in the editor. */
async function selectText(page: Page, text: string): Promise<void> {
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

describeInBrowser('sharing a story', ({ server, browser }) => {
  it('write, preview, share, edit, share again, stop: gone on the very next request', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'edna@demo.heard.test');

    // Write a story with a marked place and a photo.
    await page.goto(`${base}/write`);
    await page.getByLabel('Title').fill('The pier at Rhyl');
    await page.getByLabel('A life story').check();
    await page.getByRole('button', { name: 'Start writing' }).click();
    await page.waitForURL(/\/my\/stories\/[0-9a-f-]{36}$/);
    const storyUrl = page.url();
    const editor = editorOf(page);
    await editor.click();
    await page.keyboard.type('Every August we went to Rhyl on the coach.');
    await selectText(page, 'Rhyl');
    await page.getByRole('button', { name: 'Mark as private' }).click();
    await page.getByLabel('A place').check();
    await page.getByLabel('Words to show instead').fill('the seaside');
    await page
      .locator('form.ed-inline-form')
      .getByRole('button', { name: 'Mark as private' })
      .click();
    await page.locator('form.ed-inline-form').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Add a photo' }).click();
    await page.getByLabel('Photo', { exact: true }).setInputFiles({
      name: 'pier.jpg',
      mimeType: 'image/jpeg',
      buffer: await makePhoto(640, 480, 'jpeg'),
    });
    await page.getByLabel('Describe the photo').fill('The pier in the rain');
    await page.getByRole('button', { name: 'Add the photo' }).click();
    await expect.poll(() => editor.locator('figure.ed-photo img').count()).toBe(1);
    await waitUntilSaved(page);
    const photoSrc = (await editor.locator('figure.ed-photo img').getAttribute('src')) ?? '';
    expect(photoSrc).toMatch(/^\/media\//);

    // The sharing page: nothing shared, nothing chosen for them.
    await page.getByRole('link', { name: 'Who can see it' }).first().click();
    await page.waitForURL(/\/sharing$/);
    await expectNoAxeViolations(page);
    const publicCard = page.locator('#public_site');
    expect(await publicCard.textContent()).toContain('Not shared on the public website.');
    await publicCard.getByRole('link', { name: 'Share it on the public website' }).click();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // Preview at "first name": the replacement shows, the place does not.
    await page.getByRole('radio', { name: /My first name only/ }).check();
    await page.getByRole('button', { name: 'Show me what people will see' }).click();
    const preview = page.locator('.preview-frame');
    await preview.waitFor();
    const previewText = await preview.locator('.story-text').textContent();
    expect(previewText).toContain('Every August we went to the seaside');
    expect(previewText).not.toContain('Rhyl');
    expect(await preview.textContent()).toContain('By Edna');
    await expectNoAxeViolations(page);
    // Yes and no are alike: the same size, neither chosen.
    await expectAnswersAlike(page, ['Yes, share it', 'No, do not share it']);
    await answer(page, 'Yes, share it');
    await page.waitForURL(/done=/);
    expect(await page.getByRole('status').textContent()).toContain('On the public website since');
    await expectNoAxeViolations(page);

    // It is on / and on its page.
    const readerPage = await browser().newPage();
    await readerPage.goto(base);
    await readerPage.getByRole('link', { name: 'The pier at Rhyl' }).click();
    const publicUrl = readerPage.url();
    expect(publicUrl).toMatch(/\/stories\/the-pier-at-rhyl-[0-9a-f]+$/);
    expect(await readerPage.locator('article').textContent()).toContain('went to the seaside');
    expect(await readerPage.locator('script').count()).toBe(0);
    await expectNoAxeViolations(readerPage);

    // Edit: the public still sees the version Edna agreed to.
    await page.goto(storyUrl);
    await editorOf(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We ate chips on the wall.');
    await waitUntilSaved(page);
    await readerPage.goto(publicUrl);
    expect(await readerPage.locator('article').textContent()).not.toContain('chips');

    // Share the newer version.
    await page.goto(`${storyUrl}/sharing`);
    expect(await page.locator('#public_site').textContent()).toContain('stay private');
    await page
      .locator('#public_site')
      .getByRole('link', { name: 'Share the newest version' })
      .click();
    await page.getByRole('radio', { name: /My first name only/ }).check();
    await page.getByRole('button', { name: 'Show me what people will see' }).click();
    expect(await page.locator('.preview-frame').textContent()).toContain('chips');
    await answer(page, 'Yes, share it');
    await page.waitForURL(/done=/);
    await readerPage.goto(publicUrl);
    expect(await readerPage.locator('article').textContent()).toContain('chips');

    // Stop sharing: one click and one confirmation, no reason asked.
    await page.locator('#public_site').getByRole('link', { name: 'Stop sharing' }).click();
    await expectNoAxeViolations(page);
    expect(await page.locator('textarea, input[type="text"]').count()).toBe(0);
    await answer(page, 'Yes, stop sharing');
    await page.waitForURL(/done=/);

    // The very next requests: page, photo and home.
    const pageResponse = await fetch(publicUrl);
    expect(pageResponse.status).toBe(410);
    expect(await pageResponse.text()).not.toContain('chips');
    expect((await fetch(base + photoSrc)).status).toBe(404);
    expect(await (await fetch(base)).text()).not.toContain('The pier at Rhyl');
    await readerPage.goto(publicUrl);
    expect(await readerPage.locator('h1').textContent()).toBe('This story is no longer shared');
    await expectNoAxeViolations(readerPage);
    await readerPage.getByRole('link', { name: 'How consent works' }).click();
    expect(await readerPage.locator('h1').textContent()).toBe('How consent works');
    await expectNoAxeViolations(readerPage);

    // The receipts are there, each with its Kantara JSON.
    await page.goto(`${base}/my/consents`);
    expect(await page.locator('.story-card').count()).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page);
    await page.locator('.story-card a').first().click();
    await expectNoAxeViolations(page);
    await readerPage.close();
    await page.close();
  });

  it('a young person shares; their guardian sees the preview and says yes; then stops it', async () => {
    const base = server().url;
    const kayla = await browser().newPage();
    await signIn(kayla, base, 'kayla@demo.heard.test');
    await kayla.goto(`${base}/my`);
    await kayla.getByRole('link', { name: 'Who can see it' }).first().click();
    const sharingUrl = kayla.url();
    const newsletter = kayla.locator('#newsletter');
    await newsletter.getByRole('link', { name: 'Share it in the newsletter' }).click();
    expect(await kayla.locator('.notice').first().textContent()).toContain(
      'your parent or carer will be asked to say yes too',
    );
    await kayla.getByRole('radio', { name: /No name/ }).check();
    await kayla.getByRole('button', { name: 'Show me what people will see' }).click();
    await answer(kayla, 'Yes, share it');
    await kayla.waitForURL(/done=/);
    // Her card names everyone still to say yes: her co-writer if the story is
    // theirs together, and her parent or carer.
    expect(await kayla.locator('#newsletter').textContent()).toMatch(
      /Waiting for (Jay, and for )?your parent or carer\./,
    );
    await kayla.close();

    await browser().clearCookies();
    const donna = await browser().newPage();
    await signIn(donna, base, 'donna@demo.heard.test');
    await donna.getByRole('link', { name: 'Young people' }).click();
    await expectNoAxeViolations(donna);
    await donna.getByRole('link', { name: 'Read it and answer' }).first().click();
    expect(await donna.locator('.preview-frame').textContent()).toMatch(
      /By (Anonymous|.* and an anonymous co-author)/,
    );
    await expectNoAxeViolations(donna);
    await expectAnswersAlike(donna, ['Yes, I agree', 'No, I do not agree']);
    await answer(donna, 'Yes, I agree');
    await donna.waitForURL(/done=/);
    // Her card says what is true: shared, or still waiting for Kayla's co-writer.
    const shared = donna
      .locator('.story-card', { hasText: 'in the newsletter' })
      .filter({ hasText: 'Two Buses Home' });
    expect(await shared.textContent()).toMatch(
      /Shared in the newsletter|It is not shared yet\. Waiting for Jay\./,
    );
    await shared.getByRole('link', { name: 'Stop sharing' }).click();
    await answer(donna, 'Yes, stop sharing');
    await donna.waitForURL(/done=/);
    expect(await shared.count()).toBe(0);
    await donna.close();
    expect(sharingUrl).toMatch(/\/sharing$/);
  });
});
