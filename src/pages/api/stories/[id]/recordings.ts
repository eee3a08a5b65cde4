/**
 * The recordings of a story and how far each has got (waiting, processing
 * with its progress, ready, or refused with a plain sentence), for the
 * editor of someone who may read the story's draft; 404 for anyone else.
 */
import type { APIRoute } from 'astro';
import { requestWords } from '#src/server/http/request-language.ts';
import { jsonResponse } from '#src/server/http/responses.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { listRecordingStatuses } from '#src/server/voice/recordings.ts';

export const GET: APIRoute = async ({ params, locals }) => {
  const { db } = await getDatabase();
  const recordings = await listRecordingStatuses(db, locals.person, params['id'] ?? '');
  if (!recordings) {
    return jsonResponse(404, { message: requestWords().t('editor.save.notFound') });
  }
  return jsonResponse(200, { recordings });
};
