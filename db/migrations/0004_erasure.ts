/**
 * Account erasure: deleting a person sets `revisions.author_id`
 * to null on the revisions that stay (stories written with others), and that
 * foreign-key action is an UPDATE the immutability trigger refused, so no
 * co-author could ever be erased. Revisions stay immutable in every other way:
 * the only change allowed is forgetting who saved one.
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // to_jsonb compares every column, including any added later, so a future
  // column cannot slip through this exception unnoticed.
  await sql`
    create or replace function heard_forbid_revision_update() returns trigger
    language plpgsql as $$
    begin
      if old.author_id is not null and new.author_id is null
         and (to_jsonb(new) - 'author_id') = (to_jsonb(old) - 'author_id') then
        return new;
      end if;
      raise exception 'revisions are immutable: save a new revision instead'
        using errcode = 'P0001';
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function heard_forbid_revision_update() returns trigger
    language plpgsql as $$
    begin
      raise exception 'revisions are immutable: save a new revision instead'
        using errcode = 'P0001';
    end
    $$`.execute(db);
}
