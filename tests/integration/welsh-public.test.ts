/**
 * The public site in Welsh: every public page at its /cy address is all
 * Welsh (a story's own words aside, marked with their language), links keep a
 * Welsh reader on Welsh addresses, the Welsh feed and the sitemap name both
 * languages, and a reader can list the stories written in one language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '#src/server/platform/db.ts';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import {
  listPublishedStories,
  listPublishedStoriesByTheme,
  searchPublishedStories,
} from '#src/server/publishing/publications.repository.ts';
import { signedInCookie, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { grantPublic, makeMarkedStory } from './support/published.ts';
import { welshPageProblems } from './support/welsh.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-welsh-public-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app?.url ?? ''}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** A story written in Welsh and one in English, both public, on one theme. */
async function twoStories(db: Db) {
  const welsh = await makeMarkedStory(db, {
    title: 'Bara ar y bryn',
    authorName: 'Eira Owen',
    themes: ['Cartref'],
    text: {
      before: 'Roedd fy mam yn pobi bara bob bore yn',
      detail: 'Aberystwyth',
      replacement: 'tref ger y môr',
      after: '.',
    },
    photos: false,
  });
  // The writer chose Welsh in the editor before sharing; the publication copies it.
  await db.updateTable('stories').set({ language: 'cy' }).where('id', '=', welsh.storyId).execute();
  await grantPublic(db, welsh.storyId, welsh.author, 1, { now: new Date(Date.now() - 60_000) });
  const english = await makeMarkedStory(db, {
    title: 'The bakery on the hill',
    themes: ['Cartref'],
    text: { before: 'My mother baked bread every morning in', after: '.' },
    photos: false,
  });
  await grantPublic(db, english.storyId, english.author, 1);
  return { welsh, english };
}

describeEachDatabase('the public site in Welsh', ({ db, handle }) => {
  it('says everything of its own in Welsh on every public page, and keeps links Welsh', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { welsh, english } = await twoStories(db());
    const { cookie } = await signedInCookie(db(), ['contributor'], 'Eira Owen');
    const pages: [string, Record<string, string>?][] = [
      ['/cy'],
      ['/cy/?language=cy'],
      [`/cy/stories/${welsh.slug}`],
      ['/cy/search'],
      ['/cy/search?q=bara'],
      ['/cy/search?q=barra'],
      ['/cy/search?q=dimbydohwn'],
      ['/cy/themes/cartref'],
      ['/cy/how-consent-works'],
      ['/cy/write', { cookie }],
    ];
    for (const [path, headers] of pages) {
      const page = await get(path, headers);
      expect(page.status, path).toBe(200);
      expect(welshPageProblems(page.body), path).toEqual([]);
    }

    const home = (await get('/cy')).body;
    expect(home).toContain(`href="/cy/stories/${welsh.slug}"`);
    expect(home).toContain('href="/cy/themes/cartref"');
    expect(home).toContain('action="/cy/search"');
    // The English story's own words are marked English; the Welsh one's need no mark here.
    expect(home).toMatch(/<h3 lang="en"><a href="\/cy\/stories\/the-bakery[^"]*">The bakery/);
    expect(home).toMatch(/<h3><a href="\/cy\/stories\/bara-ar-y-bryn[^"]*">Bara ar y bryn/);
    // On an English page it is the Welsh story that is marked.
    const englishHome = (await get('/')).body;
    expect(englishHome).toMatch(/<h3 lang="cy"><a href="\/stories\/bara-ar-y-bryn/);
    expect(englishHome).toMatch(/<h3><a href="\/stories\/the-bakery/);

    const story = (await get(`/cy/stories/${welsh.slug}`)).body;
    expect(story).toContain('tref ger y môr');
    expect(story).not.toContain('Aberystwyth');
    expect(story).toMatch(/Rhannwyd ar <time datetime="[^"]+">\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
    // A story written in English, read in Welsh: its words are marked English.
    const englishStory = (await get(`/cy/stories/${english.slug}`)).body;
    expect(englishStory).toContain(
      '<h1 class="reader-title" lang="en">The bakery on the hill</h1>',
    );
    expect(englishStory).toContain('<div class="story-text" lang="en">');
    expect(englishStory).toContain('Gan Margaret<');
    const storyInEnglish = (await get(`/stories/${welsh.slug}`)).body;
    expect(storyInEnglish).toContain('<div class="story-text" lang="cy">');
    expect(storyInEnglish).toContain('By Eira<');
  });

  it('gives the Welsh feed in Welsh with Welsh links, keeps /rss.xml English, and each names the other', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { welsh, english } = await twoStories(db());
    const feed = await get('/cy/rss.xml');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-language')).toBe('cy');
    expect(feed.body).toContain('<language>cy</language>');
    expect(feed.body).toContain('<title>Heard: straeon, wedi’u hadrodd gan y bobl a fu’n eu byw');
    expect(feed.body).toMatch(new RegExp(`<link>http[^<]*/cy/stories/${welsh.slug}</link>`));
    expect(feed.body).toMatch(new RegExp(`<link>http[^<]*/cy/stories/${english.slug}</link>`));
    expect(feed.body).toContain('Gan Eira.');
    expect(feed.body).toMatch(
      /<atom:link href="http[^"]*\/rss\.xml" rel="alternate" hreflang="en-GB"/,
    );

    // A Welsh browser asking for the plain address still gets the English feed.
    const plain = await get('/rss.xml', { 'accept-language': 'cy' });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-language')).toBe('en-GB');
    expect(plain.body).toContain('<language>en-GB</language>');
    expect(plain.body).toContain('<title>Heard: stories, told by the people who lived them');
    expect(plain.body).toMatch(new RegExp(`<link>http[^<]*[^y]/stories/${welsh.slug}</link>`));
    expect(plain.body).not.toContain('/cy/stories/');
    expect(plain.body).toMatch(
      /<atom:link href="http[^"]*\/cy\/rss\.xml" rel="alternate" hreflang="cy"/,
    );
  });

  it('lists every public page in the sitemap in both languages, each naming its alternates', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { welsh } = await twoStories(db());
    const sitemap = (await get('/sitemap.xml')).body;
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    for (const path of ['/', '/how-consent-works', '/themes/cartref', `/stories/${welsh.slug}`]) {
      const welshPath = path === '/' ? '/cy' : `/cy${path}`;
      for (const loc of [path, welshPath]) {
        const entry = new RegExp(`<url><loc>http[^<]*\\d${escape(loc)}</loc>(.*?)</url>`).exec(
          sitemap,
        );
        expect(entry, loc).not.toBeNull();
        const alternates = entry?.[1] ?? '';
        expect(alternates).toMatch(
          new RegExp(`hreflang="en-GB" href="http[^"]*\\d${escape(path)}"`),
        );
        expect(alternates).toMatch(
          new RegExp(`hreflang="cy" href="http[^"]*\\d${escape(welshPath)}"`),
        );
        expect(alternates).toMatch(
          new RegExp(`hreflang="x-default" href="http[^"]*\\d${escape(path)}"`),
        );
      }
    }
  });

  it('lists only the stories written in the language a reader chose, and keeps the choice', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { welsh, english } = await twoStories(db());
    const now = new Date();
    const ids = (rows: readonly { story_id: string }[]) => rows.map((row) => row.story_id);
    expect(ids(await listPublishedStories(db(), { now, limit: 10, language: 'cy' }))).toEqual([
      welsh.storyId,
    ]);
    expect(ids(await listPublishedStories(db(), { now, limit: 10, language: 'en' }))).toEqual([
      english.storyId,
    ]);
    expect(ids(await listPublishedStories(db(), { now, limit: 10 }))).toEqual([
      english.storyId,
      welsh.storyId,
    ]);
    expect(
      ids(
        await listPublishedStoriesByTheme(db(), {
          themeSlug: 'cartref',
          now,
          limit: 10,
          language: 'cy',
        }),
      ),
    ).toEqual([welsh.storyId]);

    const welshOnly = (await get('/?language=cy')).body;
    expect(welshOnly).toContain('Bara ar y bryn');
    expect(welshOnly).not.toContain('The bakery on the hill');
    expect(welshOnly).toContain(
      '<a href="/?language=cy" lang="cy" aria-current="page">Cymraeg</a>',
    );
    const englishOnly = (await get('/cy/?language=en')).body;
    expect(englishOnly).toContain('The bakery on the hill');
    expect(englishOnly).not.toContain('Bara ar y bryn');
    const theme = (await get('/cy/themes/cartref?language=cy')).body;
    expect(theme).toContain('Bara ar y bryn');
    expect(theme).not.toContain('The bakery on the hill');
    // Anything that is not a language tag lists every story.
    const every = (await get('/?language=%3Cscript%3E')).body;
    expect(every).toContain('Bara ar y bryn');
    expect(every).toContain('The bakery on the hill');
  });

  it('finds a Welsh story by a Welsh word, matched word for word', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const { welsh } = await twoStories(db());
    const hits = await searchPublishedStories(db(), {
      query: 'pobi',
      now: new Date(),
      limit: 10,
    });
    expect(hits.map((hit) => hit.story_id)).toEqual([welsh.storyId]);
    expect(hits[0]?.snippet).toContain('\u0002pobi\u0003');
    const page = (await get('/cy/search?q=bara')).body;
    expect(page).toContain('Bara ar y bryn');
    expect(page).toContain('<mark>bara</mark>');
  });
});

/** A path as a literal in a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
