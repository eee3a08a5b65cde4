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
import { VARIANT_NAMES } from './images.ts';

/** The files kept under one storage key: a photo's WebP sizes, or a recording's Opus sound. */
export const MEDIA_FILE_NAMES = [...VARIANT_NAMES, 'voice'] as const;
export type MediaFileName = (typeof MEDIA_FILE_NAMES)[number];

/** Whether `value` names a media file (and so is safe in a file name). */
export function isMediaFileName(value: string): value is MediaFileName {
  return (MEDIA_FILE_NAMES as readonly string[]).includes(value);
}

/** The file ending and content type of a media file. */
export function mediaFileFormat(name: MediaFileName): {
  readonly extension: 'webp' | 'opus';
  readonly contentType: 'image/webp' | 'audio/ogg';
} {
  return name === 'voice'
    ? { extension: 'opus', contentType: 'audio/ogg' }
    : { extension: 'webp', contentType: 'image/webp' };
}

/** Stores the files of photos and recordings by storage key. */
export interface MediaStore {
  /** Stores one file; readers see the whole file or none of it. */
  put(key: string, name: MediaFileName, bytes: Uint8Array): Promise<void>;
  /** One file's bytes (ready to be a Response body), or undefined if there is none. */
  get(key: string, name: MediaFileName): Promise<Uint8Array<ArrayBuffer> | undefined>;
  /** Removes every file stored under the key; removing nothing is not an error. */
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
  const pathOf = (key: string, name: MediaFileName): string => {
    // Keys and file names are checked so no caller can reach outside the folder.
    if (!isStorageKey(key)) throw new Error('Not a media storage key.');
    if (!isMediaFileName(name)) throw new Error('Not a media file name.');
    return join(root, `${key}-${name}.${mediaFileFormat(name).extension}`);
  };

  return {
    async put(key, name, bytes) {
      const target = pathOf(key, name);
      await mkdir(root, { recursive: true, mode: 0o700 });
      // Written beside the target and renamed into place (atomic on one file
      // system), so a crash or a concurrent read never sees half a photo.
      const temporary = join(root, `.${randomBytes(8).toString('hex')}.tmp`);
      try {
        const file = await open(temporary, 'wx', 0o600);
        try {
          await file.writeFile(bytes);
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
      for (const name of MEDIA_FILE_NAMES) {
        await rm(pathOf(key, name), { force: true });
      }
    },
  };
}

function isFileMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}
