/**
 * Adding photos to stories and taking them away: the one place that checks the
 * description, processes the upload, writes the files and records the row, and
 * makes sure a failure at any step leaves nothing behind (no
 * orphaned file, no row without its files).
 *
 * Permission is not checked here: the caller (the upload route or action) must
 * already have decided that `uploadedBy` may add photos to the story.
 */
import { processUpload, type ProcessUploadOptions, type UploadRefusal } from './images.ts';
import { newStorageKey, type MediaStore } from './storage.ts';
import { deleteMedia, insertMedia, type Media } from './photos.repository.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import type { Db } from '#src/server/platform/db.ts';
import { requireOutsideTransaction } from '#src/server/platform/transaction.ts';

/** The database's own limit on a photo description (0001_init.ts). */
export const MAX_ALT_TEXT_LENGTH = 1000;

export interface UploadedPhoto {
  readonly storyId: string;
  readonly uploadedBy: string | null;
  readonly bytes: Uint8Array;
  readonly altText: string;
  readonly showsIdentifiablePeople: boolean;
}

export interface AltTextRefusal {
  readonly ok: false;
  readonly status: 400;
  readonly reason: 'alt-text-missing' | 'alt-text-too-long';
  readonly message: string;
}

export type StoreUploadedPhotoResult =
  { readonly ok: true; readonly media: Media } | UploadRefusal | AltTextRefusal;

/** Tidies a photo description and checks it is present and not too long. */
export function validateAltText(
  text: string,
): { readonly ok: true; readonly altText: string } | AltTextRefusal {
  // Alt text is read aloud as one line; control characters (PostgreSQL refuses
  // NUL outright) and runs of spaces or line breaks become single spaces.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const altText = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (altText.length === 0) {
    return {
      ok: false,
      status: 400,
      reason: 'alt-text-missing',
      message: requestWords().t('editor.photo.altMissing'),
    };
  }
  // Counted in characters as PostgreSQL counts them, not UTF-16 units, so an
  // emoji counts once here and in the database's check.
  if ([...altText].length > MAX_ALT_TEXT_LENGTH) {
    return {
      ok: false,
      status: 400,
      reason: 'alt-text-too-long',
      message: requestWords().t('editor.photo.altTooLong'),
    };
  }
  return { ok: true, altText };
}

/**
 * Adds an uploaded photo to a story: its files and its row, or (on a refusal or
 * any error) neither. Pass the database, not a transaction: this function must
 * own its transaction to know the row really committed before keeping the files.
 */
export async function storeUploadedPhoto(
  db: Db,
  store: MediaStore,
  photo: UploadedPhoto,
  options: ProcessUploadOptions = {},
): Promise<StoreUploadedPhotoResult> {
  requireOutsideTransaction(db, 'storeUploadedPhoto', 'it cleans up its own files');
  const altText = validateAltText(photo.altText);
  if (!altText.ok) return altText;

  // Decoding is the slow part; it happens before any file or row exists.
  const processed = await processUpload(photo.bytes, { owner: photo.uploadedBy, ...options });
  if (!processed.ok) return processed;

  const storageKey = newStorageKey();
  try {
    // One at a time, so that when a write fails no other write is still in
    // flight to land after the clean-up below.
    for (const variant of processed.variants) {
      await store.put(storageKey, variant.name, variant.webp);
    }
    // Files first, then the row: the row never names a file that is missing.
    const media = await db.transaction().execute((trx) =>
      insertMedia(trx, {
        storyId: photo.storyId,
        uploadedBy: photo.uploadedBy,
        storageKey,
        altText: altText.altText,
        showsIdentifiablePeople: photo.showsIdentifiablePeople,
        width: processed.width,
        height: processed.height,
        variants: processed.variants.map((variant) => ({
          name: variant.name,
          width: variant.width,
          height: variant.height,
          bytes: variant.webp.length,
        })),
      }),
    );
    return { ok: true, media };
  } catch (error) {
    await removeFilesQuietly(store, storageKey);
    throw error;
  }
}

/**
 * Removes a photo: its row first (so no request can find it any more), then its
 * files. Returns false if there was no such photo. Permission is the caller's.
 */
export async function removeStoredPhoto(
  db: Db,
  store: MediaStore,
  mediaId: string,
): Promise<boolean> {
  requireOutsideTransaction(db, 'removeStoredPhoto', 'files go once the row has');
  const removed = await deleteMedia(db, mediaId);
  if (!removed) return false;
  await store.delete(removed.storageKey);
  return true;
}

// The original error is what the caller needs; a failed clean-up is logged with
// the key so the stray files can be found and removed by hand.
async function removeFilesQuietly(store: MediaStore, storageKey: string): Promise<void> {
  try {
    await store.delete(storageKey);
  } catch (cleanupError) {
    const reason = cleanupError instanceof Error ? cleanupError.message : String(cleanupError);
    console.error(`Could not remove the files of a failed photo upload (${storageKey}): ${reason}`);
  }
}
