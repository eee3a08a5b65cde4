/**
 * The outbox: emails waiting to go out over SMTP. A row is written in the
 * transaction of the change that causes the email, claimed by one worker at a
 * time, and deleted once the SMTP server has accepted it (so addresses and
 * story titles are not kept after they are needed).
 */
import { sql, type Selectable } from 'kysely';
import type { MailQueueTable } from './schema.ts';
import { outgoingMailColumns, type OutgoingMail } from './mail.repository.ts';
import type { Db } from './db.ts';

export type QueuedMailRow = Selectable<MailQueueTable>;

/** Puts one email in the outbox; it goes when the transaction `db` belongs to commits. */
export async function insertQueuedMail(db: Db, mail: OutgoingMail, now: Date): Promise<string> {
  const row = await db
    .insertInto('mail_queue')
    .values({ ...outgoingMailColumns(mail), created_at: now, next_attempt_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Claims up to `limit` emails that are due and held by no live worker, until
 * `claimUntil`, counting the attempt. Several workers may claim at once: each
 * email goes to one of them (`skip locked`).
 */
export async function claimDueMail(
  db: Db,
  now: Date,
  claimUntil: Date,
  limit: number,
): Promise<QueuedMailRow[]> {
  return db
    .updateTable('mail_queue')
    .set({
      claimed_until: claimUntil,
      attempts: sql<number>`attempts + 1`,
      last_attempt_at: now,
    })
    .where(
      'id',
      'in',
      db
        .selectFrom('mail_queue')
        .select('id')
        .where('given_up_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
}

/** Removes an email the SMTP server accepted; false if this claim was no longer ours. */
export async function deleteDeliveredMail(
  db: Db,
  id: string,
  claimedUntil: Date,
): Promise<boolean> {
  const result = await db
    .deleteFrom('mail_queue')
    .where('id', '=', id)
    .where('claimed_until', '=', claimedUntil)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Records a failed attempt: tried again at `nextAttemptAt`, or never again when `givenUp`. */
export async function recordMailFailure(
  db: Db,
  id: string,
  failure: {
    readonly error: string;
    readonly nextAttemptAt: Date;
    readonly givenUpAt: Date | null;
  },
): Promise<void> {
  await db
    .updateTable('mail_queue')
    .set({
      claimed_until: null,
      last_error: failure.error.slice(0, 1000),
      next_attempt_at: failure.nextAttemptAt,
      given_up_at: failure.givenUpAt,
    })
    .where('id', '=', id)
    .execute();
}

/** Emails that failed at least `minAttempts` times, or whose tries stopped, oldest first. */
export async function listFailingMail(
  db: Db,
  minAttempts: number,
  limit = 200,
): Promise<QueuedMailRow[]> {
  return db
    .selectFrom('mail_queue')
    .selectAll()
    .where((eb) => eb.or([eb('attempts', '>=', minAttempts), eb('given_up_at', 'is not', null)]))
    .where('last_error', 'is not', null)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** Starts the tries again for one given-up email, now; false if there was none. */
export async function retryGivenUpMail(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mail_queue')
    .set({ given_up_at: null, next_attempt_at: now, attempts: 0 })
    .where('id', '=', id)
    .where('given_up_at', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** How many emails wait to be delivered. */
export async function countQueuedMail(db: Db): Promise<number> {
  const row = await db
    .selectFrom('mail_queue')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('given_up_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
