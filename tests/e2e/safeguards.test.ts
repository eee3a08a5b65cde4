/**
 * In a real browser: a young person cannot change their own age to skip their
 * parent or carer, and an admin's change is shown to them and publishes
 * nothing; the editor keeps a pasted control character from ever blocking a
 * save, and a save the server refuses stops retrying, says what to change and
 * keeps the words in the browser.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';
import { answer } from './support/stories.ts';

function editorOf(page: Page) {
  return page.locator('[contenteditable="true"]');
}

/** Pastes `text` into the editor as the browser would from the clipboard. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    const target = document.querySelector('[contenteditable="true"]');
    const data = new DataTransfer();
    data.setData('text/plain', value);
    target?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function startLifeStory(page: Page, base: string, title: string): Promise<string> {
  await page.goto(`${base}/write`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('A life story').check();
  await page.getByRole('button', { name: 'Start writing' }).click();
  await page.waitForURL(/\/my\/stories\/[0-9a-f-]{36}$/);
  await editorOf(page).waitFor();
  return page.url();
}

describeInBrowser('safeguards in the browser', ({ server, browser }) => {
  it('a young person cannot make themselves 18; an admin’s change is shown to her and publishes nothing', async () => {
    const base = server().url;
    const kayla = await browser().newPage();
    await signIn(kayla, base, 'kayla@demo.heard.test');
    await kayla.goto(`${base}/my/account`);
    expect(await kayla.locator('input[name="dateOfBirth"]').count()).toBe(0);
    expect(await kayla.locator('#date-of-birth').textContent()).toContain(
      'Only an admin can change your date of birth',
    );
    await expectNoAxeViolations(kayla);

    // She writes a story and shares it on the public site: it waits for Donna.
    const storyUrl = await startLifeStory(kayla, base, 'Looking after Mum');
    await editorOf(kayla).click();
    await kayla.keyboard.type('I make the tea before school.');
    await expect
      .poll(() => kayla.locator('.ed-status').textContent(), { timeout: 15_000 })
      .toMatch(/^Saved at /);
    await kayla.goto(`${storyUrl}/sharing`);
    await kayla
      .locator('#public_site')
      .getByRole('link', { name: 'Share it on the public website' })
      .click();
    await kayla.getByRole('radio', { name: /My first name only/ }).check();
    await kayla.getByRole('button', { name: 'Show me what people will see' }).click();
    await answer(kayla, 'Yes, share it');
    await kayla.waitForURL(/done=/);
    expect(await kayla.locator('#public_site').textContent()).toContain(
      'Waiting for your parent or carer.',
    );
    await kayla.close();

    // An admin corrects her date of birth to an adult's.
    await browser().clearCookies();
    const alex = await browser().newPage();
    await signIn(alex, base, 'alex@demo.heard.test');
    await alex.goto(`${base}/admin/people`);
    // Staff are not offered as guardians.
    const guardianChoices = await alex.locator('#guardian option').allTextContents();
    expect(guardianChoices).not.toContain('Alex Morgan');
    expect(guardianChoices.some((name) => name.startsWith('Priya'))).toBe(false);
    const kaylaOption = alex.locator('#dob-person option', { hasText: 'Kayla Hughes' });
    await alex
      .getByLabel('Whose date of birth')
      .selectOption((await kaylaOption.getAttribute('value')) ?? '');
    await alex.getByLabel('Date of birth (leave empty for not given)').fill('1990-01-01');
    await alex.getByRole('button', { name: 'Save date of birth' }).click();
    await expect
      .poll(() => alex.getByRole('status').textContent())
      .toContain('Date of birth saved');
    await expectNoAxeViolations(alex);
    await alex.close();

    // Nothing went public, and Kayla sees who changed what.
    const reader = await browser().newPage();
    await reader.goto(base);
    expect(await reader.getByRole('link', { name: 'Looking after Mum' }).count()).toBe(0);
    await reader.close();
    await browser().clearCookies();
    const again = await browser().newPage();
    await signIn(again, base, 'kayla@demo.heard.test');
    await again.goto(`${base}/my/account`);
    expect(await again.locator('#changes ~ ul').textContent()).toMatch(
      /changed your date of birth from .* to 1 January 1990/,
    );
    await expectNoAxeViolations(again);
    await again.close();
  });

  it('a pasted control character never blocks a save; a refused save stops, says why, and keeps the words', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'arthur@demo.heard.test');
    const storyUrl = await startLifeStory(page, base, 'The allotment');
    const storyId = storyUrl.split('/').pop() ?? '';
    const saves: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/revisions') && response.request().method() === 'POST') {
        saves.push(response.status());
      }
    });
    await editorOf(page).click();
    // Text from another program can carry a NUL or half an emoji; it is taken out.
    await paste(page, 'Runner beans\u0000 and \ud800onions.');
    await expect
      .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
      .toMatch(/^Saved at /);
    expect(saves.every((status) => status === 200)).toBe(true);
    expect(await editorOf(page).textContent()).toContain('Runner beans and');

    // A story the server must refuse (far too long): one try, a plain reason, no retrying.
    saves.length = 0;
    await page.keyboard.press('End');
    await paste(page, ' and more'.repeat(25_000));
    await expect
      .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
      .toContain('too long to save');
    const afterRefusal = saves.length;
    expect(saves.every((status) => status >= 400 && status < 500)).toBe(true);
    await page.waitForTimeout(8_000);
    expect(saves.length).toBe(afterRefusal);
    // The words are kept in this browser until a save succeeds.
    const kept = await page.evaluate((id) => localStorage.getItem(`heard:draft:${id}`), storyId);
    expect(kept).toContain('and more and more');
    await expectNoAxeViolations(page);
    await page.close();
  });
});
