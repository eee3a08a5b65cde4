/**
 * Resources one person cannot take from everyone else: hourly limits on saves
 * and photos, photos of absurd shapes refused before decoding, one person's
 * photos processed one at a time; and saves that name photos of other stories.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useDatabaseForProcess } from '#src/server/platform/db.ts';
import { processUpload } from '#src/server/media/images.ts';
import { createLocalMediaStore } from '#src/server/media/storage.ts';
import { storeUploadedPhoto } from '#src/server/media/photos.ts';
import { readSetting } from '#src/server/platform/settings.repository.ts';
import { makeNeedlePng, makePhoto } from '../fixtures/images/make-images.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-fair-use-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const base = () => app?.url ?? '';

function post(path: string, cookie: string, fields: Record<string, string>) {
  return fetch(`${base()}${path}`, {
    method: 'POST',
    headers: { cookie, origin: base() },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

/** An editor state with these paragraphs and photos, as the editor sends it. */
function saveBody(paragraphs: readonly string[], photoIds: readonly string[], basedOn: number) {
  const block = (children: unknown[], type = 'paragraph') => ({
    type,
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    ...(type === 'paragraph' ? { textFormat: 0, textStyle: '' } : {}),
    children,
  });
  const text = (value: string) => ({
    type: 'text',
    version: 1,
    text: value,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  });
  const photo = (mediaId: string) => ({
    type: 'photo',
    version: 1,
    mediaId,
    altText: 'A photo',
    showsIdentifiablePeople: false,
  });
  return JSON.stringify({
    state: {
      root: block([...paragraphs.map((p) => block([text(p)])), ...photoIds.map(photo)], 'root'),
    },
    basedOn,
  });
}

function save(storyId: string, cookie: string, body: string) {
  return fetch(`${base()}/api/stories/${storyId}/revisions`, {
    method: 'POST',
    headers: { cookie, origin: base(), 'content-type': 'application/json' },
    body,
  });
}

describeEachDatabase('fair use', ({ db, handle }) => {
  const use = () => useDatabaseForProcess({ ...handle(), close: async () => {} });

  it('regression: one person’s saves are limited per hour, with a plain message and a time to retry', async () => {
    use();
    const author = await makePerson(db(), { name: 'Ann Smith' });
    const story = await makeStory(db(), [author]);
    const cookie = await sessionCookieFor(db(), author);
    const admin = await sessionCookieFor(
      db(),
      await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] }),
    );
    // The smallest limit an admin may set, so the test is quick.
    const set = await post('/admin/settings', admin, {
      intent: 'fair-use',
      savesPerHour: '60',
      saveMegabytesPerHour: '10',
      photosPerHour: '5',
    });
    expect(set.status).toBe(303);
    expect(await readSetting(db(), 'fair_use_limits')).toEqual({
      savesPerHour: 60,
      saveMegabytesPerHour: 10,
      photosPerHour: 5,
    });
    let revision = 1;
    for (let i = 0; i < 60; i += 1) {
      const response = await save(story.id, cookie, saveBody([`Draft ${i}`], [], revision));
      expect(response.status).toBe(200);
      revision = ((await response.json()) as { revision: number }).revision;
    }
    const refused = await save(story.id, cookie, saveBody(['One more'], [], revision));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toContain(
      'Your writing is safe on this device',
    );
    // Someone else is not held up by it.
    const other = await makePerson(db(), { name: 'Bo Other' });
    const otherStory = await makeStory(db(), [other]);
    expect(
      (await save(otherStory.id, await sessionCookieFor(db(), other), saveBody(['Hi'], [], 1)))
        .status,
    ).toBe(200);
  });

  it('regression: megabytes of saves are limited too, however few the saves', async () => {
    use();
    const author = await makePerson(db(), { name: 'Ann Smith' });
    const story = await makeStory(db(), [author]);
    const cookie = await sessionCookieFor(db(), author);
    const admin = await sessionCookieFor(
      db(),
      await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] }),
    );
    await post('/admin/settings', admin, {
      intent: 'fair-use',
      savesPerHour: '10000',
      saveMegabytesPerHour: '10',
      photosPerHour: '60',
    });
    // About 0.4 MB a save (the text and its plain copy): 10 MB is some 25 saves.
    const big = 'word '.repeat(39_000);
    let revision = 1;
    let saved = 0;
    let last = 0;
    for (let i = 0; i < 60; i += 1) {
      const response = await save(story.id, cookie, saveBody([big, `${i}`], [], revision));
      last = response.status;
      if (response.status !== 200) break;
      revision = ((await response.json()) as { revision: number }).revision;
      saved += 1;
    }
    expect(last).toBe(429);
    expect(saved).toBeGreaterThan(20);
    expect(saved).toBeLessThan(27);
  }, 120_000);

  it('an admin’s limits must be sensible numbers; a bad one changes nothing', async () => {
    use();
    const admin = await sessionCookieFor(
      db(),
      await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] }),
    );
    const response = await post('/admin/settings', admin, {
      intent: 'fair-use',
      savesPerHour: '0',
      saveMegabytesPerHour: 'lots',
      photosPerHour: '5',
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Allow at least 60 saves an hour.');
    expect(page).toContain('Write the megabytes an hour as a number.');
    expect(await readSetting(db(), 'fair_use_limits')).toBeUndefined();
  });

  it('regression: a save that names another story’s photo, or none at all, is refused', async () => {
    use();
    const ann = await makePerson(db(), { name: 'Ann Smith' });
    const bo = await makePerson(db(), { name: 'Bo Other' });
    const mine = await makeStory(db(), [ann]);
    const theirs = await makeStory(db(), [bo]);
    const stored = await storeUploadedPhoto(db(), createLocalMediaStore(), {
      storyId: theirs.id,
      uploadedBy: bo,
      bytes: await makePhoto(64, 48, 'jpeg'),
      altText: 'Their private photo',
      showsIdentifiablePeople: true,
    });
    if (!stored.ok) throw new Error(stored.message);
    const cookie = await sessionCookieFor(db(), ann);
    for (const id of [stored.media.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await save(mine.id, cookie, saveBody(['Look'], [id], 1));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain(
        'A photo in this story could not be found',
      );
    }
    const own = await storeUploadedPhoto(db(), createLocalMediaStore(), {
      storyId: mine.id,
      uploadedBy: ann,
      bytes: await makePhoto(64, 48, 'jpeg'),
      altText: 'My photo',
      showsIdentifiablePeople: false,
    });
    if (!own.ok) throw new Error(own.message);
    expect((await save(mine.id, cookie, saveBody(['Look'], [own.media.id], 1))).status).toBe(200);
  });

  it('regression: a helper’s post to the people page is a 404, not a 500', async () => {
    use();
    const author = await makePerson(db(), { name: 'Ann Smith' });
    const helper = await makePerson(db(), { name: 'Hal Helper' });
    const story = await makeStory(db(), [author]);
    await db()
      .insertInto('story_helpers')
      .values({ story_id: story.id, person_id: helper, access: 'edit', shared_by: author })
      .execute();
    const response = await post(
      `/my/stories/${story.id}/people`,
      await sessionCookieFor(db(), helper),
      { intent: 'share-with-helper', personId: helper, access: 'edit' },
    );
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1');
  });

  it('regression: a photo with an absurd side is refused from its header, at once', async () => {
    use();
    const needle = makeNeedlePng(39_000_000);
    expect(needle.length).toBeLessThan(200_000);
    const started = performance.now();
    const result = await processUpload(needle);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, status: 413, reason: 'side-too-long' });
    expect(result.ok ? '' : result.message).toContain('no side can be more than 16,384 pixels');
  });

  it('one person’s photos take turns: their next starts only when their last has finished', async () => {
    use();
    const order: string[] = [];
    const photo = await makePhoto(1200, 900, 'jpeg', { noise: true });
    const track = (owner: string, label: string) =>
      processUpload(photo, { owner }).then((result) => {
        order.push(label);
        return result;
      });
    const results = await Promise.all([
      track('hostile', 'h1'),
      track('hostile', 'h2'),
      track('hostile', 'h3'),
      track('hostile', 'h4'),
      track('ordinary', 'o1'),
    ]);
    // Two in hand at most: the rest are refused at once, holding nothing.
    expect(results.map((result) => (result.ok ? 'ok' : result.reason))).toEqual([
      'ok',
      'ok',
      'busy',
      'busy',
      'ok',
    ]);
    // The ordinary person's photo did not wait behind the other's second.
    expect(order.indexOf('o1')).toBeLessThan(order.indexOf('h2'));
  });

  it('photos over the hourly limit are refused with a plain message', async () => {
    use();
    const author = await makePerson(db(), { name: 'Ann Smith' });
    const story = await makeStory(db(), [author]);
    const cookie = await sessionCookieFor(db(), author);
    const admin = await sessionCookieFor(
      db(),
      await makePerson(db(), { name: 'Alex Admin', roles: ['admin'] }),
    );
    await post('/admin/settings', admin, {
      intent: 'fair-use',
      savesPerHour: '720',
      saveMegabytesPerHour: '100',
      photosPerHour: '5',
    });
    const photo = await makePhoto(64, 48, 'jpeg');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const body = new FormData();
      body.append('file', new File([new Uint8Array(photo)], 'p.jpg', { type: 'image/jpeg' }));
      body.append('altText', `Photo ${i}`);
      const response = await fetch(`${base()}/api/stories/${story.id}/media`, {
        method: 'POST',
        headers: { cookie, origin: base() },
        body,
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(((await response.json()) as { message: string }).message).toContain(
          'added a lot of photos in the last hour',
        );
      }
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});
