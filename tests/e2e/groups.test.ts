/**
 * A group's shared space, its writing prompts and its book,
 * in a real browser: Arthur shares his river story in the book (Margaret and Edna
 * already have, in the demo); Priya posts a prompt; Arthur writes from it and
 * shares with the group, and the prompt lists it; Edna leaves a kind reply that
 * Arthur hides; the group orders the book, writes its introduction, lays it out
 * in the print view and downloads the PDF; Edna stops sharing in the book and the
 * very next request leaves her chapter out. Comms staff and admins, who are not
 * in the group, get 404 for all of it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, it } from 'vitest';
import type { BrowserContext, Cookie, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';
import { answer } from './support/stories.ts';

const SHOTS = process.env['HEARD_SHOTS'];

const RIVER = 'The night the river rose';
const KITCHEN = 'The kitchen on Fern Street';
const DANCING = 'Dancing at the Grafton';
const PROMPT = 'A day that changed things';
const MILL = 'The day the mill closed';
const REPLY = 'Thank you, Arthur. I remember the hooter going that morning too.';
const BOOK_TITLE = 'Where we grew up';

/** Saves a full-page screenshot when HEARD_SHOTS names a folder (for looking at the pages). */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Saves the area of the print view's first two laid-out pages when HEARD_SHOTS is set. */
async function shotFirstTwoPages(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const first = await page.locator('.pagedjs_page').nth(0).boundingBox();
  const second = await page.locator('.pagedjs_page').nth(1).boundingBox();
  if (!first || !second) throw new Error('The print view has fewer than two pages.');
  const x = Math.min(first.x, second.x) - 8;
  const y = first.y - 8;
  await page.screenshot({
    path: join(SHOTS, `${name}.png`),
    fullPage: true,
    clip: {
      x,
      y,
      width: Math.max(first.x + first.width, second.x + second.width) - x + 8,
      height: second.y + second.height - y + 8,
    },
  });
}

function editorOf(page: Page) {
  return page.locator('[contenteditable="true"]');
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
    .toMatch(/^Saved at /);
}

/** On a story's sharing page: shares it in one use (`#group`, `#book`) with the chosen name. */
async function shareThrough(
  page: Page,
  scope: 'group' | 'book',
  name: RegExp,
  link: string,
): Promise<void> {
  await page.locator(`#${scope}`).getByRole('link', { name: link }).click();
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Show me what people will see' }).click();
  await page.locator('.preview-frame').waitFor();
  await answer(page, 'Yes, share it');
  await page.waitForURL(new RegExp(`done=.*scope=${scope}`));
}

/** The chapter titles in the order the book page lists them. */
function chapterTitles(page: Page): Promise<string[]> {
  return page.locator('ol.chapter-list h3').allTextContents();
}

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

describeInBrowser('a group’s space, prompts and book', ({ server, browser }) => {
  it(
    'prompt, write, share, reply and hide, order the book, print, PDF, withdraw; outsiders get 404',
    {
      timeout: 300_000,
    },
    async () => {
      const base = server().url;
      const context = browser();
      const page = await context.newPage();
      const as = async (cookies: Cookie[]) => {
        await context.clearCookies();
        await context.addCookies(cookies);
      };

      // Sign-in links are limited to five an hour per client: each person signs in
      // once, and switching between them swaps their cookies.
      const priya = await cookiesOf(context, page, base, 'priya@demo.heard.test');
      const arthur = await cookiesOf(context, page, base, 'arthur@demo.heard.test');
      const edna = await cookiesOf(context, page, base, 'edna@demo.heard.test');

      // Arthur says yes to "the book" for his river story, through the sharing page.
      await as(arthur);
      await page.goto(`${base}/my`);
      await page
        .locator('.story-card', { hasText: RIVER })
        .getByRole('link', { name: 'Who can see it' })
        .click();
      await page.waitForURL(/\/sharing$/);
      expect(await page.locator('#book').textContent()).toContain('Share it in the book');
      await shareThrough(page, 'book', /My full name/, 'Share it in the book');
      await expectNoAxeViolations(page);

      // Priya opens the group from /my and posts a prompt.
      await as(priya);
      await page.goto(`${base}/my`);
      await page
        .locator('section', { has: page.locator('#groups-heading') })
        .getByRole('link', { name: 'Grandparents Group', exact: true })
        .click();
      await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
      const groupUrl = page.url();
      expect(await page.locator('h1').textContent()).toBe('Grandparents Group');
      const groupStories = page.locator('section', { has: page.locator('#stories-heading') });
      for (const title of [KITCHEN, DANCING, RIVER]) {
        expect(await groupStories.textContent()).toContain(title);
      }
      await expectNoAxeViolations(page);
      await shot(page, 'group-space');
      await page.getByLabel('A new prompt').fill(PROMPT);
      await page.getByRole('button', { name: 'Post the prompt' }).click();
      await page.waitForURL(/\/prompts\/[0-9a-f-]{36}$/);
      const promptUrl = page.url();
      expect(await page.locator('h1').textContent()).toBe(`“${PROMPT}”`);
      expect(await page.locator('main').textContent()).toContain(
        'No stories shared in answer yet.',
      );
      await expectNoAxeViolations(page);

      // Arthur finds the prompt in the group's space and writes from it.
      await as(arthur);
      await page.goto(groupUrl);
      await page.getByRole('link', { name: `“${PROMPT}”` }).click();
      await page.waitForURL(promptUrl);
      await page.getByRole('link', { name: 'Write a story from this prompt' }).click();
      await page.waitForURL(/\/write\?prompt=[0-9a-f-]{36}$/);
      expect(await page.getByLabel(`“${PROMPT}” (Grandparents Group)`).isChecked()).toBe(true);
      await page.getByLabel('Title').fill(MILL);
      await page.getByLabel('A life story').check();
      await page.getByRole('button', { name: 'Start writing' }).click();
      await page.waitForURL(/\/my\/stories\/[0-9a-f-]{36}$/);
      await editorOf(page).click();
      await page.keyboard.type(
        'The hooter went at nine and never went again. We all stood in the yard.',
      );
      await waitUntilSaved(page);

      // He shares it with the group; the prompt now lists it.
      await page.getByRole('link', { name: 'Who can see it' }).first().click();
      await page.waitForURL(/\/sharing$/);
      await shareThrough(page, 'group', /My first name only/, 'Share it with your group');
      await page.goto(promptUrl);
      const answers = page.locator('ul.story-list');
      expect(await answers.locator('h3').allTextContents()).toEqual([MILL]);
      expect(await answers.textContent()).toContain('By Arthur');
      expect(await answers.textContent()).toContain('The hooter went at nine');
      await expectNoAxeViolations(page);
      await shot(page, 'prompt');

      // Edna leaves a kind reply on it.
      await as(edna);
      await page.goto(groupUrl);
      await page.getByRole('link', { name: MILL }).click();
      await page.waitForURL(/\/groups\/[0-9a-f-]{36}\/stories\/[0-9a-f-]{36}$/);
      const millUrl = page.url();
      expect(await page.locator('main').textContent()).toContain(
        'Shared with Grandparents Group only',
      );
      await expectNoAxeViolations(page);
      await page.getByLabel('Leave a kind reply').fill(REPLY);
      await page.getByRole('button', { name: 'Send the reply' }).click();
      await page.waitForURL(/done=replied/);
      expect(await page.locator('.reply-list').textContent()).toContain(REPLY);
      // Only the writer may hide replies.
      expect(await page.getByRole('button', { name: 'Hide this reply' }).count()).toBe(0);
      await expectNoAxeViolations(page);
      await shot(page, 'group-story-replied');

      // Arthur, who wrote the story, hides it; he still sees it, marked as hidden.
      await as(arthur);
      await page.goto(millUrl);
      await page
        .locator('li.reply', { hasText: REPLY })
        .getByRole('button', { name: 'Hide this reply' })
        .click();
      await page.waitForURL(/done=hidden/);
      expect(await page.getByRole('status').textContent()).toContain('That reply is hidden.');
      expect(await page.locator('li.hidden-reply').textContent()).toContain(
        '(hidden: only you can see it)',
      );
      await expectNoAxeViolations(page);

      // Nobody else sees it any more: not Edna who wrote it, not Priya.
      for (const someone of [edna, priya]) {
        await as(someone);
        await page.goto(millUrl);
        expect(await page.locator('#replies').textContent()).not.toContain(REPLY);
        expect(await page.locator('#replies').textContent()).toContain('No replies yet.');
      }

      // Priya opens the book: three chapters, newest yes first.
      await page.goto(groupUrl);
      await page.getByRole('link', { name: 'Our book' }).click();
      await page.waitForURL(/\/book$/);
      const bookUrl = page.url();
      expect(await chapterTitles(page)).toEqual([RIVER, DANCING, KITCHEN]);
      expect(await page.locator('main').textContent()).toContain('No PDF has been made yet.');
      await expectNoAxeViolations(page);

      // The group moves Margaret's chapter up, and gives the book a title and introduction.
      await page.getByRole('button', { name: `Move up “${KITCHEN}”` }).click();
      await page.waitForURL(/done=moved/);
      expect(await chapterTitles(page)).toEqual([RIVER, KITCHEN, DANCING]);
      await page.getByRole('textbox', { name: 'Title', exact: true }).fill(BOOK_TITLE);
      await page
        .getByRole('textbox', { name: 'Introduction' })
        .fill('We wrote these together on the first Tuesday of every month.');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL(/done=saved/);
      expect(await page.getByRole('status').textContent()).toContain('Saved.');
      expect(await page.locator('h1').textContent()).toBe(`Our book: ${BOOK_TITLE}`);
      expect(await chapterTitles(page)).toEqual([RIVER, KITCHEN, DANCING]);
      await expectNoAxeViolations(page);
      await shot(page, 'book');

      // The print view lays the book out as pages, contents in the chosen order.
      await page.getByRole('link', { name: 'Open the print view' }).click();
      await page.waitForURL(/\/book\/print$/);
      await page.waitForFunction(() => document.documentElement.dataset['bookPages'], undefined, {
        timeout: 60_000,
      });
      const pages = Number(
        await page.evaluate(() => document.documentElement.dataset['bookPages']),
      );
      // Title, contents, introduction and three chapters, each opening on a right-hand page.
      expect(pages).toBeGreaterThanOrEqual(6);
      const entries = await page
        .locator('.book-contents .book-contents-entry')
        .evaluateAll((nodes: Element[]) =>
          nodes.map((node) => [
            node.firstChild?.textContent?.trim() ?? '',
            node.querySelector('.book-contents-name')?.textContent ?? '',
          ]),
        );
      expect(entries).toEqual([
        ['Introduction', ''],
        [RIVER, 'Arthur Boyle'],
        [KITCHEN, 'Margaret'],
        [DANCING, 'Rose'],
      ]);
      expect(await page.locator('.book-title-page h1').textContent()).toBe(BOOK_TITLE);
      await shotFirstTwoPages(page, 'print-first-two-pages');

      // The PDF holds the same book.
      const pdfUrl = `${bookUrl}/pdf`;
      await page.goto(bookUrl);
      expect(await page.getByRole('link', { name: 'Download the PDF' }).getAttribute('href')).toBe(
        new URL(pdfUrl).pathname,
      );
      const pdfResponse = await page.request.get(pdfUrl, { timeout: 90_000 });
      expect(pdfResponse.status()).toBe(200);
      expect(pdfResponse.headers()['content-type']).toBe('application/pdf');
      const pdf = await getDocumentProxy(new Uint8Array(await pdfResponse.body()));
      const { totalPages, text } = await extractText(pdf, { mergePages: false });
      expect(totalPages).toBe(pages);
      const whole = text.join('\n');
      expect(whole).toContain(BOOK_TITLE);
      expect(whole).toContain('Introduction');
      const contents = text.find((pageText) => pageText.includes('Contents')) ?? '';
      const positions = [RIVER, KITCHEN, DANCING].map((title) => contents.indexOf(title));
      expect(positions.every((at) => at >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      await page.reload();
      expect(await page.locator('main').textContent()).toContain(
        'Nothing has changed since the last PDF',
      );

      // Edna stops sharing her story in the book: one click and one confirmation.
      await as(edna);
      await page.goto(`${base}/my`);
      await page
        .locator('.story-card', { hasText: DANCING })
        .getByRole('link', { name: 'Who can see it' })
        .click();
      await page.waitForURL(/\/sharing$/);
      await page.locator('#book').getByRole('link', { name: 'Stop sharing' }).click();
      await answer(page, 'Yes, stop sharing');
      await page.waitForURL(/done=.*scope=book/);

      // The very next request for the book leaves her chapter out and says so.
      await page.goto(bookUrl);
      expect(await chapterTitles(page)).toEqual([RIVER, KITCHEN]);
      expect(await page.locator('main').textContent()).toContain('A chapter was taken out.');
      expect(await page.locator('main').textContent()).not.toContain(DANCING);
      await expectNoAxeViolations(page);
      await shot(page, 'book-after-withdrawal');
      const printAfter = await page.request.get(`${bookUrl}/print`);
      expect(await printAfter.text()).not.toContain(DANCING);

      // Comms staff and admins are not in the group: for them none of it is there.
      for (const email of ['sam@demo.heard.test', 'alex@demo.heard.test']) {
        await as(await cookiesOf(context, page, base, email));
        for (const url of [groupUrl, promptUrl, bookUrl, millUrl]) {
          const response = await page.goto(url);
          expect(response?.status(), `${email} asked for ${url}`).toBe(404);
          expect(await page.locator('main').textContent()).not.toContain(MILL);
        }
        for (const url of [`${bookUrl}/print`, pdfUrl]) {
          expect((await page.request.get(url)).status(), `${email} asked for ${url}`).toBe(404);
        }
      }
      await page.close();
    },
  );
});
