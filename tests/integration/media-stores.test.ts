/**
 * One contract, every media store: the local folder, the database (on PGlite
 * and PostgreSQL) and an S3-compatible bucket. The bucket is a real
 * S3-compatible server: the one at HEARD_TEST_S3_ENDPOINT (with
 * HEARD_TEST_S3_BUCKET), or else s3rver started here on a free port. When
 * neither can be had, the S3 contract is skipped, and says so loudly.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { VariantName } from '#src/server/media/images.ts';
import {
  createLocalMediaStore,
  newStorageKey,
  type MediaStore,
} from '#src/server/media/storage.ts';
import { createDatabaseMediaStore } from '#src/server/media/database-store.ts';
import { createS3MediaStore } from '#src/server/media/s3-store.ts';
import { movePhotos } from '#src/server/media/move-photos.ts';
import { readMediaStoreConfig } from '#src/server/media/configured-store.ts';
import { insertMedia } from '#src/server/media/photos.repository.ts';
import { eraseAccount } from '#src/server/accounts/account.ts';
import { StartupError } from '#src/server/platform/startup-error.ts';
import { describeEachDatabase } from './support/databases.ts';
import { makePerson, makeStory } from './support/fixtures.ts';

function bytesOf(text: string, size = 0): Uint8Array {
  const head = new TextEncoder().encode(text);
  const out = new Uint8Array(Math.max(size, head.length));
  out.set(head);
  for (let i = head.length; i < out.length; i++) out[i] = i % 251;
  return out;
}

/** The contract every store keeps (src/server/media/storage.ts). */
function storeContract(
  open: () => MediaStore,
  options: { readonly replacedWhileRead: boolean } = { replacedWhileRead: true },
): void {
  it('gives back exactly the bytes it was given, per variant', async () => {
    const store = open();
    const key = newStorageKey();
    const variants: VariantName[] = ['small', 'medium', 'large'];
    for (const [i, variant] of variants.entries()) {
      await store.put(key, variant, bytesOf(`${variant}`, 1000 * (i + 1)));
    }
    for (const [i, variant] of variants.entries()) {
      expect(await store.get(key, variant)).toEqual(bytesOf(`${variant}`, 1000 * (i + 1)));
    }
  });

  it('answers undefined for a photo or a variant it does not have', async () => {
    const store = open();
    const key = newStorageKey();
    expect(await store.get(key, 'small')).toBeUndefined();
    await store.put(key, 'small', bytesOf('only small'));
    expect(await store.get(key, 'large')).toBeUndefined();
  });

  it('replaces a variant written twice, whole', async () => {
    const store = open();
    const key = newStorageKey();
    await store.put(key, 'medium', bytesOf('first', 5000));
    await store.put(key, 'medium', bytesOf('second', 300));
    expect(await store.get(key, 'medium')).toEqual(bytesOf('second', 300));
  });

  it('keeps photos apart by key, and delete removes every variant of one key only', async () => {
    const store = open();
    const [one, two] = [newStorageKey(), newStorageKey()];
    for (const variant of ['small', 'large'] as const) {
      await store.put(one, variant, bytesOf(`one ${variant}`));
      await store.put(two, variant, bytesOf(`two ${variant}`));
    }
    await store.delete(one);
    expect(await store.get(one, 'small')).toBeUndefined();
    expect(await store.get(one, 'large')).toBeUndefined();
    expect(await store.get(two, 'large')).toEqual(bytesOf('two large'));
    // Deleting what is not there is not an error.
    await store.delete(one);
    await store.delete(newStorageKey());
  });

  it.skipIf(!options.replacedWhileRead)(
    'never shows a reader part of a photo being replaced',
    async () => {
      const store = open();
      const key = newStorageKey();
      const old = bytesOf('old', 200_000);
      const next = bytesOf('new', 200_000);
      await store.put(key, 'large', old);
      const reads = Array.from({ length: 6 }, () => store.get(key, 'large'));
      await store.put(key, 'large', next);
      for (const read of await Promise.all(reads)) {
        expect([old, next]).toContainEqual(read);
      }
    },
  );

  it('refuses keys and file names that are not ours, so nothing outside the store is reached', async () => {
    const store = open();
    await expect(store.put('../../etc/passwd', 'small', bytesOf('x'))).rejects.toThrow(
      /storage key/,
    );
    await expect(store.get('ABC', 'small')).rejects.toThrow(/storage key/);
    await expect(store.put(newStorageKey(), 'huge' as VariantName, bytesOf('x'))).rejects.toThrow(
      /file name/,
    );
  });

  it('keeps a recording beside a photo under its own name, and removes both with the key', async () => {
    const store = open();
    const key = newStorageKey();
    await store.put(key, 'small', bytesOf('photo'));
    await store.put(key, 'voice', bytesOf('sound'));
    expect(await store.get(key, 'voice')).toEqual(bytesOf('sound'));
    expect(await store.get(key, 'small')).toEqual(bytesOf('photo'));
    await store.delete(key);
    expect(await store.get(key, 'voice')).toBeUndefined();
    expect(await store.get(key, 'small')).toBeUndefined();
  });
}

describe('media store contract [local folder]', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'heard-media-contract-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  storeContract(() => createLocalMediaStore(dir));
});

describeEachDatabase('media store contract [database]', ({ db }) => {
  storeContract(() => createDatabaseMediaStore(db()));
});

// --- S3-compatible: a real server, or a loud skip. ---------------------------

interface S3Target {
  readonly endpoint: string;
  readonly bucket: string;
  stop(): Promise<void>;
}

async function startS3(): Promise<S3Target | string> {
  const endpoint = process.env['HEARD_TEST_S3_ENDPOINT']?.trim();
  if (endpoint) {
    const bucket = process.env['HEARD_TEST_S3_BUCKET']?.trim();
    if (!bucket) return 'HEARD_TEST_S3_ENDPOINT is set but HEARD_TEST_S3_BUCKET is not';
    return { endpoint, bucket, stop: async () => {} };
  }
  let S3rver: typeof import('s3rver');
  try {
    ({ default: S3rver } = await import('s3rver'));
  } catch (error) {
    return `no S3-compatible server: HEARD_TEST_S3_ENDPOINT is not set and s3rver could not be loaded (${String(error)})`;
  }
  const directory = await mkdtemp(join(tmpdir(), 'heard-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: 'heard-test', configs: [] }],
  });
  try {
    const address = await server.run();
    return {
      endpoint: `http://127.0.0.1:${address.port}`,
      bucket: 'heard-test',
      stop: async () => {
        await server.close();
        await rm(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    return `s3rver would not start (${String(error)})`;
  }
}

const s3 = await startS3();
if (typeof s3 === 'string') {
  console.warn(
    `\n!!!!!!!!\n[media stores] THE S3 MEDIA STORE CONTRACT IS SKIPPED: ${s3}.\n` +
      'Set HEARD_TEST_S3_ENDPOINT and HEARD_TEST_S3_BUCKET to run it against a real server.\n!!!!!!!!\n',
  );
}

describe.skipIf(typeof s3 === 'string')('media store contract [S3-compatible]', () => {
  const target = s3 as S3Target;
  beforeAll(() => {
    process.env['AWS_ACCESS_KEY_ID'] ??= 'S3RVER';
    process.env['AWS_SECRET_ACCESS_KEY'] ??= 'S3RVER';
  });
  afterAll(async () => {
    await target.stop();
  });
  storeContract(
    () =>
      createS3MediaStore({
        bucket: target.bucket,
        endpoint: target.endpoint,
        region: 'us-east-1',
        prefix: 'contract/',
        forcePathStyle: true,
      }),
    // S3 itself replaces an object atomically; s3rver, a test double, writes
    // in place and aborts a read that races a write, so only a real server is
    // held to this.
    { replacedWhileRead: process.env['HEARD_TEST_S3_ENDPOINT'] !== undefined },
  );

  it('says plainly when the bucket does not exist, rather than "no such photo"', async () => {
    const store = createS3MediaStore({
      bucket: 'no-such-bucket-here',
      endpoint: target.endpoint,
      region: 'us-east-1',
      prefix: '',
      forcePathStyle: true,
    });
    await expect(store.get(newStorageKey(), 'small')).rejects.toThrow();
  });
});

// --- Choosing a store, moving photos, erasure. ------------------------------

describe('choosing the media store', () => {
  it.each([
    [{}, 'local'],
    [{ DATABASE_URL: 'postgres://h/db' }, 'database'],
    [{ DATABASE_URL: 'postgres://h/db', HEARD_MEDIA_STORE: 'local' }, 'local'],
    [{ HEARD_S3_BUCKET: 'photos' }, 's3'],
    [{ DATABASE_URL: 'postgres://h/db', HEARD_S3_BUCKET: 'photos' }, 's3'],
    [{ HEARD_MEDIA_STORE: 'Database' }, 'database'],
  ] as const)('%o chooses %s', (env, kind) => {
    expect(readMediaStoreConfig(env).kind).toBe(kind);
  });

  it.each([
    [{ HEARD_MEDIA_STORE: 'ftp' }, /must be local, database or s3/],
    [{ HEARD_MEDIA_STORE: 's3' }, /HEARD_S3_BUCKET is not set/],
  ] as const)('%o stops start-up with a plain sentence', (env, message) => {
    expect(() => readMediaStoreConfig(env)).toThrow(StartupError);
    expect(() => readMediaStoreConfig(env)).toThrow(message);
  });
});

describeEachDatabase('moving photos into another store', ({ db }) => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'heard-media-move-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function recordPhoto(storyId: string, key: string): Promise<void> {
    await insertMedia(db(), {
      storyId,
      uploadedBy: null,
      storageKey: key,
      altText: 'A photo',
      showsIdentifiablePeople: false,
      width: 10,
      height: 10,
      variants: (['small', 'medium', 'large'] as const).map((name) => ({
        name,
        width: 10,
        height: 10,
        bytes: 10,
      })),
    });
  }

  it('moves every photo, carries on after being stopped half-way, and leaves the disk empty', async () => {
    const author = await makePerson(db());
    const story = await makeStory(db(), [author]);
    const local = createLocalMediaStore(dir);
    const keys = Array.from({ length: 5 }, () => newStorageKey());
    for (const key of keys) {
      await recordPhoto(story.id, key);
      for (const variant of ['small', 'medium', 'large'] as const) {
        await local.put(key, variant, bytesOf(`${key} ${variant}`));
      }
    }
    const target = createDatabaseMediaStore(db());
    // The first run dies after seven files, as a crash or Ctrl+C would stop it.
    let puts = 0;
    const dying: MediaStore = {
      ...target,
      put: async (key, variant, webp) => {
        if (++puts > 7) throw new Error('the power went off');
        await target.put(key, variant, webp);
      },
    };
    await expect(movePhotos(db(), local, dying)).rejects.toThrow('the power went off');

    const report = await movePhotos(db(), local, target);
    expect(report.moved).toBe(5);
    expect(report.copied).toBe(15 - 7);
    expect(report.missing).toEqual([]);
    for (const key of keys) {
      for (const variant of ['small', 'medium', 'large'] as const) {
        expect(await target.get(key, variant)).toEqual(bytesOf(`${key} ${variant}`));
        expect(await local.get(key, variant)).toBeUndefined();
      }
    }
    // A third run finds nothing to do.
    expect(await movePhotos(db(), local, target)).toEqual({ moved: 5, copied: 0, missing: [] });
  });

  it('names a photo whose files are nowhere and leaves its other files on disk', async () => {
    const author = await makePerson(db());
    const story = await makeStory(db(), [author]);
    const local = createLocalMediaStore(dir);
    const key = newStorageKey();
    await recordPhoto(story.id, key);
    await local.put(key, 'small', bytesOf('small'));
    const report = await movePhotos(db(), local, createDatabaseMediaStore(db()));
    expect(report).toEqual({ moved: 0, copied: 1, missing: [key] });
    expect(await local.get(key, 'small')).toEqual(bytesOf('small'));
  });
});

describeEachDatabase('photos in the database go with the rest of a person', ({ db }) => {
  it('erasing an account removes its photos’ bytes in the same transaction as its rows', async () => {
    const author = await makePerson(db());
    const story = await makeStory(db(), [author]);
    const store = createDatabaseMediaStore(db());
    const key = newStorageKey();
    await store.put(key, 'large', bytesOf('a face'));
    await insertMedia(db(), {
      storyId: story.id,
      uploadedBy: author,
      storageKey: key,
      altText: 'My face',
      showsIdentifiablePeople: true,
      width: 1,
      height: 1,
      variants: [{ name: 'large', width: 1, height: 1, bytes: 6 }],
    });
    // A store whose after-commit delete does nothing: only the transaction can remove the bytes.
    const noDelete: MediaStore = { ...store, delete: async () => {} };
    const result = await eraseAccount(db(), noDelete, author, new Date());
    expect(result.ok).toBe(true);
    expect(await store.get(key, 'large')).toBeUndefined();
  });

  it('a rolled-back removal keeps the bytes', async () => {
    const author = await makePerson(db());
    const story = await makeStory(db(), [author]);
    const store = createDatabaseMediaStore(db());
    const key = newStorageKey();
    await store.put(key, 'small', bytesOf('kept'));
    await insertMedia(db(), {
      storyId: story.id,
      uploadedBy: author,
      storageKey: key,
      altText: 'Kept',
      showsIdentifiablePeople: false,
      width: 1,
      height: 1,
      variants: [{ name: 'small', width: 1, height: 1, bytes: 4 }],
    });
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await trx.deleteFrom('media').where('storage_key', '=', key).execute();
          expect(await createDatabaseMediaStore(trx).get(key, 'small')).toBeUndefined();
          throw new Error('changed my mind');
        }),
    ).rejects.toThrow('changed my mind');
    expect(await store.get(key, 'small')).toEqual(bytesOf('kept'));
  });
});
