/**
 * A film script's real-name → character-name map, saved with each revision so
 * consent to a revision covers the names it shows.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('revisions')
    .addColumn('script_names', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('revisions').dropColumn('script_names').execute();
}
