import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { findChromium, launchBrowser } from './support/chromium.ts';
import { startServer, type TestServer } from './support/server.ts';
import { newestLinkFor, requestLink, signIn } from './support/sign-in.ts';

describeInBrowser('signing in with an emailed link', ({ server, browser }) => {
  it('a contributor asks for a link, opens it from the outbox, signs out; the link cannot be used twice', async () => {
    const page = await browser().newPage();
    const base = server().url;
    await page.goto(`${base}/signin`);
    await expectNoAxeViolations(page);
    await requestLink(page, base, 'Margaret@demo.heard.test');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Check your email');
    await expectNoAxeViolations(page);

    const link = await newestLinkFor(page, base, 'margaret@demo.heard.test');
    await expectNoAxeViolations(page);
    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe('/my');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hello, Margaret');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/signin\?signed-out=1$/);
    expect(await page.getByText('You are signed out.').count()).toBe(1);

    await page.goto(link);
    expect(new URL(page.url()).pathname).toBe('/signin/problem');
    expect(await page.locator('h1').textContent()).toBe(
      'That link has already been used or is too old',
    );
    expect(await page.getByRole('button', { name: 'Email me a new link' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    // Still signed out.
    await page.goto(`${base}/my`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.close();
  });

  it('after signing in, a person lands where they were going', async () => {
    const page = await browser().newPage();
    const base = server().url;
    await page.goto(`${base}/my/account`);
    expect(page.url()).toBe(`${base}/signin?next=${encodeURIComponent('/my/account')}`);
    await page.getByLabel('Your email address').fill('jay@demo.heard.test');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.waitForURL(/check-email/);
    await page.goto(await newestLinkFor(page, base, 'jay@demo.heard.test'));
    expect(new URL(page.url()).pathname).toBe('/my/account');
    await expectNoAxeViolations(page);

    // Reading preferences apply on every page, by CSS alone.
    await page.getByLabel('Larger text').check();
    await page.getByRole('button', { name: 'Save my changes' }).click();
    await page.waitForURL(/saved=1/);
    await page.goto(`${base}/`);
    expect(await page.locator('html').getAttribute('class')).toContain('larger-text');
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });
});

// A server of its own: every test here signs in from the same address, and the
// hourly limits are real.
describeInBrowser('signing out everywhere', ({ server, browser }) => {
  it('signing out everywhere signs out every browser on its next request', async () => {
    const base = server().url;
    const first = await browser().newPage();
    await signIn(first, base, 'arthur@demo.heard.test');
    const second: BrowserContext = await launchBrowser();
    try {
      const other = await second.newPage();
      await signIn(other, base, 'arthur@demo.heard.test');
      await first.goto(`${base}/my/account`);
      await first.getByRole('button', { name: 'Sign out everywhere' }).click();
      await first.waitForURL(/signed-out=everywhere/);
      await other.goto(`${base}/my`);
      expect(new URL(other.url()).pathname).toBe('/signin');
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('an admin pausing an account signs that person out at once', async () => {
    const base = server().url;
    const edna = await browser().newPage();
    await signIn(edna, base, 'edna@demo.heard.test');
    const second = await launchBrowser();
    try {
      const admin = await second.newPage();
      await signIn(admin, base, 'alex@demo.heard.test');
      await admin.goto(`${base}/admin/people`);
      await expectNoAxeViolations(admin);
      await admin.getByRole('button', { name: 'Pause and sign out Edna Price' }).click();
      await expect
        .poll(() => admin.getByText('Account paused and signed out everywhere.').count())
        .toBe(1);
      await edna.goto(`${base}/my`);
      expect(new URL(edna.url()).pathname).toBe('/signin');
      await admin.goto(`${base}/admin/groups`);
      await expectNoAxeViolations(admin);
    } finally {
      await second.close();
      await edna.close();
    }
  });
});

// These need a server of their own: one is restarted, the other uses up the hourly limit.
(findChromium() ? describe : describe.skip)('sign-in links that run out', () => {
  let server: TestServer | undefined;
  let browser: BrowserContext | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a link older than 15 minutes is refused with the friendly page', async () => {
    if (!server || !browser) throw new Error('not started');
    const page = await browser.newPage();
    await requestLink(page, server.url, 'priya@demo.heard.test');
    const link = await newestLinkFor(page, server.url, 'priya@demo.heard.test');

    // Move the clock 16 minutes on for this link: stop the server and age the token
    // it stored by exactly that much, then start the server again on the same data.
    await server.stop({ keepData: true });
    const pglite = await PGlite.create(join(server.dataDir, 'pglite'));
    const aged = await pglite.query(
      `update "VerificationToken" set expires = expires - interval '16 minutes' where identifier = $1`,
      ['priya@demo.heard.test'],
    );
    expect(aged.affectedRows).toBe(1);
    await pglite.close();
    server = await startServer({ dataDir: server.dataDir });

    await page.goto(link.replace(/^http:\/\/[^/]+/, server.url));
    expect(new URL(page.url()).pathname).toBe('/signin/problem');
    expect(await page.locator('h1').textContent()).toBe(
      'That link has already been used or is too old',
    );
    await page.goto(`${server.url}/my`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.close();
  });

  it('the sixth request within an hour gets a plain "please wait" page (429)', async () => {
    if (!server || !browser) throw new Error('not started');
    const page = await browser.newPage();
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith('/signin')) {
        statuses.push(response.status());
      }
    });
    // Five links an hour for one address, from browsers it has not signed in on.
    for (let i = 0; i < 5; i += 1) await requestLink(page, server.url, 'sam@demo.heard.test');
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('Your email address').fill('sam@demo.heard.test');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.waitForLoadState();
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
    expect(await page.locator('h1').textContent()).toBe('Please wait a while');
    await expectNoAxeViolations(page);
    await page.close();
  });
});
