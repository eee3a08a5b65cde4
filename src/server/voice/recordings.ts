/**
 * Turning an upload into a recording people can hear: a queued job per
 * recording, one at a time per instance, that checks and re-encodes the file
 * (src/server/media/audio.ts), stores the Opus file, and marks the row ready or
 * refused with a plain sentence. How far it has got is written to the row as
 * it goes, so the person sees progress from any instance. A refusal leaves no
 * stored file; the uploaded file is the caller's to remove.
 *
 * A refused row keeps its sentence's message key, not the words: the job runs
 * after the upload's request, and whoever opens the editor (the sender or a
 * co-author) reads it in their own language when their editor asks
 * (`listRecordingStatuses`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  audioRefusal,
  encodeAudio,
  probeAudio,
  type AudioRefusal,
  type AudioTools,
  type ProbedAudio,
} from '#src/server/media/audio.ts';
import { newStorageKey, type MediaStore } from '#src/server/media/storage.ts';
import type { Viewer } from '#src/domain/permissions.ts';
import { CATALOGUES, type MessageKey } from '#src/i18n/messages/index.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { loadStoryForWriting } from '#src/server/writing/stories.ts';
import {
  deleteRecording,
  findRecordingById,
  listRecordingsOfStory,
  markRecordingReady,
  markRecordingRefused,
  refuseAbandonedRecordings,
  updateRecordingProgress,
  type Recording,
} from './recordings.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** What the job needs besides the recording. */
export interface RecordingWork {
  readonly db: Db;
  readonly store: MediaStore;
  /** ffmpeg and ffprobe; without them every recording is refused in plain words. */
  readonly tools: AudioTools | undefined;
  /** Limits for one run of ffmpeg. */
  readonly timeoutMs?: number;
  readonly memoryBytes?: number;
}

/** How a job ended. */
export type ProcessedRecording =
  | { readonly ok: true; readonly recording: Recording }
  | AudioRefusal
  | { readonly ok: false; readonly reason: 'removed' };

/** Progress is written at most this often, so a long file does not flood the database. */
const PROGRESS_EVERY_MS = 500;

/**
 * The quick checks of an uploaded file (what it is, how long, no pictures),
 * answered while its sender waits for the last piece, so most refusals come
 * back with that piece as a 4xx. A refused recording is marked so at once.
 */
export async function checkRecording(
  work: RecordingWork,
  recordingId: string,
  uploadedPath: string,
  now: Date,
): Promise<ProbedAudio | AudioRefusal> {
  const probed = work.tools
    ? await probeAudio(work.tools, uploadedPath)
    : audioRefusal('no-ffmpeg');
  if (!probed.ok) await markRecordingRefused(work.db, recordingId, probed.messageKey, now);
  return probed;
}

/**
 * Processes one uploaded file into the recording `recordingId` (checked first
 * by `checkRecording`, unless `probed` says it was). The recording ends ready
 * or refused (or stays removed, if its author removed it meanwhile: then
 * nothing is kept).
 */
export async function processRecording(
  work: RecordingWork,
  recordingId: string,
  uploadedPath: string,
  now: () => Date = () => new Date(),
  probed?: ProbedAudio,
): Promise<ProcessedRecording> {
  const checked = probed ?? (await checkRecording(work, recordingId, uploadedPath, now()));
  if (!checked.ok) return checked;
  const scratch = await mkdtemp(join(tmpdir(), 'heard-voice-'));
  try {
    const result = await encodeUpload(work, checked, recordingId, uploadedPath, scratch);
    if (!result.ok) {
      await markRecordingRefused(work.db, recordingId, result.messageKey, now());
      return result;
    }
    const storageKey = newStorageKey();
    await work.store.put(storageKey, 'voice', result.bytes);
    const kept = await markRecordingReady(
      work.db,
      recordingId,
      { storageKey, durationMs: result.durationMs, bytes: result.bytes.length },
      now(),
    ).catch(async (error: unknown) => {
      await work.store.delete(storageKey);
      throw error;
    });
    if (!kept) {
      // Removed while it was processed: its file must not outlive it.
      await work.store.delete(storageKey);
      return { ok: false, reason: 'removed' };
    }
    const recording = await findRecordingById(work.db, recordingId);
    return recording ? { ok: true, recording } : { ok: false, reason: 'removed' };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

type Encoded =
  { readonly ok: true; readonly bytes: Uint8Array; readonly durationMs: number } | AudioRefusal;

async function encodeUpload(
  work: RecordingWork,
  probed: ProbedAudio,
  recordingId: string,
  uploadedPath: string,
  scratch: string,
): Promise<Encoded> {
  if (!work.tools) return audioRefusal('no-ffmpeg');
  await updateRecordingProgress(work.db, recordingId, 0);
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const output = join(scratch, 'voice.opus');
  const encoded = await encodeAudio(work.tools, probed, uploadedPath, output, {
    ...(work.timeoutMs === undefined ? {} : { timeoutMs: work.timeoutMs }),
    ...(work.memoryBytes === undefined ? {} : { memoryBytes: work.memoryBytes }),
    onProgress(done) {
      const at = Date.now();
      if (at - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = at;
      writing = writing.then(() => updateRecordingProgress(work.db, recordingId, done));
    },
  });
  await writing;
  if (!encoded.ok) return encoded;
  return { ok: true, bytes: await readFile(output), durationMs: encoded.durationMs };
}

/** What a recording that failed for a reason of ours tells its sender (its message's key). */
export const NOT_KEPT_REFUSAL: MessageKey = 'editor.audio.notKept';

/**
 * Processes a recording as the queue's job: as `processRecording`, and if
 * anything of ours fails (the media store, the database), the recording is
 * refused with words that say to send it again rather than left waiting.
 */
export async function runRecordingJob(
  work: RecordingWork,
  recordingId: string,
  uploadedPath: string,
  probed?: ProbedAudio,
): Promise<ProcessedRecording> {
  try {
    return await processRecording(work, recordingId, uploadedPath, () => new Date(), probed);
  } catch (error) {
    await markRecordingRefused(work.db, recordingId, NOT_KEPT_REFUSAL, new Date()).catch(
      () => undefined,
    );
    throw error;
  }
}

/**
 * Removes a recording and its file. The file in the database store goes with
 * the row in one statement (a trigger); other stores are asked afterwards.
 */
export async function removeRecording(
  db: Db,
  store: MediaStore,
  recording: Recording,
): Promise<void> {
  await deleteRecording(db, recording.id);
  if (recording.storageKey) await store.delete(recording.storageKey);
}

/** Runs recording jobs one after another, so one instance never encodes two files at once. */
export interface RecordingQueue {
  /** Queues a job; the promise settles when it has run. */
  add(job: () => Promise<unknown>): Promise<void>;
  /** Jobs queued or running. */
  readonly size: number;
  /** Settles once every queued job has run (a graceful stop waits for it). */
  drained(): Promise<void>;
}

/** A queue that runs one job at a time; a failing job is logged and the next one runs. */
export function createRecordingQueue(
  log: (error: unknown) => void = console.error,
): RecordingQueue {
  let tail: Promise<void> = Promise.resolve();
  let size = 0;
  return {
    add(job) {
      size += 1;
      const run = tail.then(job).then(
        () => undefined,
        (error: unknown) => log(error),
      );
      tail = run.finally(() => {
        size -= 1;
      });
      return tail;
    },
    get size() {
      return size;
    },
    drained() {
      return tail;
    },
  };
}

/** What the editor is told about one of its story's recordings. */
export interface RecordingStatusView {
  readonly id: string;
  readonly uploadId: string;
  readonly status: Recording['status'];
  readonly progress: number;
  readonly durationMs: number | null;
  /** The plain sentence shown when it was refused, in the words of the person asking. */
  readonly refusal: string | null;
}

/**
 * A refused row's sentence in the request's words: rows keep a message key;
 * one refused before they did keeps its English sentence, shown as it is.
 */
function refusalWords(stored: string | null): string | null {
  if (stored === null) return null;
  const isKey = stored.startsWith('editor.audio.') && Object.hasOwn(CATALOGUES.en, stored);
  return isKey ? requestWords().t(stored as MessageKey) : stored;
}

/** The recordings of a story for someone who may read its draft, or undefined (a 404). */
export async function listRecordingStatuses(
  db: Db,
  viewer: Viewer | undefined,
  storyId: string,
): Promise<RecordingStatusView[] | undefined> {
  const loaded = await loadStoryForWriting(db, viewer, storyId);
  if (!loaded) return undefined;
  return (await listRecordingsOfStory(db, storyId)).map((recording) => ({
    id: recording.id,
    uploadId: recording.uploadId,
    status: recording.status,
    progress: recording.progress,
    durationMs: recording.durationMs,
    refusal: refusalWords(recording.refusal),
  }));
}

/** Longer than any queue and run: a recording unfinished this long lost its instance. */
const ABANDONED_AFTER_MS = 2 * 60 * 60 * 1000;

/** What a recording abandoned by a stopped instance tells its sender (its message's key). */
export const ABANDONED_REFUSAL: MessageKey = 'editor.audio.abandoned';

/**
 * Refuses recordings still unfinished two hours after they arrived (their
 * instance stopped and its upload went with it), so no one waits for ever.
 */
export async function refuseAbandonedRecordingsAt(db: Db, now: Date): Promise<number> {
  return refuseAbandonedRecordings(
    db,
    new Date(now.getTime() - ABANDONED_AFTER_MS),
    ABANDONED_REFUSAL,
    now,
  );
}
