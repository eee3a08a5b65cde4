import type { Db } from '#src/server/platform/db.ts';
/**
 * Turning 18: who was born in a range of days, and the record that someone was
 * told they are 18 now (db/migrations/0014_turning_eighteen.ts).
 */

/** People born on `earliest` to `latest` ('YYYY-MM-DD', inclusive) whose accounts are open. */
export async function listPeopleBornBetween(
  db: Db,
  earliest: string,
  latest: string,
): Promise<{ readonly id: string; readonly dateOfBirth: string }[]> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'date_of_birth'])
    .where('date_of_birth', '>=', earliest)
    .where('date_of_birth', '<=', latest)
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.flatMap((row) =>
    row.date_of_birth ? [{ id: row.id, dateOfBirth: row.date_of_birth }] : [],
  );
}

/**
 * Records that the person was told about this 18th birthday. True only for the
 * call that recorded it, so of several instances running the job, one tells.
 */
export async function recordAdulthoodNotice(
  db: Db,
  personId: string,
  birthday: string,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('adulthood_notices')
    .values({ person_id: personId, birthday, told_at: now })
    .onConflict((oc) => oc.columns(['person_id', 'birthday']).doNothing())
    .returning('person_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The people this person is linked to as a parent or carer, with their dates of birth. */
export async function listYoungPeopleOf(db: Db, guardianId: string) {
  return db
    .selectFrom('guardian_links as g')
    .innerJoin('people as p', 'p.id', 'g.young_person_id')
    .select(['p.id', 'p.display_name', 'p.first_name', 'p.date_of_birth'])
    .where('g.guardian_id', '=', guardianId)
    .orderBy('p.display_name')
    .execute();
}
