/**
 * Comms staff ask, contributors decide: each author's answer to a
 * request, a request for the whole story (no excerpt), and takedown tasks that
 * outlive the story they are about: erasing a story must not erase the list of
 * places it still has to be taken down from.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // No excerpt means the whole story, as the contributor sees it in the preview.
  await sql`alter table feature_requests alter column excerpt drop not null`.execute(db);

  // One answer per author: a story with co-authors is used only if all say yes.
  await db.schema
    .createTable('feature_request_answers')
    .addColumn('request_id', 'uuid', (col) =>
      col.notNull().references('feature_requests.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('answer', 'text', (col) =>
      col.notNull().check(sql`answer in ('yes', 'yes_anonymous', 'no')`),
    )
    // The grant a yes wrote to the ledger (a no writes nothing there).
    .addColumn('consent_event_id', 'uuid')
    .addColumn('answered_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('feature_request_answers_pkey', ['request_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('feature_request_answers_person_idx')
    .on('feature_request_answers')
    .column('person_id')
    .execute();
  await db.schema
    .createIndex('feature_uses_request_idx')
    .on('feature_uses')
    .column('request_id')
    .execute();

  // A task says what to take down and where in its own words, so it survives
  // the story's erasure (the rows it came from cascade away).
  await db.schema
    .alterTable('takedown_tasks')
    .addColumn('channel', 'text')
    .addColumn('story_title', 'text')
    .addColumn('where_used', 'text')
    .addColumn('link', 'text')
    .addColumn('used_on', 'date')
    // When comms staff were emailed about it, and when admins were told it is overdue.
    .addColumn('notified_at', 'timestamptz')
    .addColumn('overdue_notified_at', 'timestamptz')
    .execute();
  await sql`
    update takedown_tasks t
    set channel = r.channel, story_title = s.title, where_used = u.where_used,
        link = u.link, used_on = u.used_on, notified_at = t.created_at
    from feature_uses u
    join feature_requests r on r.id = u.request_id
    join stories s on s.id = u.story_id
    where u.id = t.use_id`.execute(db);
  for (const column of ['channel', 'story_title', 'where_used', 'used_on']) {
    await sql`alter table takedown_tasks alter column ${sql.ref(column)} set not null`.execute(db);
  }
  for (const column of ['use_id', 'story_id']) {
    await sql`alter table takedown_tasks alter column ${sql.ref(column)} drop not null`.execute(db);
  }
  await sql`alter table takedown_tasks drop constraint takedown_tasks_use_id_fkey`.execute(db);
  await sql`alter table takedown_tasks drop constraint takedown_tasks_story_id_fkey`.execute(db);
  await sql`
    alter table takedown_tasks add constraint takedown_tasks_use_id_fkey
    foreign key (use_id) references feature_uses (id) on delete set null`.execute(db);
  await sql`
    alter table takedown_tasks add constraint takedown_tasks_story_id_fkey
    foreign key (story_id) references stories (id) on delete set null`.execute(db);
  await db.schema
    .createIndex('takedown_tasks_open_idx')
    .on('takedown_tasks')
    .column('created_at')
    .where(sql.ref('status'), '=', 'open')
    .execute();
  await db.schema
    .createIndex('takedown_tasks_story_idx')
    .on('takedown_tasks')
    .column('story_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('takedown_tasks_story_idx').execute();
  await db.schema.dropIndex('takedown_tasks_open_idx').execute();
  await sql`delete from takedown_tasks where use_id is null or story_id is null`.execute(db);
  await sql`alter table takedown_tasks drop constraint takedown_tasks_use_id_fkey`.execute(db);
  await sql`alter table takedown_tasks drop constraint takedown_tasks_story_id_fkey`.execute(db);
  await sql`
    alter table takedown_tasks add constraint takedown_tasks_use_id_fkey
    foreign key (use_id) references feature_uses (id) on delete cascade`.execute(db);
  await sql`
    alter table takedown_tasks add constraint takedown_tasks_story_id_fkey
    foreign key (story_id) references stories (id) on delete cascade`.execute(db);
  for (const column of ['use_id', 'story_id']) {
    await sql`alter table takedown_tasks alter column ${sql.ref(column)} set not null`.execute(db);
  }
  await db.schema
    .alterTable('takedown_tasks')
    .dropColumn('channel')
    .dropColumn('story_title')
    .dropColumn('where_used')
    .dropColumn('link')
    .dropColumn('used_on')
    .dropColumn('notified_at')
    .dropColumn('overdue_notified_at')
    .execute();
  await db.schema.dropIndex('feature_uses_request_idx').execute();
  await db.schema.dropTable('feature_request_answers').execute();
  await sql`delete from feature_requests where excerpt is null`.execute(db);
  await sql`alter table feature_requests alter column excerpt set not null`.execute(db);
}
