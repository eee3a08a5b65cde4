/**
 * What the public site reads: each publication's redacted text for
 * search and excerpts, its length for reading time, a weighted search document
 * (title above text), and one row per theme so theme pages and the list of
 * themes stay logarithmic however many stories there are.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('publications')
    // The consented revision's text with every sensitive detail replaced as its
    // authors chose: the only text search, snippets and feeds ever see.
    .addColumn('search_text', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('excerpt', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('word_count', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await sql`
    alter table publications add column search_document tsvector
      generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', search_text), 'B')
      ) stored`.execute(db);
  await sql`create index publications_search_idx on publications using gin (search_document)`.execute(
    db,
  );
  await db.schema
    .createTable('publication_themes')
    .addColumn('theme_slug', 'text', (col) => col.notNull())
    .addColumn('theme', 'text', (col) => col.notNull())
    .addColumn('published_at', 'timestamptz', (col) => col.notNull())
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('publications.story_id').onDelete('cascade'),
    )
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('publication_themes_pkey', ['theme_slug', 'published_at', 'story_id'])
    .execute();
  await db.schema
    .createIndex('publication_themes_story_idx')
    .on('publication_themes')
    .column('story_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('publication_themes').execute();
  await sql`drop index publications_search_idx`.execute(db);
  await db.schema
    .alterTable('publications')
    .dropColumn('search_document')
    .dropColumn('search_text')
    .dropColumn('excerpt')
    .dropColumn('word_count')
    .execute();
}
