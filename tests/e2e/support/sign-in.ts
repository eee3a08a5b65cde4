/**
 * Signing in as a demo person the way they would: ask for a link at /signin, find
 * it in /dev/outbox, open it.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Asks for a sign-in link for `email` on the sign-in page. */
export async function requestLink(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Your email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.waitForURL(/\/signin\/check-email$/);
}

/**
 * The newest sign-in link in the outbox for `email`. The email is sent just
 * after the sign-in page answers, so the outbox is read again until it is
 * there: for up to 20 seconds, which a loaded machine running the whole suite
 * can need.
 */
export async function newestLinkFor(page: Page, baseUrl: string, email: string): Promise<string> {
  const mails = page.locator('article.outbox-mail', {
    has: page.locator('.to', { hasText: email }),
  });
  const giveUpAt = Date.now() + 20_000;
  for (;;) {
    await page.goto(`${baseUrl}/dev/outbox`);
    if ((await mails.count()) > 0 || Date.now() > giveUpAt) break;
    await page.waitForTimeout(250);
  }
  const mail = mails.first();
  const href = await mail.locator('a[href*="/api/auth/callback/"]').first().getAttribute('href');
  expect(href, `no sign-in link for ${email} in the outbox`).toBeTruthy();
  return href ?? '';
}

/** Signs `page` in as `email` and returns the link that was used. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<string> {
  await requestLink(page, baseUrl, email);
  const link = await newestLinkFor(page, baseUrl, email);
  await page.goto(link);
  // Auth.js stores the link's token beside sending its email, so on a loaded
  // machine the link can be opened a moment too soon; it is still unused then.
  for (let tries = 0; tries < 10 && page.url().includes('/signin/problem'); tries += 1) {
    await page.waitForTimeout(500);
    await page.goto(link);
  }
  // Signed in: the header offers "Sign out" (in view, or behind "Menu" on a narrow screen).
  await expect
    .poll(() => page.locator('nav form[action="/signout"] button').count())
    .toBeGreaterThan(0);
  return link;
}
