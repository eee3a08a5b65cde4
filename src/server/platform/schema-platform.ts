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

/** This area's tables, by their names in the database. */
export interface PlatformTables {
  settings: SettingTable;
  mail_outbox: MailOutboxTable;
  usage_log: UsageLogTable;
}
