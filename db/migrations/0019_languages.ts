/**
 * Languages (src/i18n, src/domain/story-language.ts):
 *
 * - `people.language`: the language a person reads Heard in; every page,
 *   email, reminder and receipt for them follows it.
 * - `stories.language`: the language a story is written in (a BCP 47 tag:
 *   "en", "cy", "pl"…), marked on its text with `lang` so screen readers and
 *   browsers read it right; copied to its publication.
 * - The publication's search document is built with a text-search
 *   configuration that suits its language: `english` (stemming) for English,
 *   `simple` for everything else. PostgreSQL has no Welsh stemmer, and an
 *   English one would mangle Welsh words, so Welsh is matched word for word.
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import { sql, type Kysely } from 'kysely';

const TAG = `'^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table people add column language text not null default 'en'
      constraint people_language_tag check (language ~ '^[a-z]{2,3}$')`.execute(db);
  await sql`
    alter table stories add column language text not null default 'en'
      constraint stories_language_tag check (language ~ ${sql.raw(TAG)} and length(language) <= 35)`.execute(
    db,
  );
  await sql`
    alter table publications add column language text not null default 'en'
      constraint publications_language_tag check (language ~ ${sql.raw(TAG)} and length(language) <= 35)`.execute(
    db,
  );
  await sql`drop index publications_search_idx`.execute(db);
  await sql`alter table publications drop column search_document`.execute(db);
  await sql`
    alter table publications add column search_document tsvector
      generated always as (
        setweight(to_tsvector(case when language = 'en' then 'english'::regconfig else 'simple'::regconfig end, title), 'A') ||
        setweight(to_tsvector(case when language = 'en' then 'english'::regconfig else 'simple'::regconfig end, search_text), 'B')
      ) stored`.execute(db);
  await sql`create index publications_search_idx on publications using gin (search_document)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index publications_search_idx`.execute(db);
  await sql`alter table publications drop column search_document`.execute(db);
  await sql`
    alter table publications add column search_document tsvector
      generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', search_text), 'B')
      ) stored`.execute(db);
  await sql`create index publications_search_idx on publications using gin (search_document)`.execute(
    db,
  );
  await sql`alter table publications drop column language`.execute(db);
  await sql`alter table stories drop column language`.execute(db);
  await sql`alter table people drop column language`.execute(db);
}
