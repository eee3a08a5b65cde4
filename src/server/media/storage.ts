/**
 * Where photo files live. Locally, under `$HEARD_DATA_DIR/media` (default
 * `./data/media`), outside `public/`, so a photo is only ever served by the media
 * route that checks, on every request, who may see it (docs/decisions/004-photos.md):
 * a withdrawn story's photos go with it.
 * `MediaStore` is the whole contract: the database and S3-compatible stores in
 * this folder keep it too, and `configured-store.ts` picks one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isVariantName, VARIANT_NAMES, type VariantName } from './images.ts';

/** Stores the WebP variants of photos by storage key. */
export interface MediaStore {
  /** Stores one variant; readers see the whole file or none of it. */
  put(key: string, variant: VariantName, webp: Uint8Array): Promise<void>;
  /** One variant's bytes (ready to be a Response body), or undefined if there is none. */
  get(key: string, variant: VariantName): Promise<Uint8Array<ArrayBuffer> | undefined>;
  /** Removes every variant stored under the key; removing nothing is not an error. */
  delete(key: string): Promise<void>;
}

const STORAGE_KEY = /^[0-9a-f]{32}$/;

/** A new random storage key: 128 bits, so file names reveal and predict nothing. */
export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** Whether `value` has the shape of a storage key (and so is safe in a file name). */
export function isStorageKey(value: string): boolean {
  return STORAGE_KEY.test(value);
}

/** The folder for media files, read from the environment. */
export function readMediaDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['HEARD_DATA_DIR']?.trim() || 'data';
  return resolve(base, 'media');
}

/** A store that keeps files in one local folder, created on first write. */
export function createLocalMediaStore(dir: string = readMediaDir()): MediaStore {
  const root = resolve(dir);
  const pathOf = (key: string, variant: VariantName): string => {
    // Keys and variant names are checked so no caller can reach outside the folder.
    if (!isStorageKey(key)) throw new Error('Not a media storage key.');
    if (!isVariantName(variant)) throw new Error('Not a media variant name.');
    return join(root, `${key}-${variant}.webp`);
  };

  return {
    async put(key, variant, webp) {
      const target = pathOf(key, variant);
      await mkdir(root, { recursive: true, mode: 0o700 });
      // Written beside the target and renamed into place (atomic on one file
      // system), so a crash or a concurrent read never sees half a photo.
      const temporary = join(root, `.${randomBytes(8).toString('hex')}.tmp`);
      try {
        const file = await open(temporary, 'wx', 0o600);
        try {
          await file.writeFile(webp);
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key, variant) {
      try {
        return new Uint8Array(await readFile(pathOf(key, variant)));
      } catch (error) {
        if (isFileMissing(error)) return undefined;
        throw error;
      }
    },

    async delete(key) {
      for (const variant of VARIANT_NAMES) {
        await rm(pathOf(key, variant), { force: true });
      }
    },
  };
}

function isFileMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}
