/**
 * Requests and takedowns: asking to feature a story, the authors' answers, each
 * use of a story, and the tasks that take a use down when consent is stopped.
 * Part of the one `Database` in schema.ts.
 */
import type { ColumnType, Generated } from 'kysely';
import type { Anonymity, Scope } from '#src/domain/consent-types.ts';
import type { DateOnly, DefaultedTimestamp, Timestamp } from './schema-columns.ts';

export type FeatureRequestStatus =
  'open' | 'accepted' | 'accepted_anonymous' | 'declined' | 'lapsed' | 'cancelled';

export interface FeatureRequestTable {
  id: Generated<string>;
  story_id: string;
  requested_by: string | null;
  channel: Scope;
  purpose: string;
  audience: string;
  /** Null: the whole story. */
  excerpt: string | null;
  revision_number: number;
  anonymity: Anonymity;
  starts_on: DateOnly;
  ends_on: DateOnly;
  message: Generated<string>;
  status: ColumnType<FeatureRequestStatus, FeatureRequestStatus | undefined>;
  answered_at: Timestamp | null;
  answered_by: string | null;
  created_at: DefaultedTimestamp;
}

/** One author's answer to a feature request. */
export interface FeatureRequestAnswerTable {
  request_id: string;
  person_id: string;
  answer: 'yes' | 'yes_anonymous' | 'no';
  consent_event_id: string | null;
  answered_at: Timestamp;
}

export interface FeatureUseTable {
  id: Generated<string>;
  request_id: string;
  story_id: string;
  where_used: string;
  link: string | null;
  used_on: DateOnly;
  logged_by: string | null;
  created_at: DefaultedTimestamp;
}

export interface TakedownTaskTable {
  id: Generated<string>;
  /** Null once the story (and so the use) was erased: the task stays. */
  use_id: string | null;
  story_id: string | null;
  consent_event_id: string | null;
  channel: Scope;
  story_title: string;
  where_used: string;
  link: string | null;
  used_on: DateOnly;
  notified_at: Timestamp | null;
  overdue_notified_at: Timestamp | null;
  status: ColumnType<'open' | 'done', 'open' | 'done' | undefined>;
  created_at: DefaultedTimestamp;
  done_at: Timestamp | null;
  done_by: string | null;
  done_note: string | null;
}

/** This area's tables, by their names in the database. */
export interface RequestsTables {
  feature_requests: FeatureRequestTable;
  feature_request_answers: FeatureRequestAnswerTable;
  feature_uses: FeatureUseTable;
  takedown_tasks: TakedownTaskTable;
}
