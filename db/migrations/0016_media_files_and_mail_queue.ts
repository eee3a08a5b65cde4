/**
 * Photos every instance can serve, and email that is never lost.
 *
 * `media_files` holds the WebP variants of photos when the media store is the
 * database (the default with PostgreSQL): every instance reads the same bytes,
 * and a trigger removes a photo's files in the same transaction as its `media`
 * row, so erasing a person's stories erases their photos atomically.
 *
 * `mail_queue` is the outbox: each email is written in the transaction of the
 * change that causes it, and a worker delivers it over SMTP with retries. A
 * trigger announces new mail on commit (`NOTIFY heard_mail`) so the worker
 * sends at once instead of waiting for its next round.
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('media_files')
    .addColumn('storage_key', 'text', (col) => col.notNull())
    .addColumn('variant', 'text', (col) => col.notNull())
    .addColumn('bytes', 'bytea', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('media_files_pkey', ['storage_key', 'variant'])
    .addCheckConstraint('media_files_key_shape', sql`storage_key ~ '^[0-9a-f]{32}$'`)
    .execute();
  // A photo's bytes go with its row, in the same transaction (erasure, a
  // removed photo, a deleted story's photos through the cascade).
  await sql`
    create function heard_delete_media_files() returns trigger
    language plpgsql as $$
    begin
      delete from media_files where storage_key = old.storage_key;
      return old;
    end
    $$`.execute(db);
  await sql`
    create trigger media_delete_files after delete on media
    for each row execute function heard_delete_media_files()`.execute(db);

  await db.schema
    .createTable('mail_queue')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('to_address', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('text_body', 'text', (col) => col.notNull())
    .addColumn('html_body', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    // When the next try may start; moved on by backoff after each failure.
    .addColumn('next_attempt_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    // A worker holds a message until then; past it, the worker is presumed dead.
    .addColumn('claimed_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('last_attempt_at', 'timestamptz')
    // Tries stopped (too many failures); an admin may start them again.
    .addColumn('given_up_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('mail_queue_due_idx')
    .on('mail_queue')
    .column('next_attempt_at')
    .where(sql.ref('given_up_at'), 'is', null)
    .execute();
  await sql`
    create function heard_announce_mail() returns trigger
    language plpgsql as $$
    begin
      perform pg_notify('heard_mail', '');
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger mail_queue_announce after insert on mail_queue
    for each statement execute function heard_announce_mail()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_queue').ifExists().execute();
  await sql`drop function if exists heard_announce_mail()`.execute(db);
  await sql`drop trigger if exists media_delete_files on media`.execute(db);
  await sql`drop function if exists heard_delete_media_files()`.execute(db);
  await db.schema.dropTable('media_files').ifExists().execute();
}
