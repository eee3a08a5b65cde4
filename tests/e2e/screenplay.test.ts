/**
 * A film script looks like a script wherever it is shown. Margaret types a
 * script in lower case with the keyboard alone ("INT."/"CUT TO:" become a scene
 * heading and a transition as she types; a character's name is offered from
 * the ones she used), shares it, and every place it is read (the public page,
 * the sharing preview, her history, the group space) has the editor's
 * elements with the editor's computed layout, in one `.screenplay` wrapper;
 * the book's print view has the same elements at print sizes. On a phone the
 * element buttons stay in reach and nothing spills sideways.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';
import { answer } from './support/stories.ts';

const TITLE = 'Corridor';

/** What the comparison reads of each script element. */
const LAYOUT = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'lineHeight',
  'textTransform',
  'textAlign',
  'marginTop',
  'marginLeft',
  'maxWidth',
] as const;

interface ElementLayout {
  readonly className: string;
  readonly text: string;
  readonly style: Readonly<Record<string, string>>;
}

/** Every element of the one script on the page: classes, words and computed layout. */
async function scriptLayout(page: Page, scope = 'body'): Promise<ElementLayout[]> {
  return page.locator(scope).evaluate(
    (root: Element, properties: readonly string[]) => {
      const scripts = root.querySelectorAll('.screenplay');
      if (scripts.length !== 1) throw new Error(`${scripts.length} .screenplay wrappers`);
      return [...(scripts[0]?.children ?? [])].map((element) => {
        const computed = getComputedStyle(element);
        return {
          className: element.className,
          text: element.textContent ?? '',
          style: Object.fromEntries(
            properties.map((name) => [
              name,
              computed.getPropertyValue(
                name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
              ),
            ]),
          ),
        };
      });
    },
    [...LAYOUT],
  );
}

function editorOf(page: Page) {
  return page.locator('[contenteditable="true"]');
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
    .toMatch(/^Saved at /);
}

/** Shares the story in one use at "first name", through the sharing page. */
async function share(page: Page, sharingUrl: string, scope: string, link: string): Promise<void> {
  await page.goto(sharingUrl);
  await page.locator(`#${scope}`).getByRole('link', { name: link }).click();
  await page.getByRole('radio', { name: /My first name only/ }).check();
  await page.getByRole('button', { name: 'Show me what people will see' }).click();
  await answer(page, 'Yes, share it');
  await page.waitForURL(/done=/);
}

const TYPED = [
  ['sp sp-scene', 'int. school corridor - day'],
  ['sp sp-action', 'Lockers slam. Jay walks against the crowd.'],
  ['sp sp-character', 'jay'],
  ['sp sp-parenthetical', '(quietly)'],
  ['sp sp-dialogue', 'Four more hours.'],
  ['sp sp-character', 'kayla'],
  ['sp sp-dialogue', 'You are late.'],
  ['sp sp-character', 'JAY'],
  ['sp sp-dialogue', 'The bus broke down.'],
  ['sp sp-transition', 'cut to:'],
  ['sp sp-scene', 'ext. bus stop - night'],
];

describeInBrowser('a film script, written and read', ({ server, browser }) => {
  it('typed with the keyboard, then read everywhere with the editor’s layout', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, base, 'margaret@demo.heard.test');
    await page.goto(`${base}/write`);
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('A film script').check();
    await page.getByLabel('Which group is it for? (optional)').selectOption({
      label: 'Grandparents Group',
    });
    await page.getByRole('button', { name: 'Start writing' }).click();
    await page.waitForURL(/\/my\/stories\/[0-9a-f-]{36}$/);
    const storyUrl = page.url();
    const editor = editorOf(page);
    await editor.click();

    const keys = page.keyboard;
    await keys.type('int. school corridor - day');
    await keys.press('Enter'); // scene heading → action
    await keys.type('Lockers slam. Jay walks against the crowd.');
    await keys.press('Enter');
    await keys.press('Tab'); // action → character
    await keys.type('jay');
    await keys.press('Enter'); // character → dialogue
    await keys.type('(quietly)'); // "(" on empty dialogue → parenthetical
    await keys.press('Enter'); // parenthetical → dialogue
    await keys.type('Four more hours.');
    await keys.press('Enter'); // dialogue → character
    await keys.type('kayla');
    await keys.press('Enter');
    await keys.type('You are late.');
    await keys.press('Enter');
    // An empty cue offers every name used so far; "j" narrows it to JAY.
    const offered = page.getByRole('listbox', { name: 'Names in this script:' });
    await expect
      .poll(() => offered.getByRole('option').allTextContents())
      .toEqual(['JAY', 'KAYLA']);
    await expectNoAxeViolations(page);
    await keys.type('j');
    await expect.poll(() => offered.getByRole('option').allTextContents()).toEqual(['JAY']);
    await keys.press('ArrowDown');
    expect(await editor.getAttribute('aria-activedescendant')).toBe(
      await offered.getByRole('option', { name: 'JAY' }).getAttribute('id'),
    );
    await keys.press('Enter'); // takes the name
    await keys.press('Enter'); // character → dialogue
    await keys.type('The bus broke down.');
    await keys.press('Enter'); // → character
    await keys.type('cut to:'); // becomes a transition as it is typed
    await keys.press('Enter'); // transition → scene heading
    await keys.type('ext. bus stop - night');

    const written = await scriptLayout(page, '.ed-page');
    expect(written.map((element) => [element.className, element.text])).toEqual(TYPED);
    await waitUntilSaved(page);
    await expectNoAxeViolations(page);

    // Shared with the public, the group and the book.
    const sharingUrl = `${storyUrl}/sharing`;
    await share(page, sharingUrl, 'public_site', 'Share it on the public website');
    await share(page, sharingUrl, 'group', 'Share it with your group');
    await share(page, sharingUrl, 'book', 'Share it in the book');

    const editorLayout = written.map(({ className, style }) => ({ className, style }));
    const readers: [string, string, string][] = [];
    await page.goto(base);
    const publicPath = await page
      .getByRole('link', { name: TITLE, exact: true })
      .getAttribute('href');
    readers.push(['the public page', `${base}${publicPath ?? ''}`, 'article']);
    // The newest version in the history: a slow machine may have saved more than once while typing.
    await page.goto(`${storyUrl}/history`);
    const newest = await page.locator('main a[href*="/history/"]').first().getAttribute('href');
    readers.push(['the history', `${base}${newest ?? ''}`, 'main']);
    await page.goto(`${base}/my`);
    const groupPath = await page.locator('a[href^="/groups/"]').first().getAttribute('href');
    await page.goto(`${base}${groupPath ?? ''}`);
    const groupStory = await page.getByRole('link', { name: TITLE }).first().getAttribute('href');
    readers.push(['the group space', `${base}${groupStory ?? ''}`, 'main']);

    for (const [where, url, scope] of readers) {
      await page.goto(url);
      const read = await scriptLayout(page, scope);
      expect(
        read.map(({ className, style }) => ({ className, style })),
        `${where} lays the script out as the editor does`,
      ).toEqual(editorLayout);
      expect(read.map((element) => element.text)).toEqual(TYPED.map(([, text]) => text));
      // Typed in lower case; headings, cues and transitions read in capitals.
      expect(await page.locator('.screenplay .sp-scene').first().innerText()).toBe(
        'INT. SCHOOL CORRIDOR - DAY',
      );
      expect(await page.locator('.screenplay .sp-character').first().innerText()).toBe('JAY');
      expect(await page.locator('.screenplay .sp-transition').innerText()).toBe('CUT TO:');
      await expectNoAxeViolations(page);
    }

    // The sharing preview is the same renderer and the same stylesheet.
    await page.goto(`${sharingUrl}?share=newsletter`);
    await page.getByRole('radio', { name: /My first name only/ }).check();
    await page.getByRole('button', { name: 'Show me what people will see' }).click();
    const preview = await scriptLayout(page, '.preview-frame');
    expect(preview.map(({ className, style }) => ({ className, style }))).toEqual(editorLayout);

    // The book's print view: the same elements, at print sizes, still a script.
    await page.goto(`${base}${groupPath ?? ''}/book/print`);
    await page.waitForFunction(
      () => document.documentElement.dataset['bookPages'] !== undefined,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const printed = await scriptLayout(page, 'main');
    expect(printed.map((element) => element.className)).toEqual(TYPED.map(([name]) => name));
    const indent = (name: string) =>
      parseFloat(printed.find((element) => element.className === name)?.style['marginLeft'] ?? '0');
    expect(indent('sp sp-character')).toBeGreaterThan(indent('sp sp-parenthetical'));
    expect(indent('sp sp-parenthetical')).toBeGreaterThan(indent('sp sp-dialogue'));
    expect(indent('sp sp-dialogue')).toBeGreaterThan(0);
    expect(
      printed.find((element) => element.className === 'sp sp-transition')?.style,
    ).toMatchObject({
      textAlign: 'right',
      textTransform: 'uppercase',
    });
    await page.close();
  });

  it('on a phone: element buttons stay in reach, and the script fits the screen', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await page.setViewportSize({ width: 390, height: 700 });
    await signIn(page, base, 'kayla@demo.heard.test');
    await page.goto(`${base}/my`);
    await page.getByRole('link', { name: 'Two Buses Home' }).click();
    await page.waitForURL(/\/my\/stories\//);
    const editor = editorOf(page);
    await editor.locator('p').first().waitFor();
    await editor.locator('p').last().click();
    await page.keyboard.press('End');
    // Write on until the page scrolls: the buttons stay at the top of the screen.
    for (let line = 0; line < 14; line++) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(`Line ${line} of the scene goes on.`);
    }
    const toolbar = page.getByRole('toolbar', { name: 'Script elements' });
    const transition = toolbar.getByRole('button', { name: 'Transition' });
    const box = await transition.boundingBox();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThan(200);
    await transition.scrollIntoViewIfNeeded();
    await transition.click();
    expect(await editor.locator('p').last().getAttribute('class')).toBe('sp sp-transition');
    expect(await transition.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await expectNoAxeViolations(page);
    await page.close();
  });
});
