/**
 * Moving photos from one media store to another (from this machine's disk into
 * the database or a bucket, when a site grows to several instances). Every step
 * can be repeated: a variant already in the target is left alone, and files are
 * removed from the source only once every variant of the photo is safely in the
 * target, so an interrupted move simply runs again.
 */
import type { MediaStore } from './storage.ts';
import { listMediaAfterStorageKey } from './photos.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** What a move did, in numbers. */
export interface MovePhotosReport {
  /** Photos whose every variant is now in the target. */
  readonly moved: number;
  /** Variants copied in this run (the rest were there already). */
  readonly copied: number;
  /** Photos with a variant in neither store: named in `missing` for a person to look at. */
  readonly missing: readonly string[];
}

/** Options for `movePhotos`. */
export interface MovePhotosOptions {
  /** Leave the source files where they are (a copy, not a move). */
  readonly keepSource?: boolean;
  /** Told of each photo as it is done, for a progress line. */
  readonly onPhoto?: (storageKey: string) => void;
}

const PAGE = 200;

/** Copies every recorded photo's variants from `source` to `target`, then removes them from `source`. */
export async function movePhotos(
  db: Db,
  source: MediaStore,
  target: MediaStore,
  options: MovePhotosOptions = {},
): Promise<MovePhotosReport> {
  let moved = 0;
  let copied = 0;
  const missing: string[] = [];
  let after = '';
  for (;;) {
    const page = await listMediaAfterStorageKey(db, after, PAGE);
    if (page.length === 0) break;
    for (const photo of page) {
      after = photo.storageKey;
      let complete = true;
      for (const variant of photo.variants) {
        if (await target.get(photo.storageKey, variant.name)) continue;
        const bytes = await source.get(photo.storageKey, variant.name);
        if (!bytes) {
          complete = false;
          continue;
        }
        await target.put(photo.storageKey, variant.name, bytes);
        copied += 1;
      }
      if (!complete) {
        missing.push(photo.storageKey);
        continue;
      }
      // Only now, with the target complete, may the source go.
      if (!options.keepSource) await source.delete(photo.storageKey);
      moved += 1;
      options.onPhoto?.(photo.storageKey);
    }
  }
  return { moved, copied, missing };
}
