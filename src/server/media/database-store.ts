/**
 * The media store inside the database: each photo variant is a row of
 * `media_files`. Every instance reads the same rows, so any instance serves any
 * photo, and a trigger on `media` removes a photo's bytes in the transaction
 * that removes its row (0016_media_files_and_mail_queue.ts), so erasing a
 * person takes their photos with it or not at all.
 */
import { isMediaFileName, isStorageKey, MEDIA_FILE_NAMES, type MediaStore } from './storage.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A store that keeps the files of photos and recordings in the `media_files` table of `db`. */
export function createDatabaseMediaStore(db: Db): MediaStore {
  const check = (key: string, variant?: string): void => {
    if (!isStorageKey(key)) throw new Error('Not a media storage key.');
    if (variant !== undefined && !isMediaFileName(variant)) {
      throw new Error('Not a media file name.');
    }
  };
  return {
    async put(key, variant, webp) {
      check(key, variant);
      // One statement: a reader sees the old bytes or the new, never part.
      await db
        .insertInto('media_files')
        .values({ storage_key: key, variant, bytes: webp })
        .onConflict((conflict) =>
          conflict.columns(['storage_key', 'variant']).doUpdateSet({ bytes: webp }),
        )
        .execute();
    },

    async get(key, variant) {
      check(key, variant);
      const row = await db
        .selectFrom('media_files')
        .select('bytes')
        .where('storage_key', '=', key)
        .where('variant', '=', variant)
        .executeTakeFirst();
      // A copy: `pg` may hand back a slice of a larger shared buffer.
      return row ? new Uint8Array(row.bytes) : undefined;
    },

    async delete(key) {
      check(key);
      await db
        .deleteFrom('media_files')
        .where('storage_key', '=', key)
        .where('variant', 'in', [...MEDIA_FILE_NAMES])
        .execute();
    },
  };
}
