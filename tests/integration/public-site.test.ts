/**
 * The public site's lists over HTTP: home, themes, search, RSS and the
 * sitemap show only what is consented now, search never finds a replaced detail,
 * every list pages by keyset, and a withdrawal leaves them all on the very next
 * request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { searchPublishedStories } from '#src/server/publishing/publications.repository.ts';
import { startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { grantPublic, makeMarkedStory, withdrawPublic } from './support/published.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-site-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function get(path: string) {
  const response = await fetch(`${app?.url ?? ''}${path}`, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describeEachDatabase('the public site', ({ db, handle }) => {
  it('finds stories by their words, titles first, and never by a replaced detail', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const inText = await makeMarkedStory(db(), {
      title: 'Summers away',
      text: { before: 'Every summer we took the lighthouse path in', after: ' with my aunt.' },
      photos: false,
    });
    const inTitle = await makeMarkedStory(db(), {
      title: 'The lighthouse keeper',
      text: { before: 'My grandfather kept the light at', after: '.' },
      photos: false,
    });
    await grantPublic(db(), inText.storyId, inText.author, 1);
    await grantPublic(db(), inTitle.storyId, inTitle.author, 1);

    const found = await get('/search?q=lighthouse');
    expect(found.status).toBe(200);
    const order = [found.body.indexOf('The lighthouse keeper'), found.body.indexOf('Summers away')];
    expect(order[0]).toBeGreaterThan(0);
    expect(order[0]).toBeLessThan(order[1] ?? 0);
    expect(found.body).toContain('<mark>lighthouse</mark>');
    expect(found.body).not.toContain('Aberystwyth');
    expect(found.body).toContain('a town in Wales');

    // The place was replaced at "first name": it is not in what is searched.
    const replaced = await get('/search?q=Aberystwyth');
    expect(replaced.body).toContain('No stories match');
    expect(replaced.body).not.toContain('Summers away');
    // Web-style queries: a phrase, and a word left out.
    expect((await get('/search?q=%22lighthouse+path%22')).body).toContain('Summers away');
    expect((await get('/search?q=lighthouse+-grandfather')).body).not.toContain(
      'The lighthouse keeper',
    );
  });

  it('ranks only the newest matches, so a common word costs what a rare one does', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    for (let n = 0; n < 4; n += 1) {
      const story = await makeMarkedStory(db(), {
        // The oldest one has the word in its title too, so it would rank first.
        title: n === 0 ? 'Orchard orchard' : `Story ${n}`,
        text: { before: `The orchard, memory ${n}, in`, after: '.' },
        photos: false,
      });
      await grantPublic(db(), story.storyId, story.author, 1, {
        now: new Date(Date.now() - (10 - n) * 60_000),
      });
    }
    const all = await searchPublishedStories(db(), {
      query: 'orchard',
      now: new Date(),
      limit: 10,
    });
    expect(all[0]?.title).toBe('Orchard orchard');
    const windowed = await searchPublishedStories(db(), {
      query: 'orchard',
      now: new Date(),
      limit: 10,
      window: 3,
    });
    expect(windowed.map((hit) => hit.title).sort()).toEqual(['Story 1', 'Story 2', 'Story 3']);
  });

  it('escapes what a story says inside its search snippet', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db(), {
      title: 'Markup',
      text: {
        before: 'Fish & chips, <b>bold</b> <script>alert(1)</script> on the blackboard in',
        after: '.',
      },
      photos: false,
    });
    await grantPublic(db(), story.storyId, story.author, 1);
    const { body } = await get('/search?q=blackboard');
    const snippet = /<p class="excerpt">(.*?)<\/p>/s.exec(body)?.[1] ?? '';
    expect(snippet).toContain('<mark>blackboard</mark>');
    // Markup in a story's words never becomes markup in the page.
    expect(snippet.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/</);
    expect(body).not.toMatch(/<script|<b>/i);
  });

  it('lists a theme, its stories and related stories only while they are public', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const first = await makeMarkedStory(db(), {
      title: 'Tides',
      themes: ['The Sea'],
      photos: false,
    });
    const second = await makeMarkedStory(db(), {
      title: 'Nets',
      themes: ['the sea', 'Work'],
      photos: false,
    });
    await grantPublic(db(), first.storyId, first.author, 1);
    await grantPublic(db(), second.storyId, second.author, 1);

    const home = await get('/');
    expect(home.body).toContain('href="/themes/the-sea"');
    const theme = await get('/themes/the-sea');
    expect(theme.status).toBe(200);
    expect(theme.body).toContain('Tides');
    expect(theme.body).toContain('Nets');
    const page = await get(`/stories/${first.slug}`);
    expect(page.body).toContain('More stories like this');
    expect(page.body).toContain(`/stories/${second.slug}`);
    expect(page.headers.get('surrogate-key')).toContain(`story-${second.storyId}`);

    await withdrawPublic(db(), second.storyId, second.author);
    expect((await get('/themes/the-sea')).body).not.toContain('Nets');
    expect((await get('/themes/work')).status).toBe(404);
    expect((await get(`/stories/${first.slug}`)).body).not.toContain(second.slug);
    expect((await get('/')).body).not.toContain('href="/themes/work"');
    expect((await get('/themes/no-such-theme')).status).toBe(404);
  });

  it('takes a withdrawn story out of home, its theme, search, RSS and the sitemap at once', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db(), {
      title: 'The quarry pool',
      themes: ['childhood'],
      text: { before: 'We swam in the quarry pool behind', after: '.' },
    });
    await grantPublic(db(), story.storyId, story.author, 1);
    const surfaces = ['/', '/themes/childhood', '/search?q=quarry', '/rss.xml', '/sitemap.xml'];
    for (const path of surfaces) {
      expect((await get(path)).body, path).toContain(story.slug);
    }
    const rss = await get('/rss.xml');
    expect(rss.headers.get('content-type')).toContain('application/rss+xml');
    expect(rss.body).toContain('a town in Wales');
    expect(rss.body).not.toContain('Aberystwyth');
    expect(rss.headers.get('etag')).toBeTruthy();

    await withdrawPublic(db(), story.storyId, story.author);
    for (const path of ['/', '/search?q=quarry', '/rss.xml', '/sitemap.xml']) {
      const after = await get(path);
      expect(after.body, path).not.toContain(story.slug);
      expect(after.body, path).not.toContain('The quarry pool');
    }
    expect((await get('/themes/childhood')).status).toBe(404);
  });

  it('pages every list by keyset, with no story shown twice or missed', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const slugs: string[] = [];
    for (let n = 0; n < 23; n += 1) {
      const story = await makeMarkedStory(db(), {
        title: `Harvest ${n}`,
        themes: ['harvest'],
        text: { before: `Harvest memory number ${n} from`, after: '.' },
        photos: false,
      });
      await grantPublic(db(), story.storyId, story.author, 1);
      slugs.push(story.slug);
    }
    for (const start of ['/', '/themes/harvest', '/search?q=harvest']) {
      const seen: string[] = [];
      let path: string | undefined = start;
      let pages = 0;
      while (path && pages < 5) {
        const { body }: { body: string } = await get(path);
        seen.push(...[...body.matchAll(/href="\/stories\/([^"]+)"/g)].map((m) => m[1] ?? ''));
        const next = /<a href="([^"]+)" rel="next"/.exec(body)?.[1];
        path = next?.replaceAll('&amp;', '&');
        pages += 1;
      }
      expect(pages, start).toBe(2);
      expect(new Set(seen).size, start).toBe(seen.length);
      expect([...seen].sort(), start).toEqual([...slugs].sort());
    }
    // A malformed cursor starts from the beginning rather than failing.
    expect((await get('/?after=nonsense')).status).toBe(200);
    expect((await get('/search?q=harvest&after=1_2_3')).status).toBe(200);
  });
});
