/**
 * Voice recordings: one row per recording, naming its Opus file in the media
 * store once it is ready. The SQL only; the files are written and removed by
 * recordings.ts.
 */
import type { Selectable } from 'kysely';
import { isUuid } from '#src/domain/ids.ts';
import type { RecordingStatus, RecordingTable } from './schema.ts';
import type { Db } from '#src/server/platform/db.ts';

type RecordingRow = Selectable<RecordingTable>;

/** A recording as the server layer uses it. */
export interface Recording {
  readonly id: string;
  readonly storyId: string;
  readonly uploadedBy: string | null;
  /** The resumable upload it came from. */
  readonly uploadId: string;
  readonly status: RecordingStatus;
  /** How far processing has got, 0 to 1. */
  readonly progress: number;
  readonly storageKey: string | null;
  readonly durationMs: number | null;
  readonly bytes: number | null;
  /** The message key of the sentence a refused recording's sender is shown (recordings.ts). */
  readonly refusal: string | null;
  readonly createdAt: Date;
}

function rowToRecording(row: RecordingRow): Recording {
  return {
    id: row.id,
    storyId: row.story_id,
    uploadedBy: row.uploaded_by,
    uploadId: row.upload_id,
    status: row.status,
    progress: row.progress,
    storageKey: row.storage_key,
    durationMs: row.duration_ms,
    bytes: row.bytes,
    refusal: row.refusal,
    createdAt: row.created_at,
  };
}

/**
 * Records a recording that has arrived whole and waits to be processed. An
 * upload finishes once: asked again (a retried last piece), it answers the
 * recording already recorded, and `created` is false.
 */
export async function insertWaitingRecording(
  db: Db,
  upload: { readonly storyId: string; readonly uploadedBy: string; readonly uploadId: string },
): Promise<{ readonly recording: Recording; readonly created: boolean }> {
  const inserted = await db
    .insertInto('recordings')
    .values({
      story_id: upload.storyId,
      uploaded_by: upload.uploadedBy,
      upload_id: upload.uploadId,
    })
    .onConflict((conflict) => conflict.column('upload_id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { recording: rowToRecording(inserted), created: true };
  const existing = await selectRecordings(db)
    .where('upload_id', '=', upload.uploadId)
    .executeTakeFirstOrThrow();
  return { recording: rowToRecording(existing), created: false };
}

/** One recording by id; a malformed id (straight from a URL) is simply not found. */
export async function findRecordingById(
  db: Db,
  recordingId: string,
): Promise<Recording | undefined> {
  if (!isUuid(recordingId)) return undefined;
  const row = await selectRecordings(db).where('id', '=', recordingId).executeTakeFirst();
  return row && rowToRecording(row);
}

/** Every recording of a story, oldest first. */
export async function listRecordingsOfStory(db: Db, storyId: string): Promise<Recording[]> {
  const rows = await selectRecordings(db)
    .where('story_id', '=', storyId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(rowToRecording);
}

/** The recordings still waiting or being processed: the only ones a job may change. */
function updateUnfinished(db: Db) {
  return db.updateTable('recordings').where('status', 'in', ['waiting', 'processing']);
}

/** Every column of recordings, to read them as the server's `Recording`. */
function selectRecordings(db: Db) {
  return db.selectFrom('recordings').selectAll();
}

/** Notes how far processing has got (only while it is still being processed). */
export async function updateRecordingProgress(
  db: Db,
  recordingId: string,
  progress: number,
): Promise<void> {
  await updateUnfinished(db)
    .set({ status: 'processing', progress: Math.min(1, Math.max(0, progress)) })
    .where('id', '=', recordingId)
    .execute();
}

/** Marks a recording ready, its file stored under `storageKey`. False if it was removed meanwhile. */
export async function markRecordingReady(
  db: Db,
  recordingId: string,
  file: { readonly storageKey: string; readonly durationMs: number; readonly bytes: number },
  now: Date,
): Promise<boolean> {
  const result = await updateUnfinished(db)
    .set({
      status: 'ready',
      progress: 1,
      storage_key: file.storageKey,
      duration_ms: file.durationMs,
      bytes: file.bytes,
      processed_at: now,
    })
    .where('id', '=', recordingId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Marks a recording refused, with the message key of the sentence its sender is shown. */
export async function markRecordingRefused(
  db: Db,
  recordingId: string,
  refusal: string,
  now: Date,
): Promise<void> {
  await updateUnfinished(db)
    .set({ status: 'refused', refusal, processed_at: now })
    .where('id', '=', recordingId)
    .execute();
}

/**
 * Refuses recordings still unprocessed from before `startedBefore`: the
 * instance processing them stopped, and their upload went with it. The
 * browser still holds each one and sends it again.
 */
export async function refuseAbandonedRecordings(
  db: Db,
  startedBefore: Date,
  refusal: string,
  now: Date,
): Promise<number> {
  const result = await updateUnfinished(db)
    .set({ status: 'refused', refusal, processed_at: now })
    .where('created_at', '<', startedBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Removes a recording's row (its file in the database store goes with it, by trigger). */
export async function deleteRecording(db: Db, recordingId: string): Promise<void> {
  await db.deleteFrom('recordings').where('id', '=', recordingId).execute();
}
