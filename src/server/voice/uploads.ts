/**
 * Resumable recording uploads over the tus protocol (tus.io, through
 * `@tus/server`), so a phone on a weak signal carries on from where it
 * stopped instead of starting again. The route checks who is asking before
 * tus sees the request: only a person who may edit the story can start an
 * upload into it, and only the person who started an upload can see or
 * continue it. Once the last piece arrives the recording is recorded and its
 * processing queued (recordings.ts). Raw uploads are never served.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import type { Upload } from '@tus/utils';
import { DAY_MS } from '#src/domain/calendar.ts';
import { isUuid } from '#src/domain/ids.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import type { MessageKey } from '#src/i18n/messages/index.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { getDatabase } from '#src/server/platform/db.ts';
import { openMediaStore } from '#src/server/media/configured-store.ts';
import { findAudioTools, MAX_RECORDING_BYTES, type AudioRefusal } from '#src/server/media/audio.ts';
import { loadStoryForWriting } from '#src/server/writing/stories.ts';
import { insertWaitingRecording } from './recordings.repository.ts';
import {
  checkRecording,
  createRecordingQueue,
  runRecordingJob,
  type RecordingQueue,
} from './recordings.ts';

/** Where uploads are answered; the upload's id follows it. */
export const RECORDING_UPLOADS_PATH = '/api/recordings/uploads';

/** Set by the route from the session, never taken from the browser. */
const UPLOADER_HEADER = 'x-heard-uploader';

/** Header on the last piece's answer naming the recording it became. */
export const RECORDING_ID_HEADER = 'Heard-Recording-Id';

/** Unfinished uploads are forgotten after a day (the browser still holds the recording). */
const UNFINISHED_KEPT_MS = DAY_MS;

interface RecordingUploads {
  readonly tus: Server;
  readonly store: FileStore;
  readonly queue: RecordingQueue;
}

let uploads: RecordingUploads | undefined;

/** The folder for uploads in progress, read from the environment. */
export function readUploadsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['HEARD_DATA_DIR']?.trim() || 'data', 'uploads');
}

function recordingUploads(): RecordingUploads {
  if (uploads) return uploads;
  // FileStore makes its folder in the background; the hourly clean-up can run
  // first on a new machine, so the folder is made here before either is used.
  const directory = readUploadsDir();
  mkdirSync(directory, { recursive: true });
  const store = new FileStore({
    directory,
    expirationPeriodInMilliseconds: UNFINISHED_KEPT_MS,
  });
  const queue = createRecordingQueue();
  const tus = new Server({
    path: RECORDING_UPLOADS_PATH,
    datastore: store,
    maxSize: MAX_RECORDING_BYTES,
    relativeLocation: true,
    // The upload's name is ours (128 random bits), never the browser's.
    onUploadCreate(request, upload) {
      // Only what the route checked is kept: the story, and who is uploading.
      const uploader = request.headers.get(UPLOADER_HEADER) ?? '';
      const storyId = upload.metadata?.['storyId'] ?? '';
      return Promise.resolve({ metadata: { storyId, uploadedBy: uploader } });
    },
    async onUploadFinish(_request, upload) {
      const finished = await finishUpload(upload, store, queue);
      const headers = { [RECORDING_ID_HEADER]: finished.recordingId };
      // Refused by the quick checks: the last piece's answer says why (4xx).
      return finished.refusal
        ? { status_code: finished.refusal.status, body: finished.refusal.message, headers }
        : { headers };
    },
  });
  uploads = { tus, store, queue };
  return uploads;
}

/**
 * Records the finished upload's recording, checks it at once, and queues its
 * processing. Asked again for the same upload (a retried last piece), it
 * answers as before without doing anything twice.
 */
async function finishUpload(
  upload: Upload,
  store: FileStore,
  queue: RecordingQueue,
): Promise<{ readonly recordingId: string; readonly refusal?: AudioRefusal }> {
  const { db } = await getDatabase();
  const { recording, created } = await insertWaitingRecording(db, {
    storyId: upload.metadata?.['storyId'] ?? '',
    uploadedBy: upload.metadata?.['uploadedBy'] ?? '',
    uploadId: upload.id,
  });
  if (!created) return { recordingId: recording.id };
  const path = upload.storage?.path ?? resolve(store.directory, upload.id);
  const forget = () => store.remove(upload.id).catch(() => undefined);
  const work = { db, store: openMediaStore(db), tools: findAudioTools() };
  const checked = await checkRecording(work, recording.id, path, new Date());
  if (!checked.ok) {
    await forget();
    return { recordingId: recording.id, refusal: checked };
  }
  void queue.add(async () => {
    try {
      await runRecordingJob(work, recording.id, path, checked);
    } finally {
      await forget();
    }
  });
  return { recordingId: recording.id };
}

/** A plain answer the tus client shows as it is, in the words of the person sending. */
function refuse(status: number, message: MessageKey): Response {
  return new Response(requestWords().t(message), {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Tus-Resumable': '1.0.0' },
  });
}

/** The value of one key in a tus `Upload-Metadata` header (comma-separated `key base64` pairs). */
export function readUploadMetadata(header: string | null, key: string): string | undefined {
  for (const pair of (header ?? '').split(',')) {
    const [name, value] = pair.trim().split(' ');
    if (name !== key) continue;
    try {
      return value === undefined ? '' : Buffer.from(value, 'base64').toString('utf8');
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Answers one tus request from `person`. `uploadId` is the part of the path
 * after RECORDING_UPLOADS_PATH (empty when starting an upload).
 */
export async function answerRecordingUpload(
  request: Request,
  person: Viewer | undefined,
  uploadId: string,
): Promise<Response> {
  if (!person) return refuse(401, 'editor.audio.signIn');
  const { tus, store } = recordingUploads();
  const headers = new Headers(request.headers);
  headers.delete(UPLOADER_HEADER);
  switch (request.method) {
    case 'OPTIONS':
      break;
    case 'POST': {
      if (uploadId !== '') return refuse(404, 'editor.audio.notFound');
      const storyId = readUploadMetadata(request.headers.get('upload-metadata'), 'storyId');
      if (!isUuid(storyId)) return refuse(400, 'editor.audio.fromStory');
      const { db } = await getDatabase();
      const loaded = await loadStoryForWriting(db, person, storyId);
      if (!loaded?.mayEdit) return refuse(404, 'editor.save.notFound');
      if (!findAudioTools()) return refuse(503, 'editor.audio.noFfmpeg');
      headers.set(UPLOADER_HEADER, person.id);
      break;
    }
    case 'HEAD':
    case 'PATCH':
    case 'DELETE': {
      if (!/^[0-9a-f]{32}$/.test(uploadId)) return refuse(404, 'editor.audio.notFound');
      const upload = await store.getUpload(uploadId).catch(() => undefined);
      // Someone else's upload is answered exactly like one that does not exist.
      if (upload?.metadata?.['uploadedBy'] !== person.id)
        return refuse(404, 'editor.audio.notFound');
      break;
    }
    default:
      // GET would hand back the raw upload, which is never served.
      return refuse(405, 'editor.audio.notAllowed');
  }
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers,
    body: request.body,
    duplex: 'half',
  };
  return tus.handleWeb(new Request(request.url, init));
}

/** Forgets unfinished uploads older than a day; for the hourly job. */
export async function removeExpiredUploads(): Promise<number> {
  return recordingUploads().tus.cleanUpExpiredUploads();
}

/** Settles once every recording queued on this instance has been processed. */
export function recordingsProcessed(): Promise<void> {
  return uploads?.queue.drained() ?? Promise.resolve();
}
