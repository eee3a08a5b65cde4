/**
 * A reader on the public site: browses /, opens a theme,
 * searches for a word in a published story and finds it, searches for a word
 * that was replaced as a sensitive detail and finds nothing, and follows every
 * RSS and sitemap link; axe is clean and there is no <script> on any page.
 * Finding stories: a misspelt search suggests the word meant, the "not found"
 * page offers the search box, and each card shows all its story's themes.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe.ts';
import { describeInBrowser } from './support/browser-suite.ts';

async function expectReadable(page: Page): Promise<void> {
  expect(await page.locator('script').count(), page.url()).toBe(0);
  await expectNoAxeViolations(page);
}

describeInBrowser('reading the public site', ({ server, browser }) => {
  it('browse, theme, search, RSS and sitemap: no script and axe clean everywhere', async () => {
    const base = server().url;
    const page = await browser().newPage();

    await page.goto(base);
    await expectReadable(page);
    expect(await page.locator('.story-card').count()).toBeGreaterThanOrEqual(3);

    await page
      .getByRole('navigation', { name: 'Themes' })
      .getByRole('link', { name: 'home' })
      .click();
    await page.waitForURL(/\/themes\/home$/);
    expect(await page.locator('h1').textContent()).toBe('Stories about home');
    await expectReadable(page);
    await page.getByRole('link', { name: 'The kitchen on Fern Street' }).click();
    await page.waitForURL(/\/stories\//);
    // Margaret marked her neighbour's name; readers see the words she chose instead.
    const text = (await page.locator('article').textContent()) ?? '';
    expect(text).toContain('Our neighbour next door');
    expect(text).not.toContain('Kowalski');
    await expectReadable(page);

    await page.goto(base);
    await page.getByLabel('Search the stories').fill('bread');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=bread/);
    expect(await page.locator('.story-card h2').allTextContents()).toContain(
      'The kitchen on Fern Street',
    );
    expect(await page.locator('mark').first().textContent()).toBe('bread');
    await expectReadable(page);

    await page.getByLabel('Words to look for').fill('Kowalski');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=Kowalski/);
    expect(await page.getByRole('status').textContent()).toContain('No stories match');
    expect(await page.locator('.story-card').count()).toBe(0);
    await expectReadable(page);

    // Every link in the feed and the sitemap opens a readable page.
    const feed = await (await fetch(`${base}/rss.xml`)).text();
    expect(feed).not.toContain('Kowalski');
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    const links = [
      ...[...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? ''),
      ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''),
    ];
    expect(links.length).toBeGreaterThan(5);
    for (const link of new Set(links)) {
      const response = await page.goto(link);
      expect(response?.status(), link).toBe(200);
      await expectReadable(page);
    }
    await page.close();
  });

  it('a misspelt search suggests the word meant; a lost reader can search; cards show every theme', async () => {
    const base = server().url;
    const page = await browser().newPage();

    await page.goto(`${base}/`);
    const card = page.locator('.story-card', { hasText: 'Saturday Shift' });
    expect(await card.locator('.theme-link').allTextContents()).toEqual(['caring', 'school']);

    await page.goto(`${base}/a-page-that-was-never-here`);
    expect(await page.locator('h1').textContent()).toBe('We could not find that page');
    await expectReadable(page);
    await page.getByLabel('Search the stories').fill('kichen');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=kichen/);
    expect(await page.getByRole('status').textContent()).toContain('No stories match');
    await expectReadable(page);
    await page.getByRole('link', { name: 'kitchen', exact: true }).click();
    await page.waitForURL(/\/search\?q=kitchen$/);
    expect(await page.locator('.story-card h2').allTextContents()).toContain(
      'The kitchen on Fern Street',
    );
    // A word only a withdrawn story holds ("dentist", Edna's brother Tom) is never offered.
    await page.goto(`${base}/search?q=dentst`);
    expect(await page.locator('.suggestions').count()).toBe(0);
    await page.close();
  });
});
