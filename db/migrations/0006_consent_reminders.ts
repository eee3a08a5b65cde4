/**
 * Consent expiry reminders: one row per reminder email sent, so each reminder
 * (30 and 7 days before a consent ends) goes out at most once per consent end
 * date, even with several app instances running the job.
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // No foreign key on subject_id, as on the ledger (0001): it is an opaque
  // person id. The story reference cascades, so erasing a story takes its rows.
  await db.schema
    .createTable('consent_reminders')
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('subject_id', 'uuid', (col) => col.notNull())
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('days_before', 'integer', (col) => col.notNull().check(sql`days_before in (30, 7)`))
    .addColumn('sent_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    // The key is what "at most once" means: a renewal changes expires_at, so the
    // reminders for the new end date are new rows.
    .addPrimaryKeyConstraint('consent_reminders_pkey', [
      'story_id',
      'subject_id',
      'scope',
      'expires_at',
      'days_before',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consent_reminders').ifExists().execute();
}
