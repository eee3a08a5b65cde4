/**
 * Photos, served only through this route, which decides on every request:
 * authors and helpers of the story always; anyone else only while the story is
 * public now, the photo is in the consented revision, and a photo of recognisable
 * people only when its authors chose to be named.
 */
import type { APIRoute } from 'astro';
import { canReadDraft } from '../../../domain/permissions.ts';
import { isPhotoPublic, listPhotoIds } from '../../../domain/media.ts';
import { getDatabase } from '../../../server/db.ts';
import { canSeePhotoInGroup } from '../../../server/group-space.ts';
import { isVariantName } from '../../../server/images.ts';
import { openMediaStore } from '../../../server/media/configured-store.ts';
import { surrogateKeyForStory } from '../../../server/publication-cache.ts';
import { findMediaById } from '../../../server/repositories/media.ts';
import { findPublicationForStory } from '../../../server/repositories/publications.ts';
import { findRevision, findStoryAccess } from '../../../server/repositories/stories.ts';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export const GET: APIRoute = async ({ params, locals, request }) => {
  const variant = params['variant'] ?? '';
  if (!isVariantName(variant)) return notFound();
  const { db } = await getDatabase();
  const media = await findMediaById(db, params['id'] ?? '');
  if (!media) return notFound();

  const access = await findStoryAccess(db, media.storyId);
  const isInsider = access !== undefined && canReadDraft(locals.person, access);
  let version = 'private';
  if (!isInsider) {
    const publication = await findPublicationForStory(db, media.storyId, new Date());
    const revision = publication
      ? await findRevision(db, media.storyId, publication.revision_number)
      : undefined;
    const visible = isPhotoPublic({
      storyIsPublic: publication !== undefined,
      inPublishedRevision: revision
        ? listPhotoIds(revision.editor_state).includes(media.id)
        : false,
      showsIdentifiablePeople: media.showsIdentifiablePeople,
      anonymity: publication?.anonymity ?? [],
    });
    if (visible && publication) {
      version = String(publication.version);
    } else if (
      await canSeePhotoInGroup(
        db,
        locals.person,
        {
          storyId: media.storyId,
          mediaId: media.id,
          showsIdentifiablePeople: media.showsIdentifiablePeople,
        },
        new Date(),
      )
    ) {
      // Shared with the viewer's group (or its book): private, checked on every request.
      version = 'group';
    } else {
      return notFound();
    }
  }

  const etag = `"${media.id}-${variant}-${version}"`;
  const headers = {
    'Content-Type': 'image/webp',
    'Content-Disposition': 'inline',
    // Revalidated every time: withdrawal must take the photo down on the next request.
    'Cache-Control': isInsider || version === 'group' ? 'private, no-cache' : 'no-cache',
    ETag: etag,
    'Surrogate-Key': surrogateKeyForStory(media.storyId),
  };
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers });
  const bytes = await openMediaStore(db).get(media.storageKey, variant);
  if (!bytes) return notFound();
  return new Response(bytes, { status: 200, headers });
};
