/**
 * Consent that tells the truth, in the browser: every consent question opens
 * with focus on the question, and each of its answers costs exactly the same
 * key presses (and none is pre-chosen or styled as the expected one); the yes
 * records exactly what the preview showed; the preview of a story written
 * together is the page readers get; each writer's page says what is really so;
 * an invitation is an invitation until it is answered; and the confirmation is
 * where the person is.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMonthsToDay, calendarDayOf, formatCalendarDay } from '#src/domain/calendar.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';
import { answer, expectAnswersAlike } from './support/stories.ts';

const ZONE = 'Europe/London';

/** The id of a story from its title, on its writer's "My stories". */
async function storyIdOf(page: Page, base: string, title: string): Promise<string> {
  await page.goto(`${base}/my`);
  const href = await page
    .getByRole('link', { name: title, exact: true })
    .first()
    .getAttribute('href');
  const id = /\/my\/stories\/([0-9a-f-]{36})/.exec(href ?? '')?.[1];
  expect(id, `“${title}” is not on My stories`).toBeTruthy();
  return id ?? '';
}

/** What has focus, described for a failure message. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name =
      element instanceof HTMLInputElement ? element.value : (element.textContent ?? '').trim();
    return `${element.tagName.toLowerCase()}.${element.className} “${name.slice(0, 60)}”`;
  });
}

/**
 * Opens a consent question and answers it by keyboard alone, counting key
 * presses from the moment the page opens: Tab to the answers, Space or arrows
 * to choose, Tab to the button, Enter. Unless `send`, stops before Enter (and
 * counts it), so the question can be asked again.
 */
async function answerByKeyboard(
  page: Page,
  url: string,
  label: string,
  send: boolean,
): Promise<number> {
  await page.goto(url);
  // The browser moves focus to an autofocus element at its next rendering step.
  await page
    .waitForFunction(() => document.activeElement?.matches('legend.decision-question'), null, {
      timeout: 5000,
    })
    .catch(() => undefined);
  expect(await focused(page), `${url}: focus is not on the question`).toMatch(
    /^legend\.decision-question/,
  );
  let presses = 0;
  const form = page.locator('form.decision-form', { has: page.locator(':focus') });
  const radios = form.getByRole('radio');
  const labels: string[] = [];
  for (let index = 0; index < (await radios.count()); index += 1) {
    labels.push(
      (await radios.nth(index).evaluate((el) => el.getAttribute('aria-labelledby'))) ?? '',
    );
  }
  const names = await Promise.all(labels.map((id) => page.locator(`[id="${id}"]`).textContent()));
  const target = names.map((name) => (name ?? '').trim()).indexOf(label);
  expect(target, `${url}: no answer “${label}” among ${names.join(' / ')}`).toBeGreaterThanOrEqual(
    0,
  );
  const isRadio = () =>
    page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
  while (!(await isRadio())) {
    await page.keyboard.press('Tab');
    presses += 1;
    expect(presses, `${url}: no answer within 30 Tabs`).toBeLessThan(30);
  }
  // Tabbing into a group with nothing chosen lands on its first answer: Space
  // chooses it; an arrow moves to (and chooses) the next, wrapping round.
  const n = labels.length;
  if (target === 0) {
    await page.keyboard.press('Space');
    presses += 1;
  } else if (target <= n - target) {
    for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
    presses += target;
  } else {
    for (let step = 0; step < n - target; step += 1) await page.keyboard.press('ArrowUp');
    presses += n - target;
  }
  expect(await radios.nth(target).isChecked(), `${url}: “${label}” was not chosen`).toBe(true);
  const onButton = () =>
    page.evaluate(() => document.activeElement?.matches('form.decision-form button') ?? false);
  while (!(await onButton())) {
    await page.keyboard.press('Tab');
    presses += 1;
    expect(presses, `${url}: the button is out of reach`).toBeLessThan(40);
  }
  presses += 1; // Enter
  if (send) {
    const before = page.url();
    await Promise.all([
      page.waitForURL((address) => address.href !== before, { waitUntil: 'load' }),
      page.keyboard.press('Enter'),
    ]);
  }
  return presses;
}

/** The confirmation has focus, says what happened, and is on screen. */
async function expectConfirmationInView(page: Page, words: RegExp): Promise<void> {
  await page.waitForLoadState('load');
  await page
    .waitForFunction(() => document.activeElement?.matches('[role="status"]'), null, {
      timeout: 5000,
    })
    .catch(() => undefined);
  const notice = page.locator('[role="status"]:focus');
  expect(await notice.count(), `focus is on ${await focused(page)}`).toBe(1);
  expect(await notice.textContent()).toMatch(words);
  const box = await notice.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(box && box.y >= 0 && box.y + box.height <= height, 'the confirmation is off screen').toBe(
    true,
  );
}

describeInBrowser('consent that tells the truth', ({ server, browser }) => {
  it('every consent question: focus on the question, and each answer the same key presses', async () => {
    const base = server().url;
    const page = await browser().newPage();
    const counts: Record<string, number[]> = {};
    const count = async (screen: string, url: string, labels: string[], sendLast: boolean) => {
      await page.goto(url);
      await expectAnswersAlike(page, labels);
      await expectNoAxeViolations(page);
      const presses: number[] = [];
      for (const [index, label] of labels.entries()) {
        const send = sendLast && index === labels.length - 1;
        presses.push(await answerByKeyboard(page, url, label, send));
      }
      counts[screen] = presses;
    };

    // Edna: share (the preview's question), stop, and keep sharing for longer.
    await signIn(page, base, 'edna@demo.heard.test');
    const dancing = await storyIdOf(page, base, 'Dancing at the Grafton');
    const sharing = `${base}/my/stories/${dancing}/sharing`;
    await count(
      'share',
      `${sharing}?share=press&name=pseudonym&months=12`,
      ['No, do not share it', 'Yes, share it'],
      true,
    );
    await expectConfirmationInView(page, /Done\./);
    await count('stop', `${sharing}?stop=press`, ['No, keep sharing', 'Yes, stop sharing'], true);
    await expectConfirmationInView(page, /Done\./);
    await count('renew', `${sharing}?renew=book`, ['Yes, keep sharing', 'No, let it end'], true);
    await expectConfirmationInView(page, /Nothing changed\./);

    // Margaret: a request to use her story, and an invitation to write together.
    await browser().clearCookies();
    await signIn(page, base, 'margaret@demo.heard.test');
    await page.goto(`${base}/my/requests`);
    const request = await page
      .getByRole('link', { name: 'See exactly what they ask, and answer' })
      .first()
      .getAttribute('href');
    await count(
      'request',
      `${base}${request ?? ''}`,
      ['Yes', 'Yes, but without my name', 'No'],
      true,
    );
    await expectConfirmationInView(page, /You said no\./);
    await page.goto(`${base}/my`);
    const invitation = await page
      .getByRole('link', { name: 'Read the invitation and answer' })
      .getAttribute('href');
    await count(
      'invitation',
      `${base}${invitation ?? ''}`,
      ['Yes, write it together', 'No, thank you'],
      false,
    );

    // Donna: a young person's yes that waits for her, and one she may stop.
    await browser().clearCookies();
    await signIn(page, base, 'donna@demo.heard.test');
    await page.goto(`${base}/my/approvals`);
    const waiting = await page
      .getByRole('link', { name: 'Read it and answer' })
      .first()
      .getAttribute('href');
    await count(
      'guardian approve',
      `${base}${waiting ?? ''}`,
      ['Yes, I agree', 'No, I do not agree'],
      false,
    );
    await page.goto(`${base}/my/approvals`);
    const shared = await page
      .locator('.story-card', { hasText: 'on the public website' })
      .getByRole('link', { name: 'Stop sharing' })
      .getAttribute('href');
    await count(
      'guardian stop',
      `${base}${shared ?? ''}`,
      ['Yes, stop sharing', 'No, keep sharing'],
      true,
    );
    await expectConfirmationInView(page, /Nothing changed\./);

    // Leah, 18 now: keep or stop what she shared at 17.
    await browser().clearCookies();
    await signIn(page, base, 'leah@demo.heard.test');
    await count(
      'turning 18',
      `${base}/my/turning-18`,
      ['Yes, keep sharing it', 'No, stop sharing it'],
      false,
    );

    // Every answer on every question: the same presses (Tab, choose, Tab, Enter).
    const all = Object.values(counts).flat();
    expect(counts, JSON.stringify(counts)).toEqual(
      Object.fromEntries(
        Object.entries(counts).map(([screen, list]) => [screen, list.map(() => 4)]),
      ),
    );
    expect(new Set(all).size).toBe(1);
    await page.close();
  });

  it('the yes records exactly what the preview showed, and a changed form is refused', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'margaret@demo.heard.test');
    const kitchen = await storyIdOf(page, base, 'The kitchen on Fern Street');
    const sharing = `${base}/my/stories/${kitchen}/sharing`;
    await page.goto(`${sharing}?share=training`);
    await page.getByRole('radio', { name: /My first name only/ }).check();
    await page.getByLabel('How long for?').selectOption('3');
    await page.getByRole('button', { name: 'Show me what people will see' }).click();
    // On the question, the name and the time can no longer be changed in place.
    expect(await page.getByRole('radio', { name: /My full name/ }).count()).toBe(0);
    expect(await page.getByLabel('How long for?').count()).toBe(0);
    const lastDay = formatCalendarDay(addMonthsToDay(calendarDayOf(new Date(), ZONE), 3));
    expect(await page.locator('.chosen').textContent()).toContain(lastDay);

    // Someone (or something) changes the hidden choices: nothing is shared.
    await page.evaluate(() => {
      const form = document.querySelector('form.decision-form');
      form
        ?.querySelector<HTMLInputElement>('input[name="anonymity"]')
        ?.setAttribute('value', 'named');
      form?.querySelector<HTMLInputElement>('input[name="months"]')?.setAttribute('value', '1');
    });
    await answer(page, 'Yes, share it');
    expect(await page.locator('[role="alert"]').textContent()).toContain(
      'This changed since you looked at the preview, so nothing was shared.',
    );
    await page.goto(sharing);
    expect(await page.locator('#training').textContent()).toContain('Not shared');

    // The real yes: exactly first name, to the last day shown.
    await page.goto(`${sharing}?share=training`);
    await page.getByRole('radio', { name: /My first name only/ }).check();
    await page.getByLabel('How long for?').selectOption('3');
    await page.getByRole('button', { name: 'Show me what people will see' }).click();
    await answer(page, 'Yes, share it');
    await page.waitForURL(/done=/);
    await expectConfirmationInView(page, /Done\./);
    expect(await page.locator('#training').textContent()).toContain(
      `as “Margaret”, until ${lastDay}`,
    );
    await page.getByRole('link', { name: 'See your receipt' }).click();
    const receipt = (await page.locator('main').textContent()) ?? '';
    expect(receipt).toContain(lastDay);
    expect(receipt).toContain('Margaret');
    expect(receipt).not.toContain('Margaret Ellis');
    await page.close();
  });

  it('written together: an invitation first, the preview is the page, and each page says what is so', async () => {
    const base = server().url;
    const margaret = await browser().newPage();
    await signIn(margaret, base, 'margaret@demo.heard.test');
    // Invited, not yet a writer: no story in her list, and its pages are not hers.
    await margaret.goto(`${base}/my`);
    const stories = margaret.locator('section, main').getByRole('link', {
      name: 'The coach trip to Llandudno',
      exact: true,
    });
    expect(await stories.count()).toBe(0);
    const invitation =
      (await margaret
        .getByRole('link', { name: 'Read the invitation and answer' })
        .getAttribute('href')) ?? '';
    const coach = invitation.split('/').at(-1) ?? '';
    for (const path of [`/my/stories/${coach}`, `/my/stories/${coach}/sharing`]) {
      expect((await margaret.goto(`${base}${path}`))?.status(), path).toBe(404);
    }
    await margaret.goto(`${base}${invitation}`);
    await expectAnswersAlike(margaret, ['Yes, write it together', 'No, thank you']);
    await answer(margaret, 'Yes, write it together');
    await margaret.waitForURL(new RegExp(`/my/stories/${coach}$`));

    // Arthur says yes first: his page says it waits for Margaret, by name.
    await browser().clearCookies();
    const arthur = await browser().newPage();
    await signIn(arthur, base, 'arthur@demo.heard.test');
    await arthur.goto(`${base}/my/stories/${coach}/sharing?share=public_site&name=named&months=12`);
    expect(await arthur.locator('.preview-frame .meta').first().textContent()).toBe(
      'By Arthur Boyle and another writer',
    );
    await answer(arthur, 'Yes, share it');
    await arthur.waitForURL(/done=/);
    const arthurCard = arthur.locator('#public_site');
    expect(await arthurCard.textContent()).toContain('It is not shared yet.');
    expect(await arthurCard.textContent()).toContain('Waiting for Margaret.');
    await arthur.close();

    // Margaret hears of it, and her preview is exactly the page readers get.
    await browser().clearCookies();
    await signIn(margaret, base, 'margaret@demo.heard.test');
    await margaret.goto(`${base}/my`);
    expect(await margaret.locator('main').textContent()).toContain(
      'Arthur said yes to sharing “The coach trip to Llandudno” on the public website.',
    );
    await margaret.goto(`${base}/my/stories/${coach}/sharing`);
    expect(await margaret.locator('#public_site').textContent()).toContain(
      'Arthur said yes to sharing it on the public website. It is shared only if you say yes too.',
    );
    await margaret.goto(
      `${base}/my/stories/${coach}/sharing?share=public_site&name=first_name&months=12`,
    );
    const previewByline = await margaret.locator('.preview-frame .meta').first().textContent();
    expect(previewByline).toBe('By Arthur Boyle and Margaret');
    const previewTitle = await margaret.locator('.preview-frame .reader-title').textContent();
    const previewText = await margaret.locator('.preview-frame .story-text').innerHTML();
    await answer(margaret, 'Yes, share it');
    await margaret.waitForURL(/done=/);
    expect(await margaret.locator('#public_site').textContent()).toContain(
      'On the public website since',
    );
    await margaret.goto(`${base}/`);
    await margaret.getByRole('link', { name: 'The coach trip to Llandudno' }).first().click();
    expect(await margaret.locator('main .meta').first().textContent()).toBe(previewByline);
    expect(await margaret.locator('h1').textContent()).toBe(previewTitle);
    expect(await margaret.locator('main .story-text').innerHTML()).toBe(previewText);
    const publicUrl = margaret.url();

    // Arthur stops it: Margaret's page says who stopped it, and it is gone.
    await browser().clearCookies();
    const again = await browser().newPage();
    await signIn(again, base, 'arthur@demo.heard.test');
    await again.goto(`${base}/my/stories/${coach}/sharing?stop=public_site`);
    await answer(again, 'Yes, stop sharing');
    await again.waitForURL(/done=/);
    await again.close();
    expect((await margaret.goto(publicUrl))?.status()).toBe(410);
    await browser().clearCookies();
    await signIn(margaret, base, 'margaret@demo.heard.test');
    await margaret.goto(`${base}/my/stories/${coach}/sharing`);
    const card = (await margaret.locator('#public_site').textContent()) ?? '';
    expect(card).toMatch(/Arthur stopped sharing it on \d{1,2} \w+ \d{4}, so it is not shared\./);
    expect(card).not.toContain('On the public website since');
    await margaret.close();
  });

  it('a parent’s stop is named as theirs, and nothing on the sharing page is the expected choice', async () => {
    const base = server().url;
    const kayla = await browser().newPage();
    await signIn(kayla, base, 'kayla@demo.heard.test');
    const shift = await storyIdOf(kayla, base, 'Saturday Shift');
    await kayla.goto(`${base}/my/stories/${shift}/sharing`);
    expect(await kayla.locator('#training').textContent()).toMatch(
      /Donna, your parent or carer, stopped sharing it in training for staff and volunteers on /,
    );
    expect(await kayla.locator('#newsletter').textContent()).toContain(
      'Waiting for your parent or carer.',
    );
    // No use's button is filled in as the one to press: they all look alike.
    const buttons = kayla.locator('.scope-card .button');
    expect(await buttons.count()).toBeGreaterThan(8);
    const looks = await buttons.evaluateAll((elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return `${style.backgroundColor} ${style.color} ${style.borderColor}`;
      }),
    );
    expect(new Set(looks).size).toBe(1);
    await kayla.close();
  });
});
