/**
 * What each person saved and uploaded recently, for the fair-use limits.
 */
import { daysBefore } from '#src/domain/calendar.ts';
import type { RecentUse } from '#src/domain/fair-use.ts';
import type { Db } from '#src/server/platform/db.ts';

/** One person's saves or photos since `since`. */
export async function sumUsageSince(
  db: Db,
  personId: string,
  kind: 'save' | 'photo',
  since: Date,
): Promise<RecentUse> {
  const row = await db
    .selectFrom('usage_log')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('bytes'), eb.lit(0)).as('bytes'),
      eb.fn.min('occurred_at').as('oldest'),
    ])
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .where('occurred_at', '>', since)
    .executeTakeFirstOrThrow();
  return {
    count: Number(row.count),
    bytes: Number(row.bytes),
    oldest: row.oldest === null ? null : new Date(row.oldest),
  };
}

/** Records one save or photo; forgets what no limit needs any more. */
export async function insertUsage(
  db: Db,
  personId: string,
  kind: 'save' | 'photo',
  bytes: number,
  now: Date,
): Promise<number> {
  const row = await db
    .insertInto('usage_log')
    .values({ person_id: personId, kind, bytes, occurred_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .deleteFrom('usage_log')
    .where('person_id', '=', personId)
    .where('occurred_at', '<', daysBefore(now, 1))
    .execute();
  return row.id;
}

/** Takes back one counted use (an upload that was refused and kept nothing). */
export async function deleteUsage(db: Db, id: number): Promise<void> {
  await db.deleteFrom('usage_log').where('id', '=', id).execute();
}
