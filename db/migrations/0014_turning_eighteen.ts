/**
 * Turning 18: one row per person told that they are 18 now (and their parent
 * or carer told that their part has ended), so each is told once, even with
 * several app instances running the hourly job. Goes with the person.
 *
 * Frozen in time: typed `Kysely<any>` and importing nothing from `src/`.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('adulthood_notices')
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    // The 18th birthday the notice was for: a corrected date of birth that
    // moves it is a new notice.
    .addColumn('birthday', 'date', (col) => col.notNull())
    .addColumn('told_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('adulthood_notices_pkey', ['person_id', 'birthday'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('adulthood_notices').ifExists().execute();
}
