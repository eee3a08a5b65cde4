/**
 * Photos in a group: the uses of a photo's story that run in the viewer's
 * group, and the photos the book's PDF may show. A photo shows only in the
 * consented revision, and a photo of recognisable people only when its
 * story's authors chose to be named (photoShownInUse in src/domain/media.ts).
 */
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import { listPhotoIds, photoShownInUse, type PhotoInUse } from '#src/domain/media.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { Db } from '#src/server/platform/db.ts';
import { listConsentEventsForStory } from '#src/server/consent/consent.repository.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { isVariantName } from '#src/server/media/images.ts';
import { findMediaById } from '#src/server/media/photos.repository.ts';
import {
  findRevision,
  listStoryAuthorsForConsent,
} from '#src/server/writing/stories.repository.ts';
import type { GroupBook } from './book.ts';
import { findStoryGroupId } from './group-space.repository.ts';
import { findGroupFor } from './group-space.ts';

/**
 * The uses of a photo's story in the viewer's group that run now (its space,
 * its book): empty unless the viewer is in the story's group.
 */
export async function groupUsesOfPhoto(
  db: Db,
  viewer: Viewer | undefined,
  photo: {
    readonly storyId: string;
    readonly mediaId: string;
    readonly showsIdentifiablePeople: boolean;
  },
  now: Date,
): Promise<PhotoInUse[]> {
  if (!viewer) return [];
  const groupId = await findStoryGroupId(db, photo.storyId);
  if (!groupId || !(await findGroupFor(db, viewer, groupId))) return [];
  const authors = await listStoryAuthorsForConsent(db, photo.storyId);
  const events = await listConsentEventsForStory(db, photo.storyId);
  const uses: PhotoInUse[] = [];
  for (const scope of ['group', 'book'] as const) {
    const visibility = decideVisibility({ authors, events, scope, now });
    if (!visibility.visible) continue;
    const revision = await findRevision(db, photo.storyId, visibility.revisionNumber);
    uses.push({
      inShownRevision: revision
        ? listPhotoIds(revision.editor_state).includes(photo.mediaId)
        : false,
      showsIdentifiablePeople: photo.showsIdentifiablePeople,
      anonymity: visibility.consents.map((consent) => consent.anonymity),
    });
  }
  return uses;
}

/**
 * A photo the book's PDF asks for (`/media/[id]/[variant]`): only one in a
 * chapter's consented revision, and a photo of recognisable people only when
 * that chapter's authors chose to be named. Anything else is not there.
 */
export async function photoForBook(
  db: Db,
  book: GroupBook,
  path: string,
): Promise<{ body: Buffer; contentType: string } | undefined> {
  const match = /^\/media\/([0-9a-f-]{36})\/([a-z]+)$/.exec(path);
  const [, mediaId = '', variant = ''] = match ?? [];
  if (!isVariantName(variant)) return undefined;
  const media = await findMediaById(db, mediaId);
  const chapter = book.chapters.find((candidate) => candidate.storyId === media?.storyId);
  if (!media || !chapter) return undefined;
  const allowed = photoShownInUse({
    inShownRevision: listPhotoIds(chapter.editorState).includes(media.id),
    showsIdentifiablePeople: media.showsIdentifiablePeople,
    anonymity: [chapter.anonymity],
  });
  if (!allowed) return undefined;
  const bytes = await openMediaStore(db).get(media.storageKey, variant);
  return bytes ? { body: Buffer.from(bytes), contentType: 'image/webp' } : undefined;
}
