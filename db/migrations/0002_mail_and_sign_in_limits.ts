/**
 * The development outbox (emails that would have been sent) and the record of
 * sign-in link requests used to limit them (docs/decisions/003-sign-in.md; the
 * limits themselves are now those of docs/decisions/010-…md).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('to_address', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('text_body', 'text', (col) => col.notNull())
    .addColumn('html_body', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('mail_outbox_created_idx')
    .on('mail_outbox')
    .column('created_at')
    .execute();

  // Each request for a sign-in link: the email is kept only as a hash.
  await db.schema
    .createTable('sign_in_requests')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email_hash', 'text', (col) => col.notNull())
    .addColumn('client_address', 'text', (col) => col.notNull())
    .addColumn('requested_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_requests_email_idx')
    .on('sign_in_requests')
    .columns(['email_hash', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('sign_in_requests_client_idx')
    .on('sign_in_requests')
    .columns(['client_address', 'requested_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_requests').ifExists().execute();
  await db.schema.dropTable('mail_outbox').ifExists().execute();
}
