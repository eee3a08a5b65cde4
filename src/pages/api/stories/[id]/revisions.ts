/**
 * Saving a story: POST the editor state as JSON ({ state, basedOn, scriptNames }).
 * 200 with the new revision number, 409 with the newer revision when the save was
 * based on an old one, 400/413 with a plain message, 404 for anyone who may not
 * edit the story (we never say a private story exists).
 */
import type { APIRoute } from 'astro';
import { requestWords } from '#src/server/http/request-language.ts';
import { jsonResponse } from '#src/server/http/responses.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { loadStoryForWriting, MAX_SAVE_BYTES, saveRevision } from '#src/server/writing/stories.ts';

export const POST: APIRoute = async ({ params, request, locals }) => {
  // Every message is shown by the editor to the writer saving, in their language.
  const words = requestWords();
  const t = words.t.bind(words);
  // Signed out (the session ended while writing): say so, so the editor can
  // tell the writer to sign in again; this says nothing about any story.
  if (!locals.person) return jsonResponse(401, { message: t('http.refusal.signedOut') });
  const { db } = await getDatabase();
  // Who may save is decided before the body is read: anyone else learns nothing.
  const loaded = await loadStoryForWriting(db, locals.person, params['id'] ?? '');
  if (!locals.person || !loaded?.mayEdit)
    return jsonResponse(404, { message: t('editor.save.notFound') });
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_SAVE_BYTES) return jsonResponse(413, { message: t('editor.save.tooLarge') });
  let text: string;
  try {
    text = await request.text();
  } catch {
    return jsonResponse(400, { message: t('editor.save.notWhole') });
  }
  if (Buffer.byteLength(text) > MAX_SAVE_BYTES) {
    return jsonResponse(413, { message: t('editor.save.tooLarge') });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonResponse(400, { message: t('editor.save.unreadable') });
  }
  const result = await saveRevision(db, locals.person, params['id'] ?? '', body, new Date());
  const response = jsonResponse(result.status, result);
  if (result.status === 429) response.headers.set('Retry-After', String(result.retryAfterSeconds));
  return response;
};
