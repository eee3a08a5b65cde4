import type { Db } from '#src/server/platform/db.ts';
/**
 * The storage keys of stories' files, photos (`media`) and recordings
 * (`recordings`) alike: what must be removed from the media store once the
 * rows are gone (erasing an account).
 */

/** The storage keys of every stored photo (`media`) or recording (`recordings`) of these stories. */
export async function listStorageKeysForStories(
  db: Db,
  table: 'media' | 'recordings',
  storyIds: readonly string[],
): Promise<string[]> {
  if (storyIds.length === 0) return [];
  const rows = await db
    .selectFrom(table)
    .select('storage_key')
    .where('story_id', 'in', [...storyIds])
    .execute();
  // A recording has no file until it is ready.
  return rows.flatMap((row) => (row.storage_key === null ? [] : [row.storage_key]));
}
