/**
 * Photos in stories: one row per photo, naming its files in the media store by
 * storage key. The files themselves are written and removed by
 * src/server/media/photos.ts; this module holds the SQL only.
 */
import { isUuid } from '#src/domain/ids.ts';
import type { Selectable } from 'kysely';
import { isVariantName, type VariantName } from './images.ts';
import type { MediaTable } from '#src/server/platform/schema.ts';
import type { Db } from '#src/server/platform/db.ts';

export type MediaRow = Selectable<MediaTable>;

/** One stored size of a photo, as recorded in `media.variants`. */
export interface StoredVariant {
  readonly name: VariantName;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

/** A photo as the server layer uses it. */
export interface Media {
  readonly id: string;
  readonly storyId: string;
  readonly uploadedBy: string | null;
  readonly storageKey: string;
  readonly altText: string;
  readonly showsIdentifiablePeople: boolean;
  readonly width: number;
  readonly height: number;
  readonly variants: readonly StoredVariant[];
  readonly createdAt: Date;
}

/** A photo to record: its files are stored; its id and time are the database's. */
export interface NewMedia extends Omit<Media, 'id' | 'createdAt'> {
  readonly now?: Date;
}

// Media ids arrive straight from URLs (/media/[id]/[variant]); PostgreSQL
// rejects a malformed uuid with an error, which must be "not found" instead.

/** Converts a media row to the server's photo. */
export function mediaRowToMedia(row: MediaRow): Media {
  return {
    id: row.id,
    storyId: row.story_id,
    uploadedBy: row.uploaded_by,
    storageKey: row.storage_key,
    altText: row.alt_text,
    showsIdentifiablePeople: row.shows_identifiable_people,
    width: row.width,
    height: row.height,
    variants: parseVariants(row.variants),
    createdAt: row.created_at,
  };
}

/** Records a photo whose files are already stored. */
export async function insertMedia(db: Db, media: NewMedia): Promise<Media> {
  const row = await db
    .insertInto('media')
    .values({
      story_id: media.storyId,
      uploaded_by: media.uploadedBy,
      storage_key: media.storageKey,
      alt_text: media.altText,
      shows_identifiable_people: media.showsIdentifiablePeople,
      width: media.width,
      height: media.height,
      variants: JSON.stringify(media.variants),
      ...(media.now ? { created_at: media.now } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return mediaRowToMedia(row);
}

/** One photo, or undefined (also for an id that is not a uuid). */
export async function findMediaById(db: Db, mediaId: string): Promise<Media | undefined> {
  if (!isUuid(mediaId)) return undefined;
  const row = await db.selectFrom('media').selectAll().where('id', '=', mediaId).executeTakeFirst();
  return row ? mediaRowToMedia(row) : undefined;
}

/** A story's photos, oldest first. */
export async function listMediaForStory(db: Db, storyId: string): Promise<Media[]> {
  const rows = await db
    .selectFrom('media')
    .selectAll()
    .where('story_id', '=', storyId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(mediaRowToMedia);
}

/** Deletes a photo's row and returns it (to remove its files), or undefined if absent. */
export async function deleteMedia(db: Db, mediaId: string): Promise<Media | undefined> {
  if (!isUuid(mediaId)) return undefined;
  const row = await db
    .deleteFrom('media')
    .where('id', '=', mediaId)
    .returningAll()
    .executeTakeFirst();
  return row ? mediaRowToMedia(row) : undefined;
}

// `variants` is jsonb written only by insertMedia; anything else found there is
// dropped rather than trusted.
function parseVariants(value: unknown): StoredVariant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): StoredVariant[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { name, width, height, bytes } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !isVariantName(name)) return [];
    if (typeof width !== 'number' || typeof height !== 'number') return [];
    return [{ name, width, height, bytes: typeof bytes === 'number' ? bytes : 0 }];
  });
}

/**
 * One page of photos in a stable order (by storage key, after `afterKey`), for
 * work that walks every photo and may stop and start again.
 */
export async function listMediaAfterStorageKey(
  db: Db,
  afterKey: string,
  limit: number,
): Promise<Media[]> {
  const rows = await db
    .selectFrom('media')
    .selectAll()
    .where('storage_key', '>', afterKey)
    .orderBy('storage_key')
    .limit(limit)
    .execute();
  return rows.map(mediaRowToMedia);
}
