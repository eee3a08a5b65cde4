/**
 * Which language a page is in, and how a reader or a signed-in person
 * chooses it (src/server/http/language.ts, src/pages/language.ts): Welsh
 * addresses under /cy, the browser's preference, a plain switch link, the
 * account's language, hreflang, and public story pages held apart per
 * language by the fast path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { storyCache } from '#src/server/publishing/story-cache.ts';
import { setPersonLanguage } from '#src/server/accounts/profile.ts';
import { signedInCookie, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { grantPublic, makeMarkedStory, withdrawPublic } from './support/published.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-languages-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app?.url ?? ''}${path}`, {
    headers: { 'accept-encoding': 'identity', ...headers },
    redirect: 'manual',
  });
  return { response, body: await response.text() };
}

const htmlLang = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];

describeEachDatabase('languages', ({ db, handle }) => {
  beforeEach(() => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
  });

  it('answers a plain address in English, and its /cy address in Welsh, with hreflang naming both', async () => {
    const english = await get('/how-consent-works');
    expect(english.response.status).toBe(200);
    expect(htmlLang(english.body)).toBe('en-GB');
    expect(english.response.headers.get('content-language')).toBe('en-GB');
    expect(english.response.headers.get('vary')).toMatch(/Accept-Language/);
    const welsh = await get('/cy/how-consent-works');
    expect(welsh.response.status).toBe(200);
    expect(htmlLang(welsh.body)).toBe('cy');
    expect(welsh.response.headers.get('content-language')).toBe('cy');
    for (const body of [english.body, welsh.body]) {
      expect(body).toMatch(
        /<link rel="alternate" hreflang="en-GB" href="http[^"]*\/how-consent-works"/,
      );
      expect(body).toMatch(
        /<link rel="alternate" hreflang="cy" href="http[^"]*\/cy\/how-consent-works"/,
      );
      expect(body).toMatch(/hreflang="x-default" href="http[^"]*\/how-consent-works"/);
    }
    expect(welsh.body).toContain('Neidio i’r prif gynnwys');
    // Links between public pages keep a Welsh reader on Welsh addresses.
    expect(welsh.body).toContain('href="/cy/search"');
  });

  it('sends a reader whose browser asks for Welsh to the Welsh address, unless they chose English', async () => {
    const asked = await get('/search?q=harbour', { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' });
    expect(asked.response.status).toBe(302);
    expect(asked.response.headers.get('location')).toBe('/cy/search?q=harbour');
    expect(asked.response.headers.get('vary')).toMatch(/Accept-Language/);
    const chose = await get('/search?q=harbour', {
      'accept-language': 'cy',
      cookie: 'heard-language=en',
    });
    expect(chose.response.status).toBe(200);
    expect(htmlLang(chose.body)).toBe('en-GB');
    // A French browser gets English: Heard is written in English and Welsh.
    expect((await get('/search', { 'accept-language': 'fr' })).response.status).toBe(200);
  });

  it('switches with a plain link that remembers the choice, and refuses to send anyone elsewhere', async () => {
    const toWelsh = await get('/language?to=cy&next=%2Fstories%2Fsome-story%3Fread%3D1');
    expect(toWelsh.response.status).toBe(303);
    expect(toWelsh.response.headers.get('location')).toBe('/cy/stories/some-story?read=1');
    expect(toWelsh.response.headers.get('set-cookie')).toMatch(/heard-language=cy;.*HttpOnly/i);
    const toEnglish = await get('/language?to=en&next=%2Fcy%2Fsearch');
    expect(toEnglish.response.headers.get('location')).toBe('/search');
    for (const next of [
      '//evil.example/',
      '/\\evil.example',
      'https://evil.example/',
      'evil.example',
    ]) {
      const answer = await get(`/language?to=cy&next=${encodeURIComponent(next)}`);
      expect(answer.response.headers.get('location')).toBe('/cy');
    }
    // A NUL byte or a line break never reaches the page: the request guard refuses the address.
    expect((await get('/language?to=cy&next=%2Fa%00b')).response.status).toBe(400);
    expect((await get('/language?to=cy&next=%2Fa%0Ab')).response.status).toBe(400);
    const unknown = await get('/language?to=fr&next=/');
    expect(unknown.response.status).toBe(400);
    expect(unknown.body).toContain('English and Welsh');
  });

  it('answers a signed-in person in their own language, and their switch saves it on the account', async () => {
    const { personId, cookie } = await signedInCookie(db(), ['contributor'], 'Eira Owen');
    await setPersonLanguage(db(), personId, 'cy');
    const mine = await get('/my', { cookie });
    expect(htmlLang(mine.body)).toBe('cy');
    // Their account wins over their browser.
    expect(htmlLang((await get('/my', { cookie, 'accept-language': 'en' })).body)).toBe('cy');
    const switched = await fetch(`${app?.url ?? ''}/language`, {
      method: 'POST',
      headers: {
        cookie,
        origin: app?.url ?? '',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ to: 'en', next: '/my' }),
      redirect: 'manual',
    });
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/my');
    const row = await db()
      .selectFrom('people')
      .select('language')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(row.language).toBe('en');
    expect(htmlLang((await get('/my', { cookie })).body)).toBe('en-GB');
  });

  it('refuses a language switch posted from another site', async () => {
    const { personId, cookie } = await signedInCookie(db(), ['contributor']);
    const forged = await fetch(`${app?.url ?? ''}/language`, {
      method: 'POST',
      headers: {
        cookie,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ to: 'cy', next: '/my' }),
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
    const row = await db()
      .selectFrom('people')
      .select('language')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(row.language).toBe('en');
  });

  it('holds a public story page apart per language, and takes both down on withdrawal', async () => {
    const story = await makeMarkedStory(db(), { title: 'Y porthladd', photos: false });
    await grantPublic(db(), story.storyId, story.author, 1);
    const english = await get(`/stories/${story.slug}`);
    const welsh = await get(`/cy/stories/${story.slug}`);
    expect(htmlLang(english.body)).toBe('en-GB');
    expect(htmlLang(welsh.body)).toBe('cy');
    // Once held, each language's page comes back from memory as that language.
    await expect.poll(() => storyCache.stores).toBeGreaterThan(0);
    for (let i = 0; i < 3; i += 1) {
      expect(htmlLang((await get(`/cy/stories/${story.slug}`)).body)).toBe('cy');
      expect(htmlLang((await get(`/stories/${story.slug}`)).body)).toBe('en-GB');
    }
    await withdrawPublic(db(), story.storyId, story.author);
    expect((await get(`/stories/${story.slug}`)).response.status).toBe(410);
    expect((await get(`/cy/stories/${story.slug}`)).response.status).toBe(410);
  });
});
