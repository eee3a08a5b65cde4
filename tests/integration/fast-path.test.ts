/**
 * The fast path for public story pages (docs/decisions/005-cache-invalidation.md
 * "The fast path"): anonymous readers
 * get Astro's own page back from memory, but only after the consent check, and
 * never once anything the page shows has changed. `pageCache.hits` counts the
 * responses served from memory (the responses themselves carry no marker, so
 * they stay byte-for-byte Astro's).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords } from '#src/domain/words.ts';
import { validateEditorState } from '#src/editor/validate.ts';
import { useDatabaseForProcess, type Db } from '#src/server/platform/db.ts';
import { createLocalMediaStore } from '#src/server/media/storage.ts';
import { storeUploadedPhoto } from '#src/server/media/photos.ts';
import { createSharedLookup } from '#src/server/http/shared-lookup.ts';
import { storyCache as pageCache } from '#src/server/publishing/story-cache.ts';
import { appendConsentEvent } from '#src/server/consent/consent.repository.ts';
import { insertRevision, insertStory } from '#src/server/writing/stories.repository.ts';
import { loadStoryPage } from '#src/server/publishing/story-page.ts';
import { makePhoto } from '../fixtures/images/make-images.ts';
import { sessionCookieFor, startInProcessApp, type InProcessApp } from './support/app.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson } from './support/fixtures.ts';

let app: InProcessApp | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'heard-fast-path-'));
  process.env['HEARD_DATA_DIR'] = dataDir;
  app = await startInProcessApp();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const url = (path: string) => `${app?.url ?? ''}${path}`;

async function request(
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
) {
  // Uncompressed, so the bytes and their length are Astro's own
  // (tests/integration/compression.test.ts covers the compressed answers).
  const response = await fetch(url(path), {
    ...init,
    headers: { 'accept-encoding': 'identity', ...init.headers },
    redirect: 'manual',
  });
  return { response, body: await response.text() };
}

/** Requests `path` and waits until the fast path has stored what Astro rendered. */
async function warm(path: string) {
  const stores = pageCache.stores;
  const first = await request(path);
  expect(first.response.status).toBe(200);
  await expect.poll(() => pageCache.stores, { timeout: 10_000 }).toBeGreaterThan(stores);
  return first;
}

/** Requests `path` and reports whether it was served from memory. */
async function requestCounted(
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
) {
  const hits = pageCache.hits;
  const result = await request(path, init);
  return { ...result, fromCache: pageCache.hits > hits };
}

// Per connection or per response: the only headers allowed to differ.
const FRAMING = new Set([
  'date',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);
const pageHeaders = (response: Response) =>
  [...response.headers].filter(([name]) => !FRAMING.has(name)).sort();

/** A published story with a photo, a theme and, optionally, content notes. */
async function publishStory(
  db: Db,
  options: { title?: string; contentNotes?: string[]; themes?: string[]; opening?: string } = {},
) {
  const author = await makePerson(db, { name: 'Margaret Ellis' });
  const story = await insertStory(db, {
    title: options.title ?? 'The harbour',
    kind: 'life_story',
    authorIds: [author],
    themes: options.themes ?? ['Family'],
    contentNotes: options.contentNotes ?? [],
    now: new Date(),
  });
  const stored = await storeUploadedPhoto(db, createLocalMediaStore(), {
    storyId: story.id,
    uploadedBy: author,
    bytes: await makePhoto(64, 48, 'jpeg'),
    altText: 'The harbour at dawn',
    showsIdentifiablePeople: false,
  });
  if (!stored.ok) throw new Error(stored.message);
  await saveRevision(db, story.id, author, options.opening ?? 'I grew up by the sea.', null, [
    stored.media.id,
  ]);
  await changeConsent(db, story.id, author, 'grant', 1);
  return { author, storyId: story.id, slug: story.slug, photo: stored.media.id };
}

async function saveRevision(
  db: Db,
  storyId: string,
  authorId: string,
  text: string,
  basedOn: number | null,
  photos: string[] = [],
) {
  const state = {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', text }] },
        ...photos.map((mediaId) => ({
          type: 'photo',
          mediaId,
          altText: 'The harbour at dawn',
          showsIdentifiablePeople: false,
        })),
      ],
    },
  };
  const valid = validateEditorState(state, 'life_story');
  if (!valid.ok) throw new Error(valid.message);
  const saved = await insertRevision(db, {
    storyId,
    editorState: valid.state,
    plainText: valid.plainText,
    wordCount: countWords(valid.plainText),
    authorId,
    basedOn,
    now: new Date(),
  });
  if (!saved.ok) throw new Error('could not save');
}

async function changeConsent(
  db: Db,
  storyId: string,
  author: string,
  kind: 'grant' | 'withdraw',
  revisionNumber = 1,
) {
  const result = await appendConsentEvent(
    db,
    storyId,
    kind === 'grant'
      ? {
          kind,
          actorId: author,
          subjectId: author,
          scope: 'public_site',
          anonymity: 'first_name',
          revisionNumber,
        }
      : { kind, actorId: author, subjectId: author, scope: 'public_site' },
    { now: new Date() },
  );
  expect(result.ok).toBe(true);
}

describeEachDatabase('the fast path for public story pages', ({ db, handle }) => {
  it("serves the second anonymous request from memory, with Astro's exact body and headers", async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await publishStory(db());
    const path = `/stories/${story.slug}`;
    const rendered = await warm(path);
    expect(rendered.body).toContain('I grew up by the sea.');
    expect(rendered.body).toContain(`/media/${story.photo}/`);

    const cached = await requestCounted(path);
    expect(cached.fromCache).toBe(true);
    expect(cached.response.status).toBe(200);
    expect(cached.body).toBe(rendered.body);
    expect(pageHeaders(cached.response)).toEqual(pageHeaders(rendered.response));
    expect(cached.response.headers.get('content-length')).toBe(
      String(Buffer.byteLength(cached.body)),
    );
    // The headers Astro and the middleware made are all there.
    for (const name of [
      'content-security-policy',
      'x-content-type-options',
      'etag',
      'surrogate-key',
    ]) {
      expect(cached.response.headers.get(name)).toBeTruthy();
    }
    expect(cached.response.headers.get('cache-control')).toBe('no-cache');

    // Anything but exactly `?read=1` is Astro's.
    expect((await requestCounted(`${path}?utm_source=x`)).fromCache).toBe(false);
    expect((await requestCounted(`${path}/`)).fromCache).toBe(false);
  });

  it('answers a matching If-None-Match with 304 and HEAD with headers only', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await publishStory(db());
    const path = `/stories/${story.slug}`;
    // HEAD before anything is stored goes to Astro, and stores nothing.
    const stores = pageCache.stores;
    const coldHead = await requestCounted(path, { method: 'HEAD' });
    expect(coldHead.response.status).toBe(200);
    expect(coldHead.fromCache).toBe(false);
    expect(pageCache.stores).toBe(stores);

    const rendered = await warm(path);
    const etag = rendered.response.headers.get('etag') ?? '';
    expect(etag).not.toBe('');

    const revalidated = await requestCounted(path, { headers: { 'if-none-match': etag } });
    expect(revalidated.fromCache).toBe(true);
    expect(revalidated.response.status).toBe(304);
    expect(revalidated.body).toBe('');
    expect(pageHeaders(revalidated.response)).toEqual(pageHeaders(rendered.response));

    const other = await requestCounted(path, { headers: { 'if-none-match': 'W/"other"' } });
    expect(other.fromCache).toBe(true);
    expect(other.response.status).toBe(200);
    expect(other.body).toBe(rendered.body);

    const head = await requestCounted(path, { method: 'HEAD' });
    expect(head.fromCache).toBe(true);
    expect(head.response.status).toBe(200);
    expect(head.body).toBe('');
    expect(pageHeaders(head.response)).toEqual(pageHeaders(coldHead.response));
  });

  it('never serves a signed-in reader from memory, nor stores their page', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await publishStory(db());
    const path = `/stories/${story.slug}`;
    const cookie = await sessionCookieFor(db(), story.author);

    const stores = pageCache.stores;
    const first = await requestCounted(path, { headers: { cookie } });
    expect(first.response.status).toBe(200);
    expect(first.fromCache).toBe(false);
    expect(first.body).toContain('Sign out');
    // A store follows the response: give one every chance to happen, then check none did.
    await sleep(200);
    expect(pageCache.stores).toBe(stores);

    await warm(path);
    const signedIn = await requestCounted(path, { headers: { cookie } });
    expect(signedIn.fromCache).toBe(false);
    expect(signedIn.body).toContain('Sign out');
    expect(signedIn.response.headers.get('cache-control')).toContain('private');
    const anonymous = await requestCounted(path);
    expect(anonymous.fromCache).toBe(true);
    expect(anonymous.body).not.toContain('Sign out');
  });

  it('answers 410 on the very next request after a withdrawal, whatever memory holds', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await publishStory(db());
    const path = `/stories/${story.slug}`;
    await warm(path);
    const held = await loadStoryPage(db(), story.slug, new Date());
    if (!held) throw new Error('the story should be public');
    const page = pageCache.getPage(story.storyId, held.key, 'plain');
    expect(page).toBeDefined();

    await changeConsent(db(), story.storyId, story.author, 'withdraw');
    // Not waiting for the NOTIFY: and to be sure it has not arrived, put the old
    // page back as if it had been missed.
    if (page) pageCache.setPage(story.storyId, held.key, 'plain', page);
    const gone = await requestCounted(path);
    expect(gone.response.status).toBe(410);
    expect(gone.fromCache).toBe(false);
    expect(gone.body).not.toContain('I grew up by the sea.');
    expect(gone.body).not.toContain('The harbour');

    // The notification still frees the memory.
    await changeConsent(db(), story.storyId, story.author, 'grant', 1);
    await warm(path);
    const size = pageCache.size;
    await changeConsent(db(), story.storyId, story.author, 'withdraw');
    await expect.poll(() => pageCache.size, { timeout: 10_000 }).toBeLessThan(size);
  });

  it('shows a newly shared revision at once: the new version is a new page', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await publishStory(db());
    const path = `/stories/${story.slug}`;
    const before = await warm(path);
    expect((await requestCounted(path)).fromCache).toBe(true);

    await saveRevision(db(), story.storyId, story.author, 'A new opening, shared later.', 1);
    const unshared = await requestCounted(path);
    expect(unshared.fromCache).toBe(true);
    expect(unshared.body).not.toContain('A new opening');

    await changeConsent(db(), story.storyId, story.author, 'grant', 2);
    const after = await requestCounted(path);
    expect(after.fromCache).toBe(false);
    expect(after.body).toContain('A new opening, shared later.');
    expect(after.response.headers.get('etag')).not.toBe(before.response.headers.get('etag'));
  });

  it('keeps the content-notes page and the ?read=1 page apart', async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await publishStory(db(), { contentNotes: ['grief'] });
    const path = `/stories/${story.slug}`;
    await warm(path);
    await warm(`${path}?read=1`);

    const notes = await requestCounted(path);
    expect(notes.fromCache).toBe(true);
    expect(notes.body).toContain('this story talks about grief');
    expect(notes.body).not.toContain('I grew up by the sea.');
    const text = await requestCounted(`${path}?read=1`);
    expect(text.fromCache).toBe(true);
    expect(text.body).toContain('I grew up by the sea.');
  });

  it("drops a related story's card from a held page as soon as that story is withdrawn", async () => {
    useDatabaseForProcess({ ...handle(), close: async () => {} });
    const story = await publishStory(db(), { themes: ['Family'] });
    const related = await publishStory(db(), { title: 'My brother Tom', themes: ['Family'] });
    const path = `/stories/${story.slug}?read=1`;
    const first = await warm(path);
    expect(first.body).toContain('My brother Tom');
    expect((await requestCounted(path)).fromCache).toBe(true);

    await changeConsent(db(), related.storyId, related.author, 'withdraw');
    const after = await requestCounted(path);
    expect(after.response.status).toBe(200);
    expect(after.fromCache).toBe(false);
    expect(after.body).not.toContain('My brother Tom');
  });
});

describe('shared consent lookups', () => {
  it('share a read only among requests that arrived before it started', async () => {
    const reads: { slug: string; settle: (value: number | Error) => void }[] = [];
    const lookUp = createSharedLookup(
      (_db, slug) =>
        new Promise<number>((resolve, reject) => {
          reads.push({
            slug,
            settle: (value) => (value instanceof Error ? reject(value) : resolve(value)),
          });
        }),
    );
    const db = {} as Db;
    const first = lookUp(db, 'a');
    // These arrive while the first read runs: it may already have missed a
    // withdrawal they must see, so they wait for a read of their own.
    const second = lookUp(db, 'a');
    const third = lookUp(db, 'a');
    const other = lookUp(db, 'b');
    expect(reads.map((read) => read.slug)).toEqual(['a', 'b']);

    reads[0]?.settle(1);
    expect(await first).toBe(1);
    expect(reads.map((read) => read.slug)).toEqual(['a', 'b', 'a']);
    reads[2]?.settle(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    reads[1]?.settle(3);
    expect(await other).toBe(3);

    // A failed read fails only those sharing it; the next caller reads afresh.
    const failing = lookUp(db, 'a');
    reads[3]?.settle(new Error('database down'));
    await expect(failing).rejects.toThrow('database down');
    const after = lookUp(db, 'a');
    expect(reads).toHaveLength(5);
    reads[4]?.settle(4);
    expect(await after).toBe(4);
  });
});
