/**
 * The identification check in a real browser: Margaret shares a story
 * anonymously that names her street and her grandson; the preview lists both;
 * "Mark as private" opens the replacement form with a suggestion and marks
 * them; the public page shows the replacements, never the words.
 */
import { expect, it } from 'vitest';
import type { SerializedEditorState } from 'lexical';
import { fromFountain } from '#src/editor/fountain.ts';
import { editorStateFromParagraphs } from '#src/editor/plain-text.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';
import { signIn } from './support/sign-in.ts';
import { answer, publicPathOf, saveStory, startStory } from './support/stories.ts';

describeInBrowser('the identification check', ({ server, browser }) => {
  it('lists Fern Street and Tyler, marks both as private, and the public page shows the replacements', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'margaret@demo.heard.test');
    const title = 'Sunday dinners';
    const storyId = await startStory(page, base, title, 'life_story');
    await saveStory(
      page,
      base,
      storyId,
      editorStateFromParagraphs([
        'Every Sunday the whole family came to our house on Fern Street for dinner.',
        'My grandson Tyler carved the chicken, badly, and Tyler never let anyone help.',
      ]) as SerializedEditorState,
    );

    // Anonymous, on the public website: the preview lists both details.
    await page.goto(`${base}/my/stories/${storyId}/sharing?share=public_site`);
    await page.getByRole('radio', { name: /No name \(anonymous\)/ }).check();
    await page.getByRole('button', { name: 'Show me what people will see' }).click();
    const check = page.locator('#check');
    await check.waitFor();
    expect(await check.locator('h2').textContent()).toBe(
      'These words might help someone recognise you or people you wrote about',
    );
    const listed = await check.locator('.check-list li strong').allTextContents();
    expect(listed).toEqual(['“Fern Street”', '“Tyler”']);
    expect(await check.textContent()).toContain('2 times');
    // Beside the preview, inside the question: the words, and no extra Tab stop.
    expect(await page.locator('form.decision-form #check-summary').textContent()).toContain(
      '“Fern Street”, “Tyler”',
    );
    expect(await page.locator('form.decision-form a').count()).toBe(0);
    expect(await check.locator('.easy-read').count()).toBe(1);
    await expectNoAxeViolations(page);

    // "Mark as private": the editor's replacement form, with a suggestion.
    await check.getByRole('link', { name: /Mark as private.*Fern Street/ }).click();
    await page.waitForURL(/mark=Fern/);
    expect(await page.getByLabel('A place').isChecked()).toBe(true);
    expect(await page.getByLabel('Words to show instead').inputValue()).toBe('our street');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Mark as private' }).click();
    await page.waitForURL(/changed=marked/);
    // The confirmation has focus: the list it came from may be gone.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('status');
    let preview = (await page.locator('.preview-frame').textContent()) ?? '';
    expect(preview).toContain('our house on our street');
    expect(preview).not.toContain('Fern Street');

    await page.getByRole('link', { name: /Mark as private.*Tyler/ }).click();
    expect(await page.getByLabel("A person's name").isChecked()).toBe(true);
    expect(await page.getByLabel('Words to show instead').inputValue()).toBe('my grandson');
    await page.getByRole('button', { name: 'Mark as private' }).click();
    await page.waitForURL(/changed=marked/);
    preview = (await page.locator('.preview-frame').textContent()) ?? '';
    expect(preview).toContain('My grandson my grandson carved the chicken');
    expect(preview).not.toContain('Tyler');
    expect(await page.locator('#check').count()).toBe(0);
    await expectNoAxeViolations(page);

    // Sharing was never blocked; the yes is to the version with both marked.
    await answer(page, 'Yes, share it');
    await page.waitForURL(/done=/);
    const reader = await browser().newPage();
    await reader.goto(`${base}${await publicPathOf(reader, base, title)}`);
    const article = (await reader.locator('article').textContent()) ?? '';
    expect(article).toContain('our house on our street');
    expect(article).toContain('carved the chicken');
    expect(article).not.toContain('Fern Street');
    expect(article).not.toContain('Tyler');
    await reader.close();
    await page.close();
  });

  it('"It’s fine, keep it" keeps the words, stores nothing, and sharing goes ahead', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'margaret@demo.heard.test');
    const storyId = await startStory(page, base, 'The bus to Rhyl', 'life_story');
    await saveStory(
      page,
      base,
      storyId,
      editorStateFromParagraphs(['Every August we took the bus to Rhyl.']) as SerializedEditorState,
    );
    await page.goto(`${base}/my/stories/${storyId}/sharing?share=group`);
    await page.getByRole('radio', { name: /A made-up name/ }).check();
    await page.getByLabel('Made-up name for this story').fill('Peggy');
    await page.getByRole('button', { name: 'Show me what people will see' }).click();
    await page.getByRole('link', { name: /keep it.*Rhyl/ }).click();
    await page.waitForURL(/keep=Rhyl/);
    expect(await page.locator('#check .check-list').count()).toBe(0);
    expect(await page.locator('#check').textContent()).toContain('You chose to keep: “Rhyl”.');
    await expectNoAxeViolations(page);
    await answer(page, 'Yes, share it');
    await page.waitForURL(/done=/);
    await page.close();
  });

  it('staff see the check on the words a request asks to use', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'sam@demo.heard.test');
    await page.goto(`${base}/staff/requests`);
    await page.getByRole('link', { name: 'The kitchen on Fern Street' }).first().click();
    const notes = page.locator('#identifying');
    expect(await notes.locator('h2').textContent()).toBe('Words that might identify someone');
    // The demo's excerpt is the public text, with Mrs Kowalski already "Our neighbour".
    expect(await notes.textContent()).toContain('The check found nothing');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a script shared beyond the group: a character with a real name is renamed throughout', async () => {
    const base = server().url;
    const page = await browser().newPage();
    await signIn(page, base, 'kayla@demo.heard.test');
    const storyId = await startStory(page, base, 'Missed the bus', 'film_script');
    await saveStory(
      page,
      base,
      storyId,
      fromFountain(
        'EXT. BUS STOP - NIGHT\n\nJAY\nWhere were you?\n\nANNE\nAt home with Mum. Jay, stop.',
      ),
    );
    await page.goto(`${base}/my/stories/${storyId}/sharing?share=public_site`);
    await page.getByRole('radio', { name: /No name \(anonymous\)/ }).check();
    await page.getByRole('button', { name: 'Show me what people will see' }).click();
    const check = page.locator('#check');
    expect(await check.textContent()).toContain(
      '“JAY”: a character with the name of someone in your group.',
    );
    await check.getByRole('link', { name: /Rename the character.*JAY/ }).click();
    await page.getByLabel('New name for the character').fill('Theo');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Rename the character' }).click();
    await page.waitForURL(/changed=renamed/);
    const preview = (await page.locator('.preview-frame').textContent()) ?? '';
    expect(preview).toContain('THEO');
    expect(preview).toContain('Theo, stop.');
    expect(preview).not.toMatch(/\bJay\b/i);
    expect(await page.locator('#check').count()).toBe(0);
    await page.close();
  });
});
