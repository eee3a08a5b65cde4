/**
 * Safeguards: sign-in limits that cannot lock a person out, a grant that
 * remembers whether it needed a parent's or carer's yes, staff who can never be
 * guardians, a record of the changes that affect young people and groups, and a
 * log of what each person saved and uploaded, for the hourly fair-use limits.
 */
import { sql, type Kysely } from 'kysely';

const STAFF_ROLES = `array['admin', 'comms', 'facilitator']::text[]`;

export async function up(db: Kysely<any>): Promise<void> {
  // Requests for a link from a browser that signed in as that person before are
  // counted apart from everyone else's, so nobody can use up the person's own.
  await db.schema.alterTable('sign_in_requests').addColumn('device_hash', 'text').execute();
  await db.schema
    .createTable('sign_in_devices')
    .addColumn('device_hash', 'text', (col) => col.notNull())
    .addColumn('email_hash', 'text', (col) => col.notNull())
    .addColumn('signed_in_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('sign_in_devices_pk', ['device_hash', 'email_hash'])
    .execute();
  await db.schema
    .createIndex('sign_in_devices_email_idx')
    .on('sign_in_devices')
    .column('email_hash')
    .execute();

  // Whether a grant needed a guardian's co-consent is decided when it is made
  // and kept with it: a date of birth changed later must never turn a yes that
  // waits for a parent or carer into a public one. Null on grants made before.
  await db.schema.alterTable('consent_events').addColumn('guardian_required', 'boolean').execute();
  await sql`
    alter table consent_events add constraint consent_guardian_required_on_grants
    check (guardian_required is null or kind = 'grant')`.execute(db);

  // Staff (admins, comms, facilitators) are never anyone's guardian: a guardian
  // reads and approves a young person's unshared work.
  await sql`
    create function heard_forbid_staff_guardian() returns trigger
    language plpgsql as $$
    begin
      if tg_table_name = 'guardian_links' then
        if exists (select 1 from people where id = new.guardian_id and roles && ${sql.raw(STAFF_ROLES)}) then
          raise exception 'staff cannot be linked as a guardian' using errcode = 'P0001';
        end if;
      elsif new.roles && ${sql.raw(STAFF_ROLES)}
        and exists (select 1 from guardian_links where guardian_id = new.id) then
        raise exception 'a guardian cannot be given a staff role' using errcode = 'P0001';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger guardian_links_not_staff before insert or update on guardian_links
    for each row execute function heard_forbid_staff_guardian()`.execute(db);
  await sql`
    create trigger people_staff_not_guardian before insert or update of roles on people
    for each row execute function heard_forbid_staff_guardian()`.execute(db);

  // Changes to a person's safeguarding facts (date of birth, guardian links),
  // shown to them and told to their guardians. Names are looked up when shown.
  await db.schema
    .createTable('account_changes')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('date_of_birth', 'guardian_linked', 'guardian_unlinked')`),
    )
    .addColumn('previous_date_of_birth', 'date')
    .addColumn('new_date_of_birth', 'date')
    .addColumn('guardian_id', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('occurred_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('account_changes_person_idx')
    .on('account_changes')
    .columns(['person_id', 'occurred_at'])
    .execute();

  // Who joined or left a group and who did it, for the group's own page: an
  // admin adding someone (themselves included) is seen by the members.
  await db.schema
    .createTable('group_membership_changes')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('group_id', 'uuid', (col) =>
      col.notNull().references('groups.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('actor_id', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('added', 'removed')`))
    .addColumn('role', 'text', (col) => col.check(sql`role in ('member', 'facilitator')`))
    .addColumn('occurred_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('group_membership_changes_group_idx')
    .on('group_membership_changes')
    .columns(['group_id', 'occurred_at'])
    .execute();

  // What each person saved and uploaded, for the hourly fair-use limits.
  await db.schema
    .createTable('usage_log')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('save', 'photo')`))
    .addColumn('bytes', 'bigint', (col) => col.notNull().check(sql`bytes >= 0`))
    .addColumn('occurred_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('usage_log_person_idx')
    .on('usage_log')
    .columns(['person_id', 'kind', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('usage_log').ifExists().execute();
  await db.schema.dropTable('group_membership_changes').ifExists().execute();
  await db.schema.dropTable('account_changes').ifExists().execute();
  await sql`drop trigger if exists people_staff_not_guardian on people`.execute(db);
  await sql`drop trigger if exists guardian_links_not_staff on guardian_links`.execute(db);
  await sql`drop function if exists heard_forbid_staff_guardian()`.execute(db);
  await sql`alter table consent_events drop constraint if exists consent_guardian_required_on_grants`.execute(
    db,
  );
  await db.schema.alterTable('consent_events').dropColumn('guardian_required').execute();
  await db.schema.dropTable('sign_in_devices').ifExists().execute();
  await db.schema.alterTable('sign_in_requests').dropColumn('device_hash').execute();
}
