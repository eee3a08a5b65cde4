/**
 * Being heard, in a real browser: Alex makes Priya a service lead; Edna shares
 * a story "to improve our services" at her first name; Priya reads it, answers
 * it and records a change linked to it; Edna sees both and says the answer
 * helped; "You said, we did" says "1 person’s story led to this"; Edna also
 * shares the story on the public site and the change quotes her at her public
 * name; Edna stops sharing it to improve our services and the very next
 * request shows no link anywhere. Axe on every page visited; the public page
 * ships no JavaScript.
 */
import { expect, it } from 'vitest';
import type { BrowserContext, Cookie, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';
import { answer } from './support/stories.ts';

const STORY = 'My brother Tom';
const ANSWER = 'Thank you, Edna. We read it together as a team and it changed how we plan visits.';
const CHANGE = 'Families can visit the hospice ward at any hour';

/** Signs in once as `email` and returns that person's cookies, leaving the browser signed out. */
async function cookiesOf(
  context: BrowserContext,
  page: Page,
  base: string,
  email: string,
): Promise<Cookie[]> {
  await context.clearCookies();
  await signIn(page, base, email);
  const cookies = await context.cookies();
  await context.clearCookies();
  return cookies;
}

/** On a story's sharing page: says yes to one use at the chosen name, through the preview. */
async function shareIn(page: Page, scope: string, where: string, name: RegExp): Promise<void> {
  await page
    .locator(`#${scope}`)
    .getByRole('link', { name: `Share it ${where}` })
    .click();
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Show me what people will see' }).click();
  await page.locator('.preview-frame').waitFor();
  await expectNoAxeViolations(page);
  await answer(page, 'Yes, share it');
  await page.waitForURL(new RegExp(`done=.*scope=${scope}`));
}

/** The card of our change on "You said, we did", read signed out, as anyone would. */
async function publicChange(context: BrowserContext, base: string): Promise<string> {
  const reader = await context.browser()?.newContext();
  if (!reader) throw new Error('No browser for a signed-out reader.');
  const page = await reader.newPage();
  await page.goto(`${base}/you-said-we-did`);
  expect(await page.locator('script').count()).toBe(0);
  await expectNoAxeViolations(page);
  const text = (await page.locator('.story-card', { hasText: CHANGE }).textContent()) ?? '';
  await reader.close();
  return text;
}

/** The public story page, read signed out, reached from the change's quote on "You said, we did". */
async function publicStory(context: BrowserContext, base: string): Promise<string> {
  const reader = await context.browser()?.newContext();
  if (!reader) throw new Error('No browser for a signed-out reader.');
  const page = await reader.newPage();
  await page.goto(`${base}/you-said-we-did`);
  const href = await page
    .locator('.story-card', { hasText: CHANGE })
    .locator('a[href^="/stories/"]')
    .first()
    .getAttribute('href');
  // Past the content notes, as a reader who chose to read on.
  await page.goto(`${base}${href ?? '/'}?read=1`);
  expect(await page.locator('script').count()).toBe(0);
  await expectNoAxeViolations(page);
  const text = (await page.locator('main').textContent()) ?? '';
  await reader.close();
  return text;
}

describeInBrowser('being heard', ({ server, browser }) => {
  it(
    'share to improve services, an answer, a change, You said we did, public quote, stop',
    { timeout: 300_000 },
    async () => {
      const base = server().url;
      const context = browser();
      const page = await context.newPage();
      const as = async (cookies: Cookie[]) => {
        await context.clearCookies();
        await context.addCookies(cookies);
      };
      const alex = await cookiesOf(context, page, base, 'alex@demo.heard.test');
      const priya = await cookiesOf(context, page, base, 'priya@demo.heard.test');
      const edna = await cookiesOf(context, page, base, 'edna@demo.heard.test');

      // Alex names Priya a service lead.
      await as(alex);
      await page.goto(`${base}/admin/people`);
      const priyaRow = page.locator('tr', { hasText: 'priya@demo.heard.test' });
      await priyaRow.getByRole('checkbox', { name: 'Service lead' }).check();
      await priyaRow.getByRole('button', { name: /Save roles/ }).click();
      await page.waitForLoadState();
      expect(
        await page
          .locator('tr', { hasText: 'priya@demo.heard.test' })
          .getByRole('checkbox', { name: 'Service lead' })
          .isChecked(),
      ).toBe(true);

      // Edna shares her story to improve our services, at her first name.
      await as(edna);
      await page.goto(`${base}/my`);
      await page
        .locator('.story-card', { hasText: STORY })
        .getByRole('link', { name: 'Who can see it' })
        .click();
      await page.waitForURL(/\/sharing$/);
      const sharingUrl = page.url();
      const storyId = /\/my\/stories\/([0-9a-f-]{36})\/sharing$/.exec(sharingUrl)?.[1] ?? '';
      expect(await page.locator('#service_improvement').textContent()).toContain(
        'People who plan our services will read it to make things better.',
      );
      await expectNoAxeViolations(page);
      await shareIn(page, 'service_improvement', 'to improve our services', /My first name only/);

      // Priya reads it at Edna's first name, answers, and records a change from it.
      await as(priya);
      await page.goto(`${base}/my`);
      expect(await page.locator('a[href="/services/stories"]').count()).toBeGreaterThan(0);
      await page.goto(`${base}/services/stories`);
      await expectNoAxeViolations(page);
      const card = page.locator('.story-card', { hasText: STORY });
      expect(await card.textContent()).toContain('By Edna');
      expect(await card.textContent()).toContain('Waiting for an answer.');
      await card.getByRole('link', { name: STORY }).click();
      await page.waitForURL(new RegExp(`/services/stories/${storyId}$`));
      expect(await page.locator('main').textContent()).toContain('Tom was two years older');
      await expectNoAxeViolations(page);
      await page.getByLabel('Your answer to the writer').fill(ANSWER);
      await page.getByRole('button', { name: 'Send the answer' }).click();
      await page.waitForURL(/done=answered/);
      expect(await page.locator('#answers').textContent()).toContain(ANSWER);
      await page.getByLabel('What is changing?').fill(CHANGE);
      await page.getByLabel('Which service?').fill('Hospice ward');
      await page.getByRole('radio', { name: 'Planned' }).check();
      await page.getByRole('button', { name: 'Record the change' }).click();
      await page.waitForURL(/\/services\/changes\/[0-9a-f-]{36}\?done=recorded/);
      expect(await page.locator('main').textContent()).toContain(`${STORY} by Edna`);
      await expectNoAxeViolations(page);

      // Edna sees the answer and the change, and says the answer helped.
      await as(edna);
      await page.goto(`${base}/my`);
      await page
        .locator('.story-card', { hasText: STORY })
        .getByRole('link', { name: 'Answers to your story' })
        .click();
      await page.waitForURL(new RegExp(`/my/stories/${storyId}/answers$`));
      expect(await page.locator('main').textContent()).toContain(ANSWER);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'This helped' }).click();
      await page.waitForURL(/done=helpful/);
      expect(await page.locator('main').textContent()).toContain('You said this helped.');
      await page.getByRole('link', { name: 'What happened because of my stories' }).click();
      await page.waitForURL(/\/my\/changes$/);
      expect(await page.locator('main').textContent()).toContain(CHANGE);
      expect(await page.locator('main').textContent()).toContain(
        `Because of your story “${STORY}”`,
      );
      await expectNoAxeViolations(page);

      // The public page counts her without naming or quoting her.
      let change = await publicChange(context, base);
      expect(change).toContain('Planned');
      expect(change).toContain('1 person’s story led to this.');
      expect(change).not.toContain('Edna');
      expect(change).not.toContain('Tom was');

      // She shares it on the public site too: now the change quotes her, at her public name.
      await as(edna);
      await page.goto(sharingUrl);
      await shareIn(page, 'public_site', 'on the public website', /My first name only/);
      change = await publicChange(context, base);
      expect(change).toContain('Tom was two years older');
      expect(change).toContain(`Edna, ${STORY}`);
      expect(change).not.toContain('led to this');

      // Priya's answer is not public until Edna chooses to show it under her story.
      expect(await publicStory(context, base)).not.toContain(ANSWER);
      await page.goto(`${base}/my/stories/${storyId}/answers`);
      await page.getByRole('button', { name: 'Show it on my public story page' }).click();
      await page.waitForURL(/done=shown-publicly/);
      await expectNoAxeViolations(page);
      const shownStory = await publicStory(context, base);
      expect(shownStory).toContain('Our answer');
      expect(shownStory).toContain(ANSWER);
      // Hiding it takes it off the public page on the next request.
      await page.getByRole('button', { name: 'Hide this answer' }).click();
      await page.waitForURL(/done=hidden/);
      expect(await publicStory(context, base)).not.toContain(ANSWER);

      // She stops sharing it to improve our services: the link goes on the next request.
      await page.goto(`${sharingUrl}?stop=service_improvement`);
      await expectNoAxeViolations(page);
      await answer(page, 'Yes, stop sharing');
      await page.waitForURL(/done=/);
      change = await publicChange(context, base);
      expect(change).toContain(CHANGE);
      expect(change).not.toContain('Tom was');
      expect(change).not.toContain('Edna');
      expect(change).not.toContain('led to this');
      await page.goto(`${base}/my/changes`);
      expect(await page.locator('main').textContent()).not.toContain(CHANGE);

      // Priya can no longer read it, and the change lists no story.
      await as(priya);
      expect((await page.goto(`${base}/services/stories/${storyId}`))?.status()).toBe(404);
      await page.goto(`${base}/services/changes`);
      expect(await page.locator('.story-card', { hasText: CHANGE }).textContent()).toContain(
        'No stories linked.',
      );
    },
  );
});
