/**
 * Writing prompts a group's facilitators offer ("A place you loved as a child"),
 * and the prompt a story was started from (the group space lists the answers to
 * each prompt).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('writing_prompts')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('group_id', 'uuid', (col) =>
      col.notNull().references('groups.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (col) =>
      col.notNull().check(sql`length(btrim(text)) between 1 and 200`),
    )
    .addColumn('created_by', 'uuid', (col) => col.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('writing_prompts_group_idx')
    .on('writing_prompts')
    .columns(['group_id', 'created_at'])
    .execute();
  await db.schema
    .alterTable('stories')
    .addColumn('prompt_id', 'uuid', (col) =>
      col.references('writing_prompts.id').onDelete('set null'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stories').dropColumn('prompt_id').execute();
  await db.schema.dropTable('writing_prompts').ifExists().execute();
}
