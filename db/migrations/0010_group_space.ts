/**
 * The group space: kind replies to stories shared with a group (plain
 * text, hideable by the story's author, who can also turn replies off), and the
 * group's book (its title, introduction, chapter order, and what its last PDF
 * held, so the book page can say which chapters changed since).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('stories')
    .addColumn('replies_open', 'boolean', (col) => col.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('story_replies')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('story_id', 'uuid', (col) =>
      col.notNull().references('stories.id').onDelete('cascade'),
    )
    .addColumn('group_id', 'uuid', (col) =>
      col.notNull().references('groups.id').onDelete('cascade'),
    )
    // An erased person's kind words go with them.
    .addColumn('author_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (col) =>
      col.notNull().check(sql`length(btrim(text)) between 1 and 1000`),
    )
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('story_replies_story_idx')
    .on('story_replies')
    .columns(['story_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('group_books')
    .addColumn('group_id', 'uuid', (col) =>
      col.primaryKey().references('groups.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (col) =>
      col.notNull().check(sql`length(btrim(title)) between 1 and 200`),
    )
    .addColumn('introduction', 'text', (col) =>
      col
        .notNull()
        .defaultTo('')
        .check(sql`length(introduction) <= 20000`),
    )
    // Story ids in the order the group chose; chapters not in it follow, newest first.
    .addColumn('chapter_order', sql`uuid[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('last_pdf_at', 'timestamptz')
    // [{ storyId, title, revisionNumber, byline }] as the last PDF had them.
    .addColumn('last_pdf_chapters', 'jsonb')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('group_books').execute();
  await db.schema.dropTable('story_replies').execute();
  await db.schema.alterTable('stories').dropColumn('replies_open').execute();
}
