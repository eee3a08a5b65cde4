/**
 * The record of sign-in link requests, for the hourly limits, and of the
 * browsers people have signed in on (hashed ids only).
 */
import { daysBefore } from '#src/domain/calendar.ts';
import type { SignInRequestCounts } from '#src/domain/sign-in-limits.ts';
import type { Db } from '#src/server/platform/db.ts';

/** One request's key: the email (hash), the client's address, and a known browser (hash) or null. */
export interface SignInRequestKey {
  readonly emailHash: string;
  readonly clientAddress: string;
  readonly deviceHash: string | null;
}

/** How many link requests were made since `since`, counted as the limits need them. */
export async function countSignInRequestsSince(
  db: Db,
  key: SignInRequestKey,
  since: Date,
): Promise<SignInRequestCounts> {
  const row = await db
    .selectFrom('sign_in_requests')
    .select((eb) => [
      eb.fn
        .countAll<number>()
        .filterWhere((w) =>
          w.and([w('email_hash', '=', key.emailHash), w('device_hash', 'is', null)]),
        )
        .as('unknown_devices'),
      eb.fn
        .countAll<number>()
        .filterWhere((w) =>
          key.deviceHash === null
            ? w.lit(false)
            : w.and([w('email_hash', '=', key.emailHash), w('device_hash', '=', key.deviceHash)]),
        )
        .as('this_device'),
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
  return {
    forAddressFromUnknownDevices: Number(row.unknown_devices),
    forAddressFromThisDevice: Number(row.this_device),
    fromClient: Number(row.by_client),
  };
}

/** Records one link request. */
export async function insertSignInRequest(db: Db, key: SignInRequestKey, now: Date): Promise<void> {
  await db
    .insertInto('sign_in_requests')
    .values({
      email_hash: key.emailHash,
      client_address: key.clientAddress,
      device_hash: key.deviceHash,
      requested_at: now,
    })
    .execute();
  // Old rows are no longer needed for the limit.
  await db.deleteFrom('sign_in_requests').where('requested_at', '<', daysBefore(now, 1)).execute();
}

/** Whether this browser has signed in as this address's owner within the last year. */
export async function isKnownSignInDevice(
  db: Db,
  deviceHash: string,
  emailHash: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_devices')
    .select('signed_in_at')
    .where('device_hash', '=', deviceHash)
    .where('email_hash', '=', emailHash)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records (or refreshes) a browser someone signed in on; forgets those unused for a year. */
export async function recordSignInDevice(
  db: Db,
  deviceHash: string,
  emailHash: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('sign_in_devices')
    .values({ device_hash: deviceHash, email_hash: emailHash, signed_in_at: now })
    .onConflict((oc) =>
      oc.columns(['device_hash', 'email_hash']).doUpdateSet({ signed_in_at: now }),
    )
    .execute();
  await db.deleteFrom('sign_in_devices').where('signed_in_at', '<', daysBefore(now, 365)).execute();
}

/** Forgets every browser an address signed in on (when the account is erased). */
export async function deleteSignInDevicesForEmail(db: Db, emailHash: string): Promise<void> {
  await db.deleteFrom('sign_in_devices').where('email_hash', '=', emailHash).execute();
}
