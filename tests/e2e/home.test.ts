import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';

describeInBrowser('the public home page', ({ server, browser }) => {
  it('lists the published demo stories, and none of the draft, withdrawn or expired ones', async () => {
    const page = await browser().newPage();
    const response = await page.goto(server().url + '/');
    expect(response?.status()).toBe(200);
    const titles = await page.locator('.story-card h3').allTextContents();
    expect(titles.sort()).toEqual(
      [
        'Dancing at the Grafton',
        'Saturday Shift',
        'The kitchen on Fern Street',
        'The year I turned seventeen',
        // Told out loud: Arthur heard by his first name, Edna anonymous (words only).
        'Singing on the ferry',
        'Four in the morning',
        // Written in Welsh, listed on the English home page too.
        'Y capel ar y bryn',
      ].sort(),
    );
    const text = await page.locator('main').innerText();
    for (const hidden of [
      'My brother Tom',
      'The night the river rose',
      'Learning to swim at forty',
      'Two Buses Home',
    ]) {
      expect(text).not.toContain(hidden);
    }
    // Named as each author chose: first name, pseudonym.
    expect(text).toContain('By Margaret');
    expect(text).toContain('By Rose');
    expect(text).toContain('By Arthur');
    expect(text).not.toContain('Edna');
    // Reader pages ship no JavaScript.
    expect(await page.locator('script').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('reports health with the database kind', async () => {
    const response = await fetch(server().url + '/healthz');
    expect(await response.json()).toEqual({ ok: true, database: 'pglite' });
  });
});
