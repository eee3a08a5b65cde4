/**
 * Sending a kept recording over tus (tus-js-client) in pieces of 4 MB, so a
 * phone on a weak signal carries on where it stopped, even after a reload:
 * the upload is found again by the kept recording's own id. Then asking the
 * status API how far the server has got (docs/decisions/027-voice-recordings.md).
 */
import { Upload } from 'tus-js-client';
import type { DetailedError } from 'tus-js-client';
import type { Say } from '#src/editor/words.ts';
import type { KeptRecording } from './kept-recordings.ts';
import { RECORDING_PIECE_BYTES, uploadIdOf } from './rules.ts';
import type { RecordingStatus } from './rules.ts';

/** Where uploads start (src/server/voice/uploads.ts). */
export const RECORDING_UPLOADS_URL = '/api/recordings/uploads';

/** What the server has once every piece has arrived. */
export interface SentRecording {
  readonly uploadId: string;
  /** Named by the last piece's answer; null when the upload had finished before (find it by uploadId). */
  readonly recordingId: string | null;
}

/** What a send reports while it runs. */
export interface SendCallbacks {
  readonly onProgress: (bytesSent: number, bytesTotal: number) => void;
  /** The upload has an address: keep it, to find the recording after a reload. */
  readonly onUploadUrl: (uploadUrl: string) => void;
}

/** A send in progress. */
export interface Sending {
  readonly done: Promise<SentRecording>;
  /** Stops sending; what has arrived stays, to carry on from later. */
  readonly stop: () => void;
}

/** Why a send stopped: the server refused the recording (with its sentence), or the connection was lost. */
export class SendingStopped extends Error {
  /** True when the server said no to the recording itself; sending it again will not help. */
  readonly refused: boolean;

  constructor(message: string, refused: boolean) {
    super(message);
    this.refused = refused;
  }
}

/** The server's own sentence when it refused the recording, else plain words about the connection. */
export function sendingProblem(error: Error | DetailedError, t: Say): SendingStopped {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  const body = response?.getBody().trim() ?? '';
  const status = response?.getStatus() ?? 0;
  const sentence = body !== '' && body.length < 300 && !body.startsWith('<');
  // 4xx is an answer about this recording (tus's 409 and 423 are about the upload, retried by tus).
  // 401 (signed out meanwhile) and 403 are about the person, not the recording.
  const aboutRecording = status >= 400 && status < 500 && status !== 401 && status !== 403;
  if (aboutRecording && sentence) return new SendingStopped(body, true);
  if (status >= 400 && sentence) return new SendingStopped(body, false);
  return new SendingStopped(t('editor.voice.connectionLost'), false);
}

/** Sends one kept recording, carrying on from any earlier attempt. */
export function sendRecording(kept: KeptRecording, callbacks: SendCallbacks, t: Say): Sending {
  let upload: Upload | undefined;
  let stopped = false;
  const done = new Promise<SentRecording>((resolve, reject) => {
    let recordingId: string | null = null;
    upload = new Upload(kept.blob, {
      endpoint: RECORDING_UPLOADS_URL,
      chunkSize: RECORDING_PIECE_BYTES,
      retryDelays: [0, 1000, 3000, 5000, 10_000, 20_000],
      metadata: { storyId: kept.storyId, filename: kept.name },
      // The kept recording's id, not the file's name and size: two recordings
      // of the same length are two uploads.
      fingerprint: () => Promise.resolve(`heard-recording-${kept.id}`),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onUploadUrlAvailable: () => {
        if (upload?.url) callbacks.onUploadUrl(upload.url);
      },
      onProgress: callbacks.onProgress,
      onAfterResponse: (_request, response) => {
        recordingId = response.getHeader('Heard-Recording-Id') ?? recordingId;
      },
      onSuccess: () => {
        resolve({ uploadId: uploadIdOf(upload?.url ?? ''), recordingId });
      },
      onError: (error) => reject(sendingProblem(error, t)),
    });
    const started = upload;
    void started
      .findPreviousUploads()
      .then((previous) => {
        const last = previous.at(-1);
        if (last) started.resumeFromPreviousUpload(last);
      })
      .catch(() => undefined)
      .finally(() => {
        if (!stopped) started.start();
      });
  });
  return {
    done,
    stop: () => {
      stopped = true;
      void upload?.abort(false);
    },
  };
}

/** Asks how far each of a story's recordings has got; null when the answer did not come. */
export async function fetchRecordingStatuses(storyId: string): Promise<RecordingStatus[] | null> {
  try {
    const response = await fetch(`/api/stories/${encodeURIComponent(storyId)}/recordings`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { recordings?: RecordingStatus[] };
    return Array.isArray(body.recordings) ? body.recordings : null;
  } catch {
    return null;
  }
}

/** The status of the recording a kept one became, found by its id or its upload. */
export function statusOf(
  statuses: readonly RecordingStatus[],
  sent: { readonly recordingId?: string | null; readonly uploadId: string },
): RecordingStatus | undefined {
  return statuses.find(
    (status) =>
      (sent.recordingId !== null &&
        sent.recordingId !== undefined &&
        status.id === sent.recordingId) ||
      (sent.uploadId !== '' && status.uploadId === sent.uploadId),
  );
}
