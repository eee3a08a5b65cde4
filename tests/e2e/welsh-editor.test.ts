/**
 * Writing in Welsh: a person who reads Heard in Welsh starts a story, and the
 * whole editor speaks Welsh (its toolbar, its text's name, its status line,
 * its hints); the story starts in Cymraeg, the language they write in, is
 * marked on the text with `lang` for spellcheck and screen readers, can be
 * changed in the editor, and is kept.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { CATALOGUES } from '#src/i18n/messages/index.ts';
import { editorOf } from './support/editor.ts';
import { newestLinkFor } from './support/sign-in.ts';

const EIRA = 'eira@demo.heard.test';
const LANGUAGE_LABEL = 'Yr iaith y mae’r stori hon wedi’i hysgrifennu ynddi';

async function waitUntilSavedInWelsh(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.ed-status').textContent(), { timeout: 15_000 })
    .toMatch(/^Wedi’i gadw am \d\d:\d\d$/);
}

/** Chooses a language in the editor and waits until it is saved. */
async function chooseLanguage(page: Page, tag: string, name: string): Promise<void> {
  await page.getByLabel(LANGUAGE_LABEL).selectOption(tag);
  await expect
    .poll(() => page.locator('.ed-language [role="status"]').textContent())
    .toBe(`Wedi’i gadw. Iaith y stori hon: ${name}.`);
}

describeInBrowser('writing in Welsh', ({ server, browser }) => {
  it('the editor speaks Welsh, and the story is written in Cymraeg', async () => {
    const base = server().url;
    const page = await browser().newPage();
    // Eira reads Heard in Welsh (her account's language), and asks for her link in Welsh.
    await page.goto(`${base}/cy/signin`);
    await page.getByLabel(CATALOGUES.cy['accounts.signIn.form.email']).fill(EIRA);
    await page.getByRole('button', { name: CATALOGUES.cy['accounts.signIn.form.send'] }).click();
    await page.waitForURL(/\/signin\/check-email$/);
    await page.goto(await newestLinkFor(page, base, EIRA));
    // "Start a story" is a public page, in the language of its address.
    await page.goto(`${base}/cy/write`);
    expect(await page.locator('html').getAttribute('lang'), page.url()).toBe('cy');
    await page.locator('#title').fill('Ciniawau dydd Sul');
    await page.locator('input[name="kind"][value="life_story"]').check();
    await page.getByRole('button', { name: 'Dechrau ysgrifennu' }).click();
    await page.waitForURL(/\/my\/stories\/[0-9a-f-]{36}$/);
    const editor = editorOf(page);
    await editor.waitFor();

    // The editor in Welsh.
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.getByRole('toolbar', { name: 'Fformatio' }).count()).toBe(1);
    for (const button of ['Pennawd', 'Trwm', 'Italig', 'Rhestr bwledi', 'Dolen', 'Recordio']) {
      expect(await page.getByRole('button', { name: button, exact: true }).count(), button).toBe(1);
    }
    expect(await editor.getAttribute('aria-label')).toBe('Eich stori');
    expect(await page.locator('.ed-placeholder').textContent()).toBe('Dechreuwch ysgrifennu yma…');
    expect(await page.getByRole('complementary', { name: 'Manylion preifat' }).count()).toBe(1);
    await expect.poll(() => page.locator('.ed-status').textContent()).toBe('Heb ei gadw eto');
    await page.getByRole('button', { name: 'Marcio’n breifat', exact: true }).click();
    expect(await page.locator('.ed-hint--callout').textContent()).toBe(
      'Yn gyntaf, dewiswch y geiriau rydych chi am eu marcio’n breifat, yna pwyswch “Marcio’n breifat”.',
    );

    // A new story starts in the language its writer reads Heard in.
    const select = page.getByLabel(LANGUAGE_LABEL);
    expect(await select.inputValue()).toBe('cy');
    expect(await editor.getAttribute('lang')).toBe('cy');
    // Each language is named in itself, in its own language.
    expect(await select.locator('option[value="pl"]').textContent()).toBe('Polski');
    expect(await select.locator('option[value="pl"]').getAttribute('lang')).toBe('pl');
    await expectNoAxeViolations(page);

    await editor.click();
    await page.keyboard.type('Roedd fy mrawd Tom bob amser yn torri’r cig.');
    await waitUntilSavedInWelsh(page);

    // Changed in the editor: the text takes the language at once, and it is kept.
    await chooseLanguage(page, 'en', 'English');
    expect(await editor.getAttribute('lang')).toBe('en');
    await chooseLanguage(page, 'cy', 'Cymraeg');
    expect(await editor.getAttribute('lang')).toBe('cy');

    await page.reload();
    await editor.waitFor();
    expect(await editor.textContent()).toContain('Roedd fy mrawd Tom bob amser yn torri’r cig.');
    expect(await page.getByLabel(LANGUAGE_LABEL).inputValue()).toBe('cy');
    expect(await editor.getAttribute('lang')).toBe('cy');
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('cy');
    expect(await page.locator('.ed-status').textContent()).toBe('Wedi’i gadw');
    await page.close();
  });
});
