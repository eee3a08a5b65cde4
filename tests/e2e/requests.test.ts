/**
 * Comms staff ask, contributors decide, in a real browser:
 * Sam asks to quote Edna's story in the newsletter with her first name; Edna sees
 * it with its preview and Easy Read and says "Yes, but without my name"; Sam logs
 * the use; Edna stops sharing; a takedown task appears; Sam closes it; Edna sees
 * it closed. Then the "No" path takes exactly as many clicks as the yes did, and
 * the per-person cap stops a third request within 90 days.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Cookie, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';
import { answer } from './support/stories.ts';

const SHOTS = process.env['HEARD_SHOTS'];

/** Saves a full-page screenshot when HEARD_SHOTS names a folder (for looking at the pages). */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** A day as the date inputs take it, `days` from today (UTC). */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Sam fills in and sends a request for the story behind the first "Ask to use" link. */
async function askToUse(
  page: Page,
  base: string,
  request: { channel: RegExp; excerpt: string; name: RegExp },
): Promise<void> {
  await page.goto(`${base}/staff/stories`);
  await page.getByRole('link', { name: 'Ask to use “Dancing at the Grafton”' }).click();
  await page.waitForURL(/\/staff\/requests\/new\?story=/);
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: request.channel }).check();
  await page.getByLabel('What is it for?').fill('Our winter issue, about dancing and music.');
  await page.getByLabel('Who will see it?').fill('About 2,000 people who get the newsletter.');
  await page.getByLabel('The words you want to use').fill(request.excerpt);
  await page.getByRole('radio', { name: request.name }).check();
  await page.getByLabel('First day you would use it').fill(isoDay(0));
  await page.getByLabel('Last day you would use it').fill(isoDay(30));
  await page.getByLabel(/A message to them/).fill('Only if you are happy to. No is fine.');
  await page.getByRole('button', { name: 'Send the request' }).click();
  await page.waitForURL(/\/staff\/requests\/[0-9a-f-]{36}\?sent=1$/);
}

describeInBrowser('comms staff ask, contributors decide', ({ server, browser }) => {
  it('asks, answers yes without a name, logs, withdraws, takes down; no is as easy; the cap holds', async () => {
    const base = server().url;
    const context = browser();
    const page = await context.newPage();

    // Two people in one browser: each signs in once; switching swaps their cookies.
    await signIn(page, base, 'sam@demo.heard.test');
    const samCookies = await context.cookies();
    await context.clearCookies();
    await signIn(page, base, 'edna@demo.heard.test');
    const ednaCookies = await context.cookies();
    const as = async (cookies: Cookie[]) => {
      await context.clearCookies();
      await context.addCookies(cookies);
    };

    // Sam finds the story and asks to quote it in the newsletter, with her first name.
    await as(samCookies);
    await page.goto(`${base}/staff/stories`);
    await expectNoAxeViolations(page);
    await shot(page, 'staff-stories');
    const excerpt = 'On Saturday nights we queued round the block for the Grafton ballroom.';
    await askToUse(page, base, { channel: /The newsletter/, excerpt, name: /first name only/ });
    expect(await page.locator('.facts').textContent()).toContain('Waiting for an answer');
    await expectNoAxeViolations(page);

    // Edna hears of it on /my, and sees it in plain words, Easy Read and an exact preview.
    await as(ednaCookies);
    let clicks = 0;
    const click = async (action: () => Promise<void>) => {
      clicks += 1;
      await action();
    };
    await page.goto(`${base}/my`);
    await click(() => page.getByRole('link', { name: 'See what they ask, and answer' }).click());
    await page.waitForURL(/\/my\/requests$/);
    await expectNoAxeViolations(page);
    await shot(page, 'my-requests');
    await click(() =>
      page
        .locator('li.request-card', { hasText: 'Dancing at the Grafton' })
        .getByRole('link', { name: 'See exactly what they ask, and answer' })
        .click(),
    );
    await page.waitForURL(/\/my\/requests\/[0-9a-f-]{36}$/);
    // The question has focus as the page opens.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(
      /^May we use “Dancing at the Grafton” in/,
    );
    await expectNoAxeViolations(page);
    await shot(page, 'my-request');
    const card = page.locator('form.decision-form');
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('Your name would show as: Edna.');
    expect(cardText).toContain('You do not have to say why.');
    const previews = card.locator('.preview-frame');
    expect(await previews.nth(0).textContent()).toContain(excerpt);
    expect(await previews.nth(0).textContent()).toContain('By Edna');
    expect(await previews.nth(1).textContent()).toContain('By Anonymous');
    // Three answers, none pre-chosen, the same size.
    const answers = ['Yes', 'Yes, but without my name', 'No'];
    for (const name of answers) {
      expect(await card.getByRole('radio', { name, exact: true }).isChecked()).toBe(false);
    }
    const sizes = await Promise.all(
      answers.map((name) =>
        card
          .locator('label.decision-answer', { has: page.getByRole('radio', { name, exact: true }) })
          .boundingBox(),
      ),
    );
    expect(new Set(sizes.map((box) => Math.round(box?.width ?? 0))).size).toBe(1);
    await click(() => card.getByRole('radio', { name: 'Yes, but without my name' }).check());
    await click(() => card.getByRole('button', { name: 'Send my answer' }).click());
    await page.waitForURL(/answered=yes_anonymous/);
    const yesClicks = clicks;
    expect(await page.getByRole('status').textContent()).toContain(
      'You said yes, without your name',
    );
    await expectNoAxeViolations(page);

    // Sam sees the yes (and the name to use) and logs the use.
    await as(samCookies);
    await page.goto(`${base}/staff/requests`);
    await page.getByRole('link', { name: 'Dancing at the Grafton' }).first().click();
    expect(await page.locator('.facts').textContent()).toContain('Yes, without their name');
    expect(await page.locator('main').textContent()).toContain('Name them as: Anonymous');
    await page.getByLabel('Where you used it').fill('the December newsletter');
    await page.getByLabel('A link to it, if there is one').fill('https://example.org/december');
    await page.getByRole('button', { name: 'Log this use' }).click();
    await page.waitForURL(/logged=1/);
    await expectNoAxeViolations(page);
    await shot(page, 'staff-request');

    // Edna sees where it was used, and stops sharing it in the newsletter.
    await as(ednaCookies);
    await page.goto(`${base}/my/requests`);
    await page.getByRole('link', { name: 'See where it is used, or stop it' }).first().click();
    await page.waitForURL(/\/sharing#newsletter$/);
    const uses = page.locator('section', { has: page.locator('#uses-heading') });
    expect(await uses.textContent()).toContain('the December newsletter');
    await expectNoAxeViolations(page);
    await page.locator('#newsletter').getByRole('link', { name: 'Stop sharing' }).click();
    await answer(page, 'Yes, stop sharing');
    await page.waitForURL(/done=/);
    expect(await uses.textContent()).toContain('Being taken down from the December newsletter');
    await shot(page, 'sharing-taking-down');

    // A takedown task is waiting for Sam; Sam confirms it is done.
    await as(samCookies);
    await page.goto(`${base}/staff/takedowns`);
    const task = page.locator('li.story-card', { hasText: 'Dancing at the Grafton' });
    expect(await task.textContent()).toContain('the December newsletter');
    await expectNoAxeViolations(page);
    await shot(page, 'staff-takedowns');
    await task.getByRole('link', { name: 'Mark as done' }).click();
    await page.getByLabel('What did you do?').fill('Removed it from the web archive.');
    await page.getByRole('button', { name: 'Yes, it has been taken down' }).click();
    await page.waitForURL(/done=1/);
    expect(await page.locator('main').textContent()).toContain('Nothing to take down.');
    await expectNoAxeViolations(page);

    // Edna sees it has been removed.
    await as(ednaCookies);
    await page.goto(`${base}/my/requests`);
    await page.getByRole('link', { name: 'See where it is used, or stop it' }).first().click();
    expect(await uses.textContent()).toContain('Removed from the December newsletter on');

    // The no path: Sam asks again (social media); Edna says no in exactly as many clicks.
    await as(samCookies);
    await askToUse(page, base, {
      channel: /Social media/,
      excerpt: 'I met the man I would marry there',
      name: /No name/,
    });
    await as(ednaCookies);
    clicks = 0;
    await page.goto(`${base}/my`);
    await click(() => page.getByRole('link', { name: 'See what they ask, and answer' }).click());
    await click(() =>
      page
        .locator('li.request-card', { hasText: 'Dancing at the Grafton' })
        .getByRole('link', { name: 'See exactly what they ask, and answer' })
        .click(),
    );
    await click(() => page.getByRole('radio', { name: 'No', exact: true }).check());
    await click(() => page.getByRole('button', { name: 'Send my answer' }).click());
    await page.waitForURL(/answered=no/);
    expect(clicks).toBe(yesClicks);
    expect(await page.getByRole('status').textContent()).toContain('You said no.');

    // Staff see only "Declined"; and a third request within 90 days is stopped.
    await as(samCookies);
    await page.goto(`${base}/staff/requests`);
    expect(await page.locator('tbody tr').first().textContent()).toContain('Declined');
    await page.goto(`${base}/staff/stories`);
    const dancing = page.locator('li.story-card', { hasText: 'Dancing at the Grafton' });
    expect(await dancing.textContent()).toContain('nobody may ask again yet');
    expect(await dancing.getByRole('link', { name: /Ask to use/ }).count()).toBe(0);
    await page.goto(`${base}/staff/fairness`);
    await expectNoAxeViolations(page);
    await shot(page, 'staff-fairness');
    expect(
      await page.getByRole('table', { name: /People featured in the last/ }).textContent(),
    ).toContain('Edna Price');
  });
});
