/**
 * Photos, served only through this route, which decides on every request:
 * authors and helpers of the story always; anyone else only while the story is
 * public now, the photo is in the consented revision, and a photo of recognisable
 * people only when its authors chose to be named.
 */
import type { APIRoute } from 'astro';
import { getDatabase } from '#src/server/platform/db.ts';
import { isVariantName } from '#src/server/media/images.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { findVisiblePhoto } from '#src/server/media/serving.ts';
import { surrogateKeyForStory } from '#src/server/publishing/story-cache.ts';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export const GET: APIRoute = async ({ params, locals, request }) => {
  const variant = params['variant'] ?? '';
  if (!isVariantName(variant)) return notFound();
  const { db } = await getDatabase();
  const photo = await findVisiblePhoto(db, locals.person, params['id'] ?? '', new Date());
  if (!photo) return notFound();
  const { media } = photo;
  const version = photo.seenAs === 'public' ? String(photo.version) : photo.seenAs;

  const etag = `"${media.id}-${variant}-${version === 'insider' ? 'private' : version}"`;
  const headers = {
    'Content-Type': 'image/webp',
    'Content-Disposition': 'inline',
    // Revalidated every time: withdrawal must take the photo down on the next request.
    'Cache-Control': photo.seenAs === 'public' ? 'no-cache' : 'private, no-cache',
    ETag: etag,
    'Surrogate-Key': surrogateKeyForStory(media.storyId),
  };
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers });
  const bytes = await openMediaStore(db).get(media.storageKey, variant);
  if (!bytes) return notFound();
  return new Response(bytes, { status: 200, headers });
};
