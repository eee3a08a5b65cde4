/**
 * The record of sign-in link requests, for the hourly limit.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** How many link requests this email (hash) and this client made since `since`. */
export async function countSignInRequestsSince(
  db: Kysely<Database>,
  key: { readonly emailHash: string; readonly clientAddress: string },
  since: Date,
): Promise<{ byEmail: number; byClient: number }> {
  const row = await db
    .selectFrom('sign_in_requests')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('email_hash', '=', key.emailHash).as('by_email'),
      eb.fn
        .countAll<number>()
        .filterWhere('client_address', '=', key.clientAddress)
        .as('by_client'),
    ])
    .where('requested_at', '>', since)
    .where((eb) =>
      eb.or([eb('email_hash', '=', key.emailHash), eb('client_address', '=', key.clientAddress)]),
    )
    .executeTakeFirstOrThrow();
  return { byEmail: Number(row.by_email), byClient: Number(row.by_client) };
}

/** Records one link request. */
export async function insertSignInRequest(
  db: Kysely<Database>,
  key: { readonly emailHash: string; readonly clientAddress: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('sign_in_requests')
    .values({ email_hash: key.emailHash, client_address: key.clientAddress, requested_at: now })
    .execute();
  // Old rows are no longer needed for the limit.
  await db
    .deleteFrom('sign_in_requests')
    .where('requested_at', '<', new Date(now.getTime() - 24 * 60 * 60 * 1000))
    .execute();
}
