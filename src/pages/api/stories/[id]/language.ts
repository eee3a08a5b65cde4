/**
 * The language a story is written in: POST JSON { language } (a BCP 47 tag,
 * one the editor offers or any other well-formed one). 200 with the language
 * kept, 400 with a plain message for anything else, 404 for anyone who may not
 * edit the story (we never say a private story exists).
 */
import type { APIRoute } from 'astro';
import { requestWords } from '#src/server/http/request-language.ts';
import { jsonResponse } from '#src/server/http/responses.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { saveStoryLanguage } from '#src/server/writing/story-language.ts';

/** Far more than `{"language": "…"}` with the longest tag. */
const MAX_BODY_BYTES = 1024;

export const POST: APIRoute = async ({ params, request, locals }) => {
  const words = requestWords();
  const t = words.t.bind(words);
  if (!locals.person) return jsonResponse(401, { message: t('http.refusal.signedOut') });
  const { db } = await getDatabase();
  let body: unknown = null;
  try {
    const text = await request.text();
    if (Buffer.byteLength(text) <= MAX_BODY_BYTES) body = JSON.parse(text);
  } catch {
    body = null;
  }
  const result = await saveStoryLanguage(db, locals.person, params['id'] ?? '', body, new Date());
  return jsonResponse(result.status, result);
};
