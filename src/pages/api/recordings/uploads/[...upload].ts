/**
 * Resumable recording uploads (the tus protocol): who may start, see or
 * continue an upload is checked in src/server/voice/uploads.ts before tus
 * handles the request.
 */
import type { APIRoute } from 'astro';
import { answerRecordingUpload } from '#src/server/voice/uploads.ts';

export const ALL: APIRoute = ({ request, locals, params }) =>
  answerRecordingUpload(request, locals.person, params['upload'] ?? '');
