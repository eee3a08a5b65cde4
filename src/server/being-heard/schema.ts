/**
 * The tables of being heard (db/migrations/0015_being_heard.ts), as Kysely
 * sees them; `src/server/platform/schema.ts` adds them to the database's shape.
 */
import type { ColumnType, Generated } from 'kysely';
import type { ChangeStatus } from '#src/domain/being-heard.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A service lead's answer to the author of a story shared to improve services. */
export interface ServiceAnswerTable {
  id: Generated<string>;
  story_id: string;
  written_by: string | null;
  text: string;
  /** The author's word on it: true, false, or null when they have not said. */
  helpful: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  hidden_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When an author chose to show it on the story's public page; null when not. */
  shown_publicly_at: ColumnType<
    Date | null,
    Date | string | null | undefined,
    Date | string | null
  >;
  created_at: DefaultedTimestamp;
}

/** The author's reply to an answer. */
export interface ServiceAnswerReplyTable {
  id: Generated<string>;
  answer_id: string;
  written_by: string;
  text: string;
  created_at: DefaultedTimestamp;
}

/** A change a service lead records: what, in which service, and how it stands. */
export interface ServiceChangeTable {
  id: Generated<string>;
  what: string;
  service: string;
  status: ChangeStatus;
  why_not: string | null;
  recorded_by: string | null;
  created_at: DefaultedTimestamp;
  status_changed_at: DefaultedTimestamp;
}

/** A story that led to a change. */
export interface ServiceChangeStoryTable {
  change_id: string;
  story_id: string;
  linked_by: string | null;
  linked_at: DefaultedTimestamp;
}

/** A long wait for an answer that admins have been told about (once per yes). */
export interface ServiceWaitFlagTable {
  story_id: string;
  shared_at: Timestamp;
  flagged_at: DefaultedTimestamp;
}

/** The tables of being heard, as part of the database's shape. */
export interface BeingHeardTables {
  service_answers: ServiceAnswerTable;
  service_answer_replies: ServiceAnswerReplyTable;
  service_changes: ServiceChangeTable;
  service_change_stories: ServiceChangeStoryTable;
  service_wait_flags: ServiceWaitFlagTable;
}
