/**
 * An author may choose to show an answer to their story on the story's public
 * page. `shown_publicly_at` records that choice (null: not shown). The answer
 * appears only while the story itself is public and the answer is not hidden;
 * the choice alone never makes anything public.
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('service_answers')
    .addColumn('shown_publicly_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('service_answers').dropColumn('shown_publicly_at').execute();
}
