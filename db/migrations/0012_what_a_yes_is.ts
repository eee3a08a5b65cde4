/**
 * What a yes is: a grant carries the fingerprint of exactly what its author was
 * shown (the version, the naming, the period, title, themes, content notes,
 * byline and photos) and the key of the content every author must agree on;
 * what the public sees comes from the version each author agreed to, kept
 * here, never from the story as it is now. And the anchor where the consent
 * ledger's unkeyed events end, sealed with the key on first start.
 */
import { sql, type Kysely } from 'kysely';

const GENESIS_HASH = '0'.repeat(64);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('consent_events')
    .addColumn('fingerprint', 'text', (col) => col.check(sql`fingerprint ~ '^[0-9a-f]{64}$'`))
    .addColumn('content_key', 'text', (col) => col.check(sql`content_key ~ '^[0-9a-f]{64}$'`))
    .execute();
  await sql`
    alter table consent_events add constraint consent_fingerprint_on_grants
    check ((fingerprint is null and content_key is null) or kind = 'grant')`.execute(db);

  // One row per yes: what that author saw and agreed to. Erasing the story (or
  // the person) removes it; the ledger keeps only the opaque fingerprint.
  await db.schema
    .createTable('consented_versions')
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('fingerprint', 'text', (col) => col.notNull())
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('content_key', 'text', (col) => col.notNull())
    .addColumn('revision_number', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('themes', sql`text[]`, (col) => col.notNull())
    .addColumn('content_notes', sql`text[]`, (col) => col.notNull())
    // The name readers see for this author, as they saw it in the preview.
    .addColumn('shown_name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('consented_versions_pk', ['story_id', 'fingerprint'])
    .execute();

  // Staff are never guardians, also when a link and a role change are made at
  // the same moment: each side locks the person's row before it looks.
  await sql`
    create or replace function heard_forbid_staff_guardian() returns trigger
    language plpgsql as $$
    begin
      if tg_table_name = 'guardian_links' then
        -- Wait for any change to the person's roles, then look.
        perform 1 from people where id = new.guardian_id for share;
        if exists (
          select 1 from people where id = new.guardian_id
          and roles && array['admin', 'comms', 'facilitator']::text[]
        ) then
          raise exception 'staff cannot be linked as a guardian' using errcode = 'P0001';
        end if;
      elsif new.roles && array['admin', 'comms', 'facilitator']::text[]
        and exists (select 1 from guardian_links where guardian_id = new.id) then
        raise exception 'a guardian cannot be given a staff role' using errcode = 'P0001';
      end if;
      return new;
    end
    $$`.execute(db);

  // Where the events hashed before the chain was keyed end. The app seals it
  // with the key on its first start (the key is never in the database).
  await db.schema
    .createTable('ledger_anchor')
    .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
    .addColumn('sequence', 'bigint', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull())
    .addColumn('seal', 'text')
    .execute();
  const head = await sql<{ sequence: number | string; hash: string }>`
    select sequence, hash from consent_events order by sequence desc limit 1`.execute(db);
  await db
    .insertInto('ledger_anchor')
    .values({
      id: 1,
      sequence: Number(head.rows[0]?.sequence ?? 0),
      hash: head.rows[0]?.hash ?? GENESIS_HASH,
    })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ledger_anchor').ifExists().execute();
  await db.schema.dropTable('consented_versions').ifExists().execute();
  await sql`alter table consent_events drop constraint if exists consent_fingerprint_on_grants`.execute(
    db,
  );
  await db.schema
    .alterTable('consent_events')
    .dropColumn('fingerprint')
    .dropColumn('content_key')
    .execute();
}
