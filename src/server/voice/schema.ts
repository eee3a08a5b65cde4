/**
 * The table of voice recordings (db/migrations/0018_voice_recordings.ts), as
 * Kysely sees it; `src/server/platform/schema.ts` adds it to the database's shape.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp } from '#src/server/platform/schema-columns.ts';

/** Where a recording is: sent, being processed, ready to play, or refused. */
export type RecordingStatus = 'waiting' | 'processing' | 'ready' | 'refused';

/** One recording in a story; its Opus file is in the media store once it is ready. */
export interface RecordingTable {
  id: Generated<string>;
  story_id: string;
  uploaded_by: string | null;
  upload_id: string;
  status: ColumnType<RecordingStatus, RecordingStatus | undefined, RecordingStatus>;
  progress: ColumnType<number, number | undefined, number>;
  storage_key: string | null;
  duration_ms: number | null;
  bytes: number | null;
  refusal: string | null;
  created_at: DefaultedTimestamp;
  processed_at: Timestamp | null;
}

/** This area's tables, by their names in the database. */
export interface VoiceTables {
  recordings: RecordingTable;
}
