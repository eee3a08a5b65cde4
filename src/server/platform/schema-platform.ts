/**
 * The running of the site itself: settings, the mail outbox and the usage log.
 * Part of the one `Database` in schema.ts.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp } from './schema-columns.ts';

export interface SettingTable {
  key: string;
  value: unknown;
  updated_at: DefaultedTimestamp;
}

/** An email as written: what the outbox keeps and what the delivery queue sends. */
export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: DefaultedTimestamp;
}

export interface UsageLogTable {
  id: ColumnType<number, never, never>;
  person_id: string;
  kind: 'save' | 'photo';
  bytes: number;
  occurred_at: Timestamp;
}

/** The bytes of one photo variant, when the media store is the database. */
export interface MediaFileTable {
  storage_key: string;
  variant: string;
  bytes: Uint8Array;
  created_at: DefaultedTimestamp;
}

/** An email waiting to be delivered over SMTP (the outbox), with how its delivery is going. */
export interface MailQueueTable extends MailOutboxTable {
  next_attempt_at: DefaultedTimestamp;
  attempts: ColumnType<number, number | undefined, number>;
  claimed_until: Timestamp | null;
  last_error: string | null;
  last_attempt_at: Timestamp | null;
  given_up_at: Timestamp | null;
}

/** This area's tables, by their names in the database. */
export interface PlatformTables {
  settings: SettingTable;
  mail_outbox: MailOutboxTable;
  usage_log: UsageLogTable;
  media_files: MediaFileTable;
  mail_queue: MailQueueTable;
}
