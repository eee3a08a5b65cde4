/**
 * What the media routes need to know about a story before deciding on one of
 * its photos or recordings: whether the viewer is one of its authors or
 * helpers (who see everything of their own), and otherwise the story's
 * publication now and the editor state of the revision it shows.
 */
import { canReadDraft, type Viewer } from '#src/domain/permissions.ts';
import { findRevision, findStoryAccess } from '#src/server/writing/stories.repository.ts';
import { findPublicationNow, type PublishedStory } from './publications.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A viewer's standing towards a story's media. */
export interface MediaViewpoint {
  readonly isInsider: boolean;
  /** The story's publication now, when it is public now (not read for insiders). */
  readonly publication: PublishedStory | undefined;
  /** The editor state of the revision that publication shows. */
  readonly shownState: unknown;
}

/** Whether the viewer is an insider of the story, or else what the public sees of it now. */
export async function loadMediaViewpoint(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
  now: Date,
): Promise<MediaViewpoint> {
  const access = await findStoryAccess(db, storyId);
  if (access !== undefined && canReadDraft(viewer, access)) {
    return { isInsider: true, publication: undefined, shownState: undefined };
  }
  const publication = await findPublicationNow(db, { storyId }, now);
  const revision = publication
    ? await findRevision(db, storyId, publication.revision_number)
    : undefined;
  return { isInsider: false, publication, shownState: revision?.editor_state };
}
