/**
 * Who may see a photo, decided on every request: the story's authors and
 * helpers always; anyone else only while the story is public now, the photo is
 * in the consented revision, and (for a photo of recognisable people) its
 * authors chose to be named; or, privately, the members of a group the story is
 * shared with. The photo route only turns the answer into a response.
 */
import type { Kysely } from 'kysely';
import { canReadDraft, type Viewer } from '#src/domain/permissions.ts';
import { isPhotoPublic, listPhotoIds } from '#src/domain/media.ts';
import type { Database } from '#src/server/platform/schema.ts';
import { canSeePhotoInGroup } from '#src/server/groups/group-space.ts';
import { findPublicationForStory } from '#src/server/publishing/publications.repository.ts';
import { findRevision, findStoryAccess } from '#src/server/writing/stories.repository.ts';
import { findMediaById, type Media } from './photos.repository.ts';

/**
 * Why a photo may be seen: by an insider of the story, by the public at a
 * publication version, or by a member of a group it is shared with.
 */
export type PhotoAccess =
  | { readonly media: Media; readonly seenAs: 'insider' | 'group' }
  | { readonly media: Media; readonly seenAs: 'public'; readonly version: number };

/** The photo and why this viewer may see it, or undefined (a 404, whatever the reason). */
export async function findVisiblePhoto(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  mediaId: string,
  now: Date,
): Promise<PhotoAccess | undefined> {
  const media = await findMediaById(db, mediaId);
  if (!media) return undefined;
  const access = await findStoryAccess(db, media.storyId);
  if (access !== undefined && canReadDraft(viewer, access)) return { media, seenAs: 'insider' };

  const publication = await findPublicationForStory(db, media.storyId, now);
  const revision = publication
    ? await findRevision(db, media.storyId, publication.revision_number)
    : undefined;
  const visible = isPhotoPublic({
    storyIsPublic: publication !== undefined,
    inPublishedRevision: revision ? listPhotoIds(revision.editor_state).includes(media.id) : false,
    showsIdentifiablePeople: media.showsIdentifiablePeople,
    anonymity: publication?.anonymity ?? [],
  });
  if (visible && publication) return { media, seenAs: 'public', version: publication.version };

  const inGroup = await canSeePhotoInGroup(
    db,
    viewer,
    {
      storyId: media.storyId,
      mediaId: media.id,
      showsIdentifiablePeople: media.showsIdentifiablePeople,
    },
    now,
  );
  return inGroup ? { media, seenAs: 'group' } : undefined;
}
