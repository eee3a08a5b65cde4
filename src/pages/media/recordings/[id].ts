/**
 * Recordings, served only through this route, which decides on every request
 * (src/server/voice/serving.ts): authors and helpers of the story always;
 * anyone else only while the story is public now, the recording is in the
 * consented revision, and every author chose to be named by name or first
 * name. Players seek with Range requests.
 */
import type { APIRoute } from 'astro';
import { getDatabase } from '#src/server/platform/db.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { surrogateKeyForStory } from '#src/server/publishing/story-cache.ts';
import { chooseByteRange, findAudibleRecording } from '#src/server/voice/serving.ts';

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export const GET: APIRoute = async ({ params, locals, request }) => {
  const { db } = await getDatabase();
  const found = await findAudibleRecording(db, locals.person, params['id'] ?? '', new Date());
  if (!found) return notFound();
  const { recording } = found;
  const version = found.heardAs === 'public' ? String(found.version) : 'private';
  const etag = `"${recording.id}-${version}"`;
  const headers: Record<string, string> = {
    'Content-Type': 'audio/ogg',
    'Content-Disposition': 'inline',
    'Accept-Ranges': 'bytes',
    // Revalidated every time: withdrawal must take the recording down on the next request.
    'Cache-Control': found.heardAs === 'public' ? 'no-cache' : 'private, no-cache',
    ETag: etag,
    'Surrogate-Key': surrogateKeyForStory(recording.storyId),
  };
  const range = chooseByteRange(
    recording.bytes,
    request.headers.get('range'),
    request.headers.get('if-range'),
    etag,
  );
  if (range.kind === 'whole' && request.headers.get('if-none-match') === etag) {
    return new Response(null, { status: 304, headers });
  }
  if (range.kind === 'unsatisfiable') {
    return new Response(null, {
      status: 416,
      headers: { ...headers, 'Content-Range': `bytes */${recording.bytes}` },
    });
  }
  const bytes = await openMediaStore(db).get(recording.storageKey, 'voice');
  if (!bytes) return notFound();
  if (range.kind === 'whole') return new Response(bytes, { status: 200, headers });
  return new Response(bytes.slice(range.start, range.end + 1), {
    status: 206,
    headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${bytes.length}` },
  });
};
