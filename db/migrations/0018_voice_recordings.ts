/**
 * Voice recordings. A recording belongs to a story like a photo does, and is
 * placed in its text by a recording node that holds its transcript, so consent
 * to a revision is consent to exactly the recordings and words it holds.
 *
 * An upload becomes a row at once (`waiting`), is processed by a queued job
 * (`processing`, with how far it has got in `progress`), and ends `ready`
 * (its Opus file stored under `storage_key`, its length in `duration_ms`) or
 * `refused` (with the plain sentence the person is shown). Only a ready
 * recording has a file, and the checks below keep the row honest about that.
 * Removing the row removes its file from the database store in the same
 * transaction (the trigger `media_files` already has for photos).
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recordings')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('uploaded_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    // The resumable upload it came from, so a browser that lost the last answer can find it.
    .addColumn('upload_id', 'text', (col) =>
      col
        .notNull()
        .unique()
        .check(sql`upload_id ~ '^[0-9a-f]{32}$'`),
    )
    .addColumn('status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('waiting')
        .check(sql`status in ('waiting', 'processing', 'ready', 'refused')`),
    )
    .addColumn('progress', 'real', (col) =>
      col
        .notNull()
        .defaultTo(0)
        .check(sql`progress >= 0 and progress <= 1`),
    )
    .addColumn('storage_key', 'text', (col) =>
      col.unique().check(sql`storage_key ~ '^[0-9a-f]{32}$'`),
    )
    .addColumn('duration_ms', 'integer', (col) =>
      col.check(sql`duration_ms > 0 and duration_ms <= 3601000`),
    )
    .addColumn('bytes', 'integer', (col) => col.check(sql`bytes > 0`))
    .addColumn('refusal', 'text', (col) => col.check(sql`length(refusal) between 1 and 500`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('processed_at', 'timestamptz')
    .addCheckConstraint(
      'recordings_ready_has_file',
      sql`(status = 'ready') = (storage_key is not null and duration_ms is not null and bytes is not null)`,
    )
    .addCheckConstraint(
      'recordings_refused_says_why',
      sql`(status = 'refused') = (refusal is not null)`,
    )
    .execute();
  await db.schema.createIndex('recordings_story_idx').on('recordings').column('story_id').execute();
  await sql`
    create trigger recordings_delete_files after delete on recordings
    for each row when (old.storage_key is not null)
    execute function heard_delete_media_files()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recordings').ifExists().execute();
}
