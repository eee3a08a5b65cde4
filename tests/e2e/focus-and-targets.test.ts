/**
 * Where focus goes and how big things are to press:
 * - the editor's toolbar is one Tab stop with arrow keys inside, so the text is
 *   a few Tabs from the top (it was 21);
 * - "Add a photo" moves focus into its form and Escape closes it;
 * - after a form is sent, focus is on what happened (a notice, or the problems);
 * - file choosers, checkboxes and radios are at least 24 × 24 px (WCAG 2.5.8);
 * - signed in on a 390 px phone, the header is one row with a "Menu" that opens
 *   from the keyboard and holds every link, also with larger text.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';

function editorOf(page: Page) {
  return page.locator('[contenteditable="true"]');
}

/** What has focus: its tag, role, accessible-ish name and classes. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      role: element?.getAttribute('role') ?? '',
      type: element?.getAttribute('type') ?? '',
      text: (element?.textContent ?? '').trim().slice(0, 80),
      className: element?.className ?? '',
    };
  });
}

/** Presses Tab from the top of the page until `done` or `limit` presses; returns the count. */
async function tabsUntil(page: Page, done: () => Promise<boolean>, limit = 40): Promise<number> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await done()) return presses;
  }
  return Number.POSITIVE_INFINITY;
}

async function size(page: Page, selector: string): Promise<{ width: number; height: number }[]> {
  return page.locator(selector).evaluateAll((elements: Element[]) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { width: Math.round(box.width), height: Math.round(box.height) };
    }),
  );
}

describeInBrowser('focus and targets', ({ server, browser }) => {
  it('the editor: a toolbar of one Tab stop, the photo form, and results that take focus', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, base, 'margaret@demo.heard.test');
    await page.goto(`${base}/my`);
    await page.getByRole('link', { name: 'The kitchen on Fern Street' }).click();
    await editorOf(page).locator('p').first().waitFor();

    // Skip link, brand, four header links and the other language, five story
    // links (the answers from services among them), the toolbar, the text.
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    const presses = await tabsUntil(page, async () => (await focused(page)).role === 'textbox');
    expect(presses).toBeLessThanOrEqual(14);
    expect(
      await toolbar
        .locator('button')
        .evaluateAll((buttons: Element[]) =>
          buttons.map((button) => (button as HTMLElement).tabIndex),
        ),
    ).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
    // Arrow keys move along the toolbar; Home and End go to its ends; Tab leaves it.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Heading');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).text).toBe('Bold');
    await page.keyboard.press('End');
    expect((await focused(page)).text).toBe('Mark as private');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).text).toBe('Heading');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    expect((await focused(page)).role).toBe('textbox');
    // The toolbar remembers where you were: back in, it is on Bold.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Bold');

    // Add a photo: focus goes into the form, on the file chooser; Escape closes it.
    // It is before "Record" and "Mark as private" at the end.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).text).toBe('Record');
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).text).toBe('Add a photo');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'input', type: 'file' });
    // Large enough to press: the file chooser and the checkbox.
    for (const box of await size(
      page,
      '.editor-form input[type="file"], .editor-form input[type="checkbox"]',
    )) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect((await size(page, '.editor-form input[type="file"]'))[0]?.height).toBeGreaterThanOrEqual(
      44,
    );
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.locator('.editor-form').waitFor({ state: 'detached' });
    expect((await focused(page)).role).toBe('textbox');

    // A form sent: the title, themes and notes. Focus lands on "Saved."
    await page.getByText('Title, themes and content notes').click();
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.waitForLoadState('load');
    expect(await focused(page)).toMatchObject({ role: 'status', text: 'Saved.' });

    // A form sent with a problem: focus lands on the problems.
    await page.goto(`${base}/write`);
    await page.getByRole('button', { name: 'Start writing' }).click();
    await page.waitForLoadState('load');
    const problem = await focused(page);
    expect(problem.role).toBe('alert');
    expect(problem.text).toContain('Please give your story a title');
    // The prompt radios and kind radios are full size however long their labels.
    for (const box of await size(page, 'input[type="radio"], input[type="checkbox"]')) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a 390 px phone: one header row, a Menu the keyboard opens, every link inside', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await signIn(page, base, 'alex@demo.heard.test');
    const expected = [
      'Stories',
      'My stories',
      'Staff',
      'People',
      'Groups',
      'Settings',
      'My account',
      'Cymraeg',
      'Sign out',
    ];
    for (const larger of [false, true]) {
      if (larger) {
        await page.goto(`${base}/my/account`);
        await page.getByLabel('Larger text').check();
        await page.getByRole('button', { name: 'Save my changes' }).click();
        await page.waitForURL(/\/my\/account/);
        expect(await page.locator('html').getAttribute('class')).toContain('larger-text');
      }
      await page.goto(`${base}/my`);
      const header = await page.locator('header.site-header').boundingBox();
      expect(header?.height ?? 999, larger ? 'with larger text' : 'default text').toBeLessThan(
        larger ? 110 : 90,
      );
      const menu = page.getByRole('navigation', { name: 'Main' });
      expect(await menu.getByRole('link').count()).toBe(0); // closed
      // Skip link, brand, then the Menu: opened with the keyboard.
      await tabsUntil(page, async () => (await focused(page)).text === 'Menu');
      await page.keyboard.press('Enter');
      const names: string[] = [];
      for (let step = 0; step < expected.length; step++) {
        await page.keyboard.press('Tab');
        names.push((await focused(page)).text);
      }
      expect(names).toEqual(expected);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await expectNoAxeViolations(page);
    }
    await page.close();
  });
});
