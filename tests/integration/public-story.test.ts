/**
 * The public story page and its photos over HTTP: the
 * consented revision with the chosen names and replacements, content notes first,
 * cache headers, and withdrawal taking everything down on the very next request,
 * even while another client is reading as fast as it can.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';
import { grantPublic, makeMarkedStory, saveMarkedText } from './support/published.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-public-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const url = (path: string) => `${app?.url ?? ''}${path}`;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(url(path), { headers, redirect: 'manual' });
  return { response, body: await response.text() };
}

describeEachDatabase('the public story page', ({ db, handle }) => {
  it('shows the consented revision as its author chose, with no script and revalidating headers', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db());
    await grantPublic(db(), story.storyId, story.author, 1);

    const { response, body } = await get(`/stories/${story.slug}`);
    expect(response.status).toBe(200);
    expect(body).toContain('By Margaret<');
    expect(body).not.toContain('Margaret Ellis');
    expect(body).toContain('a town in Wales');
    expect(body).not.toContain('Aberystwyth');
    expect(body).toContain(`/media/${story.landscape}/`);
    expect(body).not.toContain(story.people);
    expect(body).not.toMatch(/<script/i);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('surrogate-key')).toContain(`story-${story.storyId}`);
    const etag = response.headers.get('etag') ?? '';
    expect(etag).not.toBe('');

    const again = await get(`/stories/${story.slug}`, { 'if-none-match': etag });
    expect(again.response.status).toBe(304);
    expect((await get(`/media/${story.landscape}/small`)).response.status).toBe(200);
    expect((await get(`/media/${story.people}/small`)).response.status).toBe(404);

    const home = await get('/');
    expect(home.body).toContain(`/stories/${story.slug}`);
    expect(home.response.headers.get('surrogate-key')).toContain(`story-${story.storyId}`);
  });

  it('shows everything, photos of people too, only when the author chose their full name', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db());
    await grantPublic(db(), story.storyId, story.author, 1, { anonymity: 'named' });
    const { body } = await get(`/stories/${story.slug}`);
    expect(body).toContain('By Margaret Ellis');
    expect(body).toContain('Aberystwyth');
    expect(body).toContain(`/media/${story.people}/`);
    expect((await get(`/media/${story.people}/small`)).response.status).toBe(200);
  });

  it('shows content notes first and the text only when the reader chooses', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db(), { contentNotes: ['grief', 'illness'] });
    await grantPublic(db(), story.storyId, story.author, 1);
    const first = await get(`/stories/${story.slug}`);
    expect(first.body).toContain('this story talks about grief, illness');
    expect(first.body).not.toContain('I grew up in');
    expect(first.body).toContain('href="?read=1"');
    const chosen = await get(`/stories/${story.slug}?read=1`);
    expect(chosen.body).toContain('I grew up in');
    // The notes still come before the text.
    expect(chosen.body.indexOf('grief, illness')).toBeLessThan(chosen.body.indexOf('I grew up'));
  });

  it('keeps showing the consented revision while newer edits stay private', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db());
    await grantPublic(db(), story.storyId, story.author, 1);
    const before = await get(`/stories/${story.slug}`);
    await saveMarkedText(
      db(),
      story.storyId,
      story.author,
      { before: 'A private new opening in' },
      1,
    );
    const during = await get(`/stories/${story.slug}`);
    expect(during.body).toContain('I grew up in');
    expect(during.body).not.toContain('private new opening');
    expect(during.response.headers.get('etag')).toBe(before.response.headers.get('etag'));

    await grantPublic(db(), story.storyId, story.author, 2);
    const after = await get(`/stories/${story.slug}`);
    expect(after.body).toContain('A private new opening in');
    expect(after.response.headers.get('etag')).not.toBe(before.response.headers.get('etag'));
    // The old ETag no longer matches: a cache revalidating gets the new page.
    const revalidated = await get(`/stories/${story.slug}`, {
      'if-none-match': before.response.headers.get('etag') ?? '',
    });
    expect(revalidated.response.status).toBe(200);
  });

  it('answers 410 once a public story is withdrawn or expired, and 404 if it never was', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db());
    await grantPublic(db(), story.storyId, story.author, 1);
    expect((await get(`/stories/${story.slug}`)).response.status).toBe(200);
    await appendConsentEvent(
      db(),
      story.storyId,
      { kind: 'withdraw', actorId: story.author, subjectId: story.author, scope: 'public_site' },
      { now: new Date() },
    );
    const gone = await get(`/stories/${story.slug}`);
    expect(gone.response.status).toBe(410);
    expect(gone.body).not.toContain('I grew up in');
    expect(gone.body).not.toContain('The harbour');
    expect((await get(`/media/${story.landscape}/small`)).response.status).toBe(404);
    expect((await get('/')).body).not.toContain(story.slug);

    // Expired: consent given 40 days ago for one month.
    const old = await makeMarkedStory(db());
    const past = new Date(Date.now() - 40 * 86_400_000);
    await grantPublic(db(), old.storyId, old.author, 1, {
      now: past,
      expiresAt: new Date(past.getTime() + 30 * 86_400_000),
    });
    expect((await get(`/stories/${old.slug}`)).response.status).toBe(410);
    expect((await get(`/media/${old.landscape}/small`)).response.status).toBe(404);

    const draftAuthor = await makePerson(db());
    const draft = await makeStory(db(), [draftAuthor]);
    expect((await get(`/stories/${draft.slug}`)).response.status).toBe(404);
    expect((await get('/stories/no-such-story')).response.status).toBe(404);
  });

  it('serves zero stale responses to a client reading in a loop while another withdraws', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await makeMarkedStory(db());
    await grantPublic(db(), story.storyId, story.author, 1);
    const cookie = await sessionCookieFor(db(), story.author);

    // committedAt: when the withdrawal's response arrived, so after its commit.
    let committedAt = Number.POSITIVE_INFINITY;
    let stop = false;
    let shownBefore = 0;
    let checkedAfter = 0;
    const stale: string[] = [];
    const read = async () => {
      while (!stop) {
        const startedAt = performance.now();
        const [page, photo] = await Promise.all([
          fetch(url(`/stories/${story.slug}`)),
          fetch(url(`/media/${story.landscape}/small`)),
        ]);
        const [pageBody] = await Promise.all([page.text(), photo.arrayBuffer()]);
        if (startedAt > committedAt) {
          checkedAfter += 1;
          if (page.status !== 410 || pageBody.includes('I grew up in')) {
            stale.push(`page ${page.status}`);
          }
          if (photo.status !== 404) stale.push(`photo ${photo.status}`);
        } else if (page.status === 200) {
          shownBefore += 1;
        }
      }
    };
    const readers = [read(), read(), read()];
    await expect.poll(() => shownBefore, { timeout: 20_000 }).toBeGreaterThanOrEqual(5);

    const withdrawal = await fetch(url(`/my/stories/${story.storyId}/sharing`), {
      method: 'POST',
      headers: { cookie, origin: app?.url ?? '' },
      body: new URLSearchParams({ intent: 'stop', scope: 'public_site' }),
      redirect: 'manual',
    });
    committedAt = performance.now();
    expect(withdrawal.status).toBe(303);

    await expect.poll(() => checkedAfter, { timeout: 20_000 }).toBeGreaterThanOrEqual(30);
    stop = true;
    await Promise.all(readers);
    expect(stale).toEqual([]);
  });
});
