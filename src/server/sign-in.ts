/**
 * Asking for a sign-in link: validation, the hourly limit, and handing the request
 * to Auth.js, which makes the single-use token and calls our mailer.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { normaliseEmail } from '../domain/email.ts';
import { safeReturnPath } from '../domain/permissions.ts';
import { handleAuthRequest } from './auth.ts';
import type { Db } from './db.ts';
import { findPersonById, findPersonIdByEmail } from './repositories/people.ts';
import { countSignInRequestsSince, insertSignInRequest } from './repositories/sign-in-requests.ts';

/** At most this many link requests an hour, per email address and per client address. */
export const SIGN_IN_REQUESTS_PER_HOUR = 5;

export type SignInLinkResult =
  | { readonly status: 'sent'; readonly email: string }
  | { readonly status: 'invalid'; readonly message: string }
  | { readonly status: 'limited' }
  | { readonly status: 'failed'; readonly message: string };

function hashEmail(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}

/**
 * Sends a sign-in link if the address belongs to someone with an account. The
 * answer is the same whether or not it does, so the page never reveals who has
 * an account here.
 */
export async function requestSignInLink(
  db: Db,
  input: {
    readonly email: string;
    readonly next: string | null;
    readonly clientAddress: string;
    readonly origin: string;
    readonly now: Date;
  },
): Promise<SignInLinkResult> {
  const normalised = normaliseEmail(input.email);
  if (!normalised.ok) return { status: 'invalid', message: normalised.message };
  const key = { emailHash: hashEmail(normalised.email), clientAddress: input.clientAddress };

  const allowed = await db.transaction().execute(async (trx) => {
    // Serialise requests for one address so two at once cannot both slip under the limit.
    await sql`select pg_advisory_xact_lock(hashtext(${key.emailHash}))`.execute(trx);
    const since = new Date(input.now.getTime() - 60 * 60 * 1000);
    const counts = await countSignInRequestsSince(trx, key, since);
    if (
      counts.byEmail >= SIGN_IN_REQUESTS_PER_HOUR ||
      counts.byClient >= SIGN_IN_REQUESTS_PER_HOUR
    ) {
      return false;
    }
    await insertSignInRequest(trx, key, input.now);
    return true;
  });
  if (!allowed) return { status: 'limited' };

  const personId = await findPersonIdByEmail(db, normalised.email);
  const person = personId ? await findPersonById(db, personId) : undefined;
  if (!person || person.disabled_at) return { status: 'sent', email: normalised.email };
  return sendSignInLink(normalised.email, safeReturnPath(input.next), input.origin);
}

/**
 * Asks Auth.js to make a link for this (already normalised) address and email it.
 * Also used for invitations, which are sign-in links to someone new.
 */
export async function sendSignInLink(
  email: string,
  returnPath: string,
  origin: string,
): Promise<SignInLinkResult> {
  const response = await handleAuthRequest(
    new Request(new URL('/api/auth/signin/nodemailer', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, callbackUrl: new URL(returnPath, origin).toString() }),
    }),
  );
  const location = response.headers.get('location') ?? '';
  if (response.status >= 400 || location.includes('/signin/problem')) {
    return {
      status: 'failed',
      message: 'We could not send the email just now. Please try again in a few minutes.',
    };
  }
  return { status: 'sent', email };
}
