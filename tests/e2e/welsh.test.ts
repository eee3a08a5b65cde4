/**
 * Heard in Welsh, in a real browser, as Eira (the demo's Welsh speaker) lives
 * it: she signs in from the Welsh sign-in page and the link comes in a Welsh
 * email; she answers Sam's request, shares her story in the group's book,
 * then stops sharing it on the public website; every page she meets is in
 * Welsh (nothing of Heard's own left in English: support/welsh check), axe
 * finds nothing, and the emails and consent receipts she gets are Welsh.
 *
 * The test follows the English journey's words through the catalogues
 * (`CATALOGUES.cy['requests.decision.send']` is the Welsh for that button), so it fails if a
 * button's words are not in the catalogue or the page shows English.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CATALOGUES } from '#src/i18n/messages/index.ts';
import { welshPageProblems } from '../integration/support/welsh.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { newestLinkFor } from './support/sign-in.ts';

const EMAIL = 'eira@demo.heard.test';

/** The Welsh for words the English pages say (exactly one meaning in the catalogue). */
function cy(english: string): string {
  const keys = Object.entries(CATALOGUES.en)
    .filter(([, text]) => text === english)
    .map(([key]) => key as keyof typeof CATALOGUES.cy);
  const welsh = new Set(keys.map((key) => CATALOGUES.cy[key]));
  if (welsh.size !== 1) {
    throw new Error(
      `"${english}" is ${keys.length === 0 ? 'not in' : 'ambiguous in'} the catalogue`,
    );
  }
  return [...welsh][0] ?? '';
}

/** The page is in Welsh through and through, and axe finds nothing. */
async function expectWelsh(page: Page): Promise<void> {
  expect(welshPageProblems(await page.content()), page.url()).toEqual([]);
  await expectNoAxeViolations(page);
}

/** Emails in the demo outbox to Eira: subject and text. */
async function mailsToEira(page: Page, base: string): Promise<string[]> {
  await page.goto(`${base}/dev/outbox`);
  return page
    .locator('article.outbox-mail', { has: page.locator('.to', { hasText: EMAIL }) })
    .evaluateAll((articles: Element[]) => articles.map((article) => article.textContent ?? ''));
}

/** Chooses an answer on a consent question and sends it (src/components/Decision.astro). */
async function answerInWelsh(page: Page, welsh: string): Promise<void> {
  await page.getByRole('radio', { name: welsh, exact: true }).check();
  await page.getByRole('button', { name: CATALOGUES.cy['requests.decision.send'] }).click();
}

describeInBrowser('Heard in Welsh', ({ server, browser }) => {
  it('signs in, answers a request, shares and stops sharing, all in Welsh, with Welsh emails and receipts', async () => {
    const base = server().url;
    const page = await browser().newPage();

    // Signing in from the Welsh sign-in page: the page and the email are Welsh.
    await page.goto(`${base}/cy/signin`);
    await expectWelsh(page);
    await page.getByLabel(cy('Your email address')).fill(EMAIL);
    await page.getByRole('button', { name: cy('Email me a sign-in link') }).click();
    await page.waitForURL(/\/signin\/check-email$/);
    await expectWelsh(page);
    const signInMail = ((await mailsToEira(page, base))[0] ?? '').replace(/https?:\/\/\S+/g, '');
    expect(signInMail).toContain('Heard');
    expect(welshPageProblems(`<html lang="cy"><body>${signInMail}</body></html>`)).toEqual([]);
    await page.goto(await newestLinkFor(page, base, EMAIL));
    await page.goto(`${base}/my`);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    await expectWelsh(page);

    // Sam's request: the answer page, Easy Read included, and "yes, without my name".
    await page.goto(`${base}/my/requests`);
    await expectWelsh(page);
    await page
      .getByRole('link', { name: cy('See exactly what they ask, and answer') })
      .first()
      .click();
    await page.waitForURL(/\/my\/requests\/[0-9a-f-]{36}/);
    await expectWelsh(page);
    const choices = (
      ['requests.one.yes', 'requests.one.yesAnonymous', 'requests.one.no'] as const
    ).map((key) => CATALOGUES.cy[key]);
    for (const choice of choices) {
      expect(await page.getByRole('radio', { name: choice, exact: true }).isChecked()).toBe(false);
    }
    await answerInWelsh(page, CATALOGUES.cy['requests.one.yesAnonymous']);
    await page.waitForLoadState('load');
    await expectWelsh(page);
    expect(await page.locator('main').textContent()).toContain(
      cy('You said yes, without your name'),
    );

    // Sharing her story in the group's book, by her first name.
    await page.goto(`${base}/my`);
    await page.getByRole('link', { name: 'Y capel ar y bryn' }).first().click();
    await page.waitForURL(/\/my\/stories\/[0-9a-f-]{36}/);
    const storyPath = new URL(page.url()).pathname.replace(/\/$/, '');
    await page.goto(`${base}${storyPath}/sharing`);
    await expectWelsh(page);
    const shareIt = CATALOGUES.cy['sharing.action.share'].split('{where}')[0]?.trim() ?? '';
    await page
      .locator('#book')
      .getByRole('link', { name: new RegExp(`^${shareIt}`) })
      .click();
    await expectWelsh(page);
    await page
      .getByRole('radio', { name: new RegExp(CATALOGUES.cy['sharing.name.first_name.label']) })
      .check();
    await page.getByRole('button', { name: CATALOGUES.cy['sharing.choices.preview'] }).click();
    await expectWelsh(page);
    await answerInWelsh(page, CATALOGUES.cy['sharing.decide.yes']);
    await page.waitForURL(/done=/);
    await expectWelsh(page);

    // Stopping the public website: one click, one confirmation, gone at once.
    const sharingUrl = page.url();
    await page.goto(`${base}/cy`);
    const publicPath =
      (await page
        .getByRole('link', { name: 'Y capel ar y bryn', exact: true })
        .first()
        .getAttribute('href')) ?? '';
    await page.goto(sharingUrl);
    expect(publicPath).toMatch(/^\/cy\/stories\//);
    await page
      .locator('#public_site')
      .getByRole('link', { name: CATALOGUES.cy['sharing.action.stop'] })
      .click();
    await expectWelsh(page);
    expect(await page.locator('textarea, input[type="text"]').count()).toBe(0);
    await answerInWelsh(page, CATALOGUES.cy['sharing.stop.yes']);
    await page.waitForURL(/done=/);
    await expectWelsh(page);
    const gone = await fetch(`${base}${publicPath}`);
    expect(gone.status).toBe(410);
    const reader = await browser().newPage();
    await reader.goto(`${base}${publicPath}`);
    await expectWelsh(reader);
    await reader.close();

    // Her receipts and the emails about them are Welsh; the Kantara record says so.
    await page.goto(`${base}/my/consents`);
    await expectWelsh(page);
    await page.locator('.story-card a').first().click();
    await expectWelsh(page);
    const receiptJson = page.locator('a[href$=".json"]').first();
    const jsonHref = await receiptJson.getAttribute('href');
    expect(jsonHref).toBeTruthy();
    const kantara = (await (await page.request.get(`${base}${jsonHref ?? ''}`)).json()) as {
      language?: string;
    };
    expect(kantara.language).toBe('cy');
    const mails = await mailsToEira(page, base);
    expect(mails.length).toBeGreaterThan(1);
    // Addresses in an email are not words ("/my/stories/…").
    for (const mail of mails.map((text) => text.replace(/https?:\/\/\S+/g, ''))) {
      expect(welshPageProblems(`<html lang="cy"><body>${mail}</body></html>`), mail).toEqual([]);
    }
    await page.close();
  });
});
