/**
 * Who may see a photo, decided on every request by decidePhotoAccess
 * (src/domain/media.ts) from facts read here: the story's authors and helpers
 * always; anyone while the story is public now and the photo shows there; the
 * members of the story's group while it is shared there. The photo route only
 * turns the answer into a response.
 */
import type { Viewer } from '#src/domain/permissions.ts';
import { decidePhotoAccess, listPhotoIds, photoShownInUse } from '#src/domain/media.ts';
import { groupUsesOfPhoto } from '#src/server/groups/group-photos.ts';
import { loadMediaViewpoint } from '#src/server/publishing/media-viewpoint.ts';
import { findMediaById, type Media } from './photos.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/**
 * Why a photo may be seen: by an insider of the story, by the public at a
 * publication version, or by a member of a group it is shared with.
 */
export type PhotoAccess =
  | { readonly media: Media; readonly seenAs: 'insider' | 'group' }
  | { readonly media: Media; readonly seenAs: 'public'; readonly version: number };

/** The photo and why this viewer may see it, or undefined (a 404, whatever the reason). */
export async function findVisiblePhoto(
  db: Db,
  viewer: Viewer | undefined,
  mediaId: string,
  now: Date,
): Promise<PhotoAccess | undefined> {
  const media = await findMediaById(db, mediaId);
  if (!media) return undefined;
  const viewpoint = await loadMediaViewpoint(db, viewer, media.storyId, now);
  const { isInsider, publication } = viewpoint;
  const publicUse = publication && {
    inShownRevision: listPhotoIds(viewpoint.shownState).includes(media.id),
    showsIdentifiablePeople: media.showsIdentifiablePeople,
    anonymity: publication.anonymity,
  };
  const photo = {
    storyId: media.storyId,
    mediaId: media.id,
    showsIdentifiablePeople: media.showsIdentifiablePeople,
  };
  // The group's uses are read only when nothing wider already answers.
  const shownPublicly = publicUse !== undefined && photoShownInUse(publicUse);
  const groupUses =
    isInsider || shownPublicly ? [] : await groupUsesOfPhoto(db, viewer, photo, now);
  switch (decidePhotoAccess({ isInsider, publicUse, groupUses })) {
    case 'insider':
      return { media, seenAs: 'insider' };
    case 'public':
      return publication ? { media, seenAs: 'public', version: publication.version } : undefined;
    case 'group':
      return { media, seenAs: 'group' };
    case undefined:
      return undefined;
  }
}
