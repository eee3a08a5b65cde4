/**
 * Photos: what is stored is re-encoded WebP with no metadata,
 * and anything hostile or broken is refused with a plain 4xx and leaves no file
 * and no row behind.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { canDecodeHeic, VARIANT_NAMES } from '#src/server/media/images.ts';
import { createLocalMediaStore, type MediaStore } from '#src/server/media/storage.ts';
import { removeStoredPhoto, storeUploadedPhoto } from '#src/server/media/photos.ts';
import {
  findMediaById,
  listMediaForStory,
  type Media,
} from '#src/server/media/photos.repository.ts';
import {
  makeElf,
  makeHevcHeic,
  makeJpegBomb,
  makeJpegWithEverything,
  makeJpegZipHtmlPolyglot,
  makeMp4Header,
  makePhoto,
  makePngBomb,
  makePngHeaderThenScript,
  makePngWithScript,
  makeSvgWithScript,
  makeTruncated,
  makeWindowsExecutable,
  PLANTED,
  webpChunkTypes,
} from '../fixtures/images/make-images.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

// Chunks a WebP made from bare pixels may have; EXIF, XMP and ICCP are metadata.
const PIXEL_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH']);

interface HostileCase {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array> | Uint8Array;
  readonly status: 400 | 413 | 415;
  readonly reason: string;
}

const hostileUploads: HostileCase[] = [
  { name: 'an empty file', bytes: () => new Uint8Array(0), status: 400, reason: 'empty' },
  {
    name: 'a file over 20 MB',
    // JPEG magic first, so only the size can refuse it.
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(20 * 1024 * 1024)]),
    status: 413,
    reason: 'too-large',
  },
  {
    name: 'a PNG decompression bomb (50000×50000 declared)',
    bytes: makePngBomb,
    status: 413,
    reason: 'too-many-pixels',
  },
  {
    name: 'a JPEG whose header claims 65000×65000',
    bytes: makeJpegBomb,
    status: 413,
    reason: 'too-many-pixels',
  },
  {
    name: 'an SVG with a script',
    bytes: makeSvgWithScript,
    status: 415,
    reason: 'not-a-photo',
  },
  { name: 'a GIF', bytes: () => makePhoto(32, 32, 'gif'), status: 415, reason: 'not-a-photo' },
  { name: 'a TIFF', bytes: () => makePhoto(32, 32, 'tiff'), status: 415, reason: 'not-a-photo' },
  {
    name: 'a Linux executable named photo.jpg',
    bytes: makeElf,
    status: 415,
    reason: 'not-a-photo',
  },
  {
    name: 'a Windows executable named photo.png',
    bytes: makeWindowsExecutable,
    status: 415,
    reason: 'not-a-photo',
  },
  {
    name: 'an HTML page',
    bytes: () => Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
    status: 415,
    reason: 'not-a-photo',
  },
  { name: 'an MP4 video header', bytes: makeMp4Header, status: 415, reason: 'not-a-photo' },
  {
    name: 'a truncated JPEG',
    bytes: () => makeTruncated('jpeg'),
    status: 400,
    reason: 'damaged',
  },
  { name: 'a truncated PNG', bytes: () => makeTruncated('png'), status: 400, reason: 'damaged' },
  {
    name: 'a PNG signature followed by a script',
    bytes: makePngHeaderThenScript,
    status: 400,
    reason: 'damaged',
  },
];

describeEachDatabase('photos', ({ db }) => {
  let mediaDir: string;
  let store: MediaStore;

  beforeEach(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'heard-media-'));
    store = createLocalMediaStore(mediaDir);
  });

  afterEach(async () => {
    await rm(mediaDir, { recursive: true, force: true });
  });

  async function storyWithAuthor(): Promise<{ storyId: string; authorId: string }> {
    const authorId = await makePerson(db());
    const story = await makeStory(db(), [authorId]);
    return { storyId: story.id, authorId };
  }

  async function upload(bytes: Uint8Array, altText = 'A red square on a white wall') {
    const { storyId, authorId } = await storyWithAuthor();
    const result = await storeUploadedPhoto(db(), store, {
      storyId,
      uploadedBy: authorId,
      bytes,
      altText,
      showsIdentifiablePeople: false,
    });
    return { result, storyId, authorId };
  }

  async function storedFiles(): Promise<string[]> {
    return (await readdir(mediaDir)).sort();
  }

  async function mediaRowCount(): Promise<number> {
    const { count } = await db()
      .selectFrom('media')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async function readVariants(media: Media): Promise<Uint8Array[]> {
    return Promise.all(
      VARIANT_NAMES.map(async (name) => {
        const bytes = await store.get(media.storageKey, name);
        if (!bytes) throw new Error(`The ${name} variant is missing.`);
        return bytes;
      }),
    );
  }

  function expectStored(result: Awaited<ReturnType<typeof upload>>['result']): Media {
    if (!result.ok) throw new Error(`Expected the photo to be stored: ${result.message}`);
    return result.media;
  }

  it('a JPEG with GPS, EXIF, XMP, ICC, IPTC and a comment is stored upright with no metadata at all', async () => {
    const original = await makeJpegWithEverything();
    // The planted metadata really is in the upload.
    const before = await sharp(original).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif).toBeDefined();
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();
    expect(before.iptc).toBeDefined();
    const exif = before.exif ?? Buffer.alloc(0);
    // The GPS directory pointer (tag 0x8825), in either byte order.
    expect(
      exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25])),
    ).toBe(true);
    for (const text of [
      'Exif',
      PLANTED.artist,
      PLANTED.gpsDatum,
      PLANTED.xmp,
      PLANTED.comment,
      PLANTED.iptc,
    ]) {
      expect(original.includes(text)).toBe(true);
    }

    const { result, storyId } = await upload(original);
    const media = expectStored(result);

    // Turned upright from EXIF orientation 6: 1200×800 stored sideways is 800×1200.
    expect({ width: media.width, height: media.height }).toEqual({ width: 800, height: 1200 });
    expect(media.variants.map(({ name, width, height }) => ({ name, width, height }))).toEqual([
      { name: 'small', width: 480, height: 720 },
      { name: 'medium', width: 800, height: 1200 },
      { name: 'large', width: 800, height: 1200 },
    ]);

    const files = await storedFiles();
    expect(files).toEqual(VARIANT_NAMES.map((name) => `${media.storageKey}-${name}.webp`).sort());
    expect(media.storageKey).toMatch(/^[0-9a-f]{32}$/);

    for (const webp of await readVariants(media)) {
      const after = await sharp(webp).metadata();
      expect(after.format).toBe('webp');
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.iptc).toBeUndefined();
      expect(after.comments).toBeUndefined();
      expect(after.hasProfile).toBe(false);
      expect(after.orientation).toBeUndefined();
      expect(new Set(webpChunkTypes(webp)).isSubsetOf(PIXEL_CHUNKS)).toBe(true);
      const raw = Buffer.from(webp);
      for (const text of [
        'Exif',
        'GPS',
        'XMP',
        'ICCP',
        PLANTED.artist,
        PLANTED.gpsDatum,
        PLANTED.xmp,
        PLANTED.comment,
        PLANTED.iptc,
      ]) {
        expect(raw.includes(text), `found "${text}"`).toBe(false);
      }
    }

    expect(await listMediaForStory(db(), storyId)).toEqual([media]);
    expect(await findMediaById(db(), media.id)).toEqual(media);
  });

  it('keeps the aspect ratio and never enlarges a photo', async () => {
    const big = expectStored((await upload(await makePhoto(2000, 1000, 'jpeg'))).result);
    expect(big.variants.map(({ width, height }) => [width, height])).toEqual([
      [480, 240],
      [960, 480],
      [1600, 800],
    ]);
    const small = expectStored((await upload(await makePhoto(300, 200, 'png'))).result);
    expect(small.variants.map(({ width, height }) => [width, height])).toEqual([
      [300, 200],
      [300, 200],
      [300, 200],
    ]);
    for (const webp of await readVariants(small)) {
      expect(await sharp(webp).metadata()).toMatchObject({ width: 300, height: 200 });
    }
  });

  it.each(['png', 'webp', 'avif'] as const)('accepts a %s photo', async (format) => {
    const media = expectStored(
      (await upload(await makePhoto(640, 480, format, { alpha: format === 'png' }))).result,
    );
    expect(media.width).toBe(640);
    expect(await storedFiles()).toHaveLength(3);
    const [small] = await readVariants(media);
    expect((await sharp(small).metadata()).format).toBe('webp');
  });

  it.each(hostileUploads)('refuses $name and keeps nothing', async (hostile) => {
    const { result } = await upload(await hostile.bytes());
    expect(result).toMatchObject({ ok: false, status: hostile.status, reason: hostile.reason });
    if (result.ok) return;
    expectPlainMessage(result.message);
    expect(await storedFiles()).toEqual([]);
    expect(await mediaRowCount()).toBe(0);
  });

  it('refuses a photo over the pixel limit even when it is a real, small file', async () => {
    const { storyId, authorId } = await storyWithAuthor();
    const result = await storeUploadedPhoto(
      db(),
      store,
      {
        storyId,
        uploadedBy: authorId,
        bytes: await makePhoto(100, 100, 'png'),
        altText: 'A square',
        showsIdentifiablePeople: false,
      },
      { maxPixels: 9_999 },
    );
    expect(result).toMatchObject({ ok: false, status: 413, reason: 'too-many-pixels' });
    expect(await storedFiles()).toEqual([]);
    expect(await mediaRowCount()).toBe(0);
  });

  it('says plainly that HEIC (HEVC) photos cannot be opened when this build has no HEVC decoder', async () => {
    const { result } = await upload(makeHevcHeic());
    if (canDecodeHeic()) {
      // A libvips with libde265 would try the stub HEVC data and find it damaged
      // (or, if the decoder plugin is missing after all, say HEIC is unsupported).
      expect(result).toMatchObject({ ok: false });
    } else {
      expect(result).toMatchObject({ ok: false, status: 415, reason: 'heic-unsupported' });
      if (!result.ok) {
        expectPlainMessage(result.message);
        expect(result.message).toMatch(/HEIC/);
      }
    }
    expect(await storedFiles()).toEqual([]);
    expect(await mediaRowCount()).toBe(0);
  });

  it('a HEIF container claiming too many pixels is refused before any decoding', async () => {
    const { result } = await upload(makeHevcHeic(50_000, 50_000));
    expect(result).toMatchObject({ ok: false, status: 413, reason: 'too-many-pixels' });
    expect(await storedFiles()).toEqual([]);
  });

  it('a JPEG with HTML and a zip appended comes back re-encoded, with none of the appended bytes', async () => {
    const polyglot = await makeJpegZipHtmlPolyglot();
    expect(polyglot.includes('<script>')).toBe(true);
    expect(polyglot.includes(Buffer.from('PK\x03\x04', 'latin1'))).toBe(true);
    const media = expectStored((await upload(polyglot)).result);
    for (const webp of await readVariants(media)) {
      const raw = Buffer.from(webp);
      expect(raw.includes('<script')).toBe(false);
      expect(raw.includes('<html')).toBe(false);
      expect(raw.includes('payload.html')).toBe(false);
      expect(raw.includes(Buffer.from('PK\x03\x04', 'latin1'))).toBe(false);
      expect(new Set(webpChunkTypes(webp)).isSubsetOf(PIXEL_CHUNKS)).toBe(true);
    }
  });

  it('a PNG carrying a script in a text chunk and after its end keeps only its pixels', async () => {
    const png = await makePngWithScript();
    expect((await sharp(png).metadata()).comments).toEqual([
      { keyword: 'Comment', text: PLANTED.pngText },
    ]);
    const media = expectStored((await upload(png)).result);
    for (const webp of await readVariants(media)) {
      const raw = Buffer.from(webp);
      expect(raw.includes('script')).toBe(false);
      expect((await sharp(webp).metadata()).comments).toBeUndefined();
    }
  });

  it.each([
    { altText: '', reason: 'alt-text-missing' },
    { altText: ' \n\t\u00a0 ', reason: 'alt-text-missing' },
    { altText: 'x'.repeat(1001), reason: 'alt-text-too-long' },
  ])('refuses a photo whose description is $reason, before reading it', async (row) => {
    const { result } = await upload(await makePhoto(64, 64, 'jpeg'), row.altText);
    expect(result).toMatchObject({ ok: false, status: 400, reason: row.reason });
    if (!result.ok) expectPlainMessage(result.message);
    expect(await storedFiles()).toEqual([]);
    expect(await mediaRowCount()).toBe(0);
  });

  it('stores the description tidied, up to 1000 characters counted as the database counts them', async () => {
    const longest = '🌳'.repeat(1000); // 2000 UTF-16 units, 1000 characters
    const media = expectStored((await upload(await makePhoto(64, 64, 'jpeg'), longest)).result);
    expect(media.altText).toBe(longest);
    const tidied = expectStored(
      (await upload(await makePhoto(64, 64, 'jpeg'), '  Nan\n\nat the\0 seaside  ')).result,
    );
    expect(tidied.altText).toBe('Nan at the seaside');
  });

  it('when writing a file fails part-way, the files already written are removed and no row is kept', async () => {
    let puts = 0;
    const failingStore: MediaStore = {
      ...store,
      put: async (key, variant, webp) => {
        puts += 1;
        if (puts === 2) throw new Error('disk full');
        await store.put(key, variant, webp);
      },
    };
    const { storyId, authorId } = await storyWithAuthor();
    await expect(
      storeUploadedPhoto(db(), failingStore, {
        storyId,
        uploadedBy: authorId,
        bytes: await makePhoto(640, 480, 'jpeg'),
        altText: 'A photo',
        showsIdentifiablePeople: true,
      }),
    ).rejects.toThrow('disk full');
    expect(puts).toBe(2);
    expect(await storedFiles()).toEqual([]);
    expect(await mediaRowCount()).toBe(0);
  });

  it('when the row cannot be written, the files are removed', async () => {
    const authorId = await makePerson(db());
    await expect(
      storeUploadedPhoto(db(), store, {
        storyId: '00000000-0000-4000-8000-000000000000', // no such story
        uploadedBy: authorId,
        bytes: await makePhoto(640, 480, 'jpeg'),
        altText: 'A photo',
        showsIdentifiablePeople: false,
      }),
    ).rejects.toThrow();
    expect(await storedFiles()).toEqual([]);
    expect(await mediaRowCount()).toBe(0);
  });

  it('refuses to run inside a caller’s transaction, which could roll back after files are kept', async () => {
    const { storyId, authorId } = await storyWithAuthor();
    const bytes = await makePhoto(64, 64, 'jpeg');
    await expect(
      db()
        .transaction()
        .execute((trx) =>
          storeUploadedPhoto(trx, store, {
            storyId,
            uploadedBy: authorId,
            bytes,
            altText: 'A photo',
            showsIdentifiablePeople: false,
          }),
        ),
    ).rejects.toThrow(/outside a transaction/);
    expect(await storedFiles()).toEqual([]);
  });

  it('several uploads at once (by several people) are all stored, each under its own key', async () => {
    const { storyId } = await storyWithAuthor();
    const photos = await Promise.all([1, 2, 3, 4, 5].map((n) => makePhoto(200 * n, 150, 'jpeg')));
    // One person has at most two photos in hand at once (images.ts); five
    // people each send one.
    const uploaders = await Promise.all(photos.map(() => makePerson(db())));
    const results = await Promise.all(
      photos.map((bytes, index) =>
        storeUploadedPhoto(db(), store, {
          storyId,
          uploadedBy: uploaders[index] ?? null,
          bytes,
          altText: `Photo ${index + 1}`,
          showsIdentifiablePeople: index % 2 === 0,
        }),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const listed = await listMediaForStory(db(), storyId);
    expect(listed).toHaveLength(5);
    expect(new Set(listed.map((media) => media.storageKey)).size).toBe(5);
    expect(await storedFiles()).toHaveLength(15);
  });

  it('removing a photo deletes its row and its files', async () => {
    const media = expectStored((await upload(await makePhoto(640, 480, 'jpeg'))).result);
    expect(await storedFiles()).toHaveLength(3);
    expect(await removeStoredPhoto(db(), store, media.id)).toBe(true);
    expect(await findMediaById(db(), media.id)).toBeUndefined();
    expect(await storedFiles()).toEqual([]);
    expect(await removeStoredPhoto(db(), store, media.id)).toBe(false);
  });

  it('an id from a URL that is not a uuid finds nothing rather than failing', async () => {
    expect(await findMediaById(db(), "1' or '1'='1")).toBeUndefined();
    expect(await findMediaById(db(), '../../etc/passwd')).toBeUndefined();
  });
});

// Messages are shown to the person who chose the file: whole sentences, no
// library names, codes or error jargon.
function expectPlainMessage(message: string): void {
  expect(message).toMatch(/^[A-Z].*\.$/s);
  expect(message).not.toMatch(/sharp|vips|libheif|heif:|error|exception|buffer|undefined/i);
  expect(message.length).toBeLessThan(200);
}
