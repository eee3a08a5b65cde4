/**
 * Being heard: a use "to improve our services" read by a new `service_lead`
 * role, their answers to authors (with the author's replies), the changes they
 * record and the stories linked to each, and a note of which long waits for an
 * answer admins have been told about. The author can turn answers off per story.
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import { sql, type Kysely } from 'kysely';

const SCOPES_BEFORE = [
  'group',
  'public_site',
  'newsletter',
  'social_media',
  'press',
  'funding_and_reports',
  'training',
  'book',
];
const SCOPES = [...SCOPES_BEFORE, 'service_improvement'];
const ROLES_BEFORE = ['contributor', 'guardian', 'facilitator', 'comms', 'admin'];
const ROLES = [...ROLES_BEFORE, 'service_lead'];
const STAFF_BEFORE = ['admin', 'comms', 'facilitator'];
const STAFF = [...STAFF_BEFORE, 'service_lead'];
const CHANGE_STATUSES = ['thinking', 'planned', 'happening', 'done', 'not_possible'];

function inList(values: string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

/** The staff-guardian trigger of 0012, with the staff roles given. */
async function forbidStaffGuardians(db: Kysely<any>, staff: string[]): Promise<void> {
  const roles = sql.raw(`array[${inList(staff)}]::text[]`);
  await sql`
    create or replace function heard_forbid_staff_guardian() returns trigger
    language plpgsql as $$
    begin
      if tg_table_name = 'guardian_links' then
        -- Wait for any change to the person's roles, then look.
        perform 1 from people where id = new.guardian_id for share;
        if exists (
          select 1 from people where id = new.guardian_id
          and roles && ${roles}
        ) then
          raise exception 'staff cannot be linked as a guardian' using errcode = 'P0001';
        end if;
      elsif new.roles && ${roles}
        and exists (select 1 from guardian_links where guardian_id = new.id) then
        raise exception 'a guardian cannot be given a staff role' using errcode = 'P0001';
      end if;
      return new;
    end
    $$`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table consent_events drop constraint consent_events_scope_check`.execute(db);
  await sql`alter table consent_events add constraint consent_events_scope_check
    check (scope in (${sql.raw(inList(SCOPES))}))`.execute(db);
  await sql`alter table people drop constraint people_roles_check`.execute(db);
  await sql`alter table people add constraint people_roles_check
    check (roles <@ array[${sql.raw(inList(ROLES))}]::text[])`.execute(db);
  // Service leads work for the organisation: never anyone's guardian.
  await forbidStaffGuardians(db, STAFF);

  await db.schema
    .alterTable('stories')
    .addColumn('answers_open', 'boolean', (col) => col.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('service_answers')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('written_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('text', 'text', (col) =>
      col.notNull().check(sql`length(btrim(text)) between 1 and 4000`),
    )
    // The author's word on it: helpful, not helpful, or nothing said (null).
    .addColumn('helpful', 'boolean')
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('service_answers_story_idx')
    .on('service_answers')
    .columns(['story_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('service_answer_replies')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('answer_id', 'uuid', (col) =>
      col.notNull().references('service_answers.id').onDelete('cascade'),
    )
    // An author's words go with them when they erase their account.
    .addColumn('written_by', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (col) =>
      col.notNull().check(sql`length(btrim(text)) between 1 and 4000`),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('service_answer_replies_answer_idx')
    .on('service_answer_replies')
    .columns(['answer_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('service_changes')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('what', 'text', (col) =>
      col.notNull().check(sql`length(btrim(what)) between 1 and 300`),
    )
    .addColumn('service', 'text', (col) =>
      col.notNull().check(sql`length(btrim(service)) between 1 and 120`),
    )
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in (${sql.raw(inList(CHANGE_STATUSES))})`),
    )
    .addColumn('why_not', 'text', (col) => col.check(sql`length(why_not) <= 2000`))
    .addColumn('recorded_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('status_changed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    // "Not possible" always says why.
    .addCheckConstraint(
      'service_changes_why_not',
      sql`status <> 'not_possible' or length(btrim(coalesce(why_not, ''))) > 0`,
    )
    .execute();
  await db.schema
    .createIndex('service_changes_newest_idx')
    .on('service_changes')
    .columns(['status_changed_at desc', 'id desc'])
    .execute();

  await db.schema
    .createTable('service_change_stories')
    .addColumn('change_id', 'uuid', (col) =>
      col.notNull().references('service_changes.id').onDelete('cascade'),
    )
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('linked_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('linked_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('service_change_stories_pkey', ['change_id', 'story_id'])
    .execute();
  await db.schema
    .createIndex('service_change_stories_story_idx')
    .on('service_change_stories')
    .column('story_id')
    .execute();

  // Each long wait for an answer is told to admins once: keyed by the yes that
  // started it, so sharing again is a new wait.
  await db.schema
    .createTable('service_wait_flags')
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('shared_at', 'timestamptz', (col) => col.notNull())
    .addColumn('flagged_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('service_wait_flags_pkey', ['story_id', 'shared_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('service_wait_flags').ifExists().execute();
  await db.schema.dropTable('service_change_stories').ifExists().execute();
  await db.schema.dropTable('service_changes').ifExists().execute();
  await db.schema.dropTable('service_answer_replies').ifExists().execute();
  await db.schema.dropTable('service_answers').ifExists().execute();
  await db.schema.alterTable('stories').dropColumn('answers_open').execute();
  await forbidStaffGuardians(db, STAFF_BEFORE);
  await sql`alter table people drop constraint people_roles_check`.execute(db);
  await sql`alter table people add constraint people_roles_check
    check (roles <@ array[${sql.raw(inList(ROLES_BEFORE))}]::text[])`.execute(db);
  await sql`alter table consent_events drop constraint consent_events_scope_check`.execute(db);
  await sql`alter table consent_events add constraint consent_events_scope_check
    check (scope in (${sql.raw(inList(SCOPES_BEFORE))}))`.execute(db);
}
