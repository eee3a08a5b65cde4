/**
 * The words of each public story, for "did you mean" on search: one row per
 * distinct word of a publication's title and redacted text, with a trigram
 * index (pg_trgm, which PGlite ships too) to find the words nearest a misspelt
 * one. Rows go with their publication (on delete cascade), so a withdrawn
 * story's words are gone in the same transaction, and a private detail is never
 * here because the redacted text never holds it.
 *
 * Numbered 0020 to keep clear of migrations being written alongside.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await db.schema
    .createTable('publication_words')
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('publications.story_id').onDelete('cascade'),
    )
    .addColumn('word', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('publication_words_pkey', ['story_id', 'word'])
    .execute();
  await sql`create index publication_words_trgm_idx on publication_words using gin (word gin_trgm_ops)`.execute(
    db,
  );
  // The publications already there: the same words the repository writes
  // (src/server/consent/publication-rewrite.repository.ts, replacePublicationWords).
  await sql`
    insert into publication_words (story_id, word)
    select distinct p.story_id, w.word
    from publications p,
      unnest(tsvector_to_array(to_tsvector('simple', p.title || ' ' || p.search_text))) as w(word)
    where length(w.word) between 3 and 40 and w.word !~ '[0-9_./@:-]'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('publication_words').execute();
}
