/**
 * Whether someone is one of a story's authors: the one gate for what only its
 * authors decide (where it is shared, answers and uses of it). Helpers may
 * write, but no helper access or role gives a say in these.
 */
import { isUuid } from '#src/domain/ids.ts';
import { isAuthor, type Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { findStoryAccess } from './stories.repository.ts';

/** Whether the viewer is an author of this story (false for no viewer, a malformed id or no such story). */
export async function isStoryAuthor(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
): Promise<boolean> {
  if (!viewer || !isUuid(storyId)) return false;
  const access = await findStoryAccess(db, storyId);
  return access !== undefined && isAuthor(viewer, access);
}
