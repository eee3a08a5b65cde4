/**
 * Asking for a sign-in link: validation, the limits, and handing the request to
 * Auth.js, which makes the single-use token and calls our mailer. The app's own
 * form (`/signin`) and invitations are the only ways in: Auth.js's own sign-in
 * endpoint is closed (src/pages/api/auth/[...auth].ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { normaliseEmail } from '#src/domain/email.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { safeReturnPath } from '#src/domain/permissions.ts';
import { decideSignInRequest } from '#src/domain/sign-in-limits.ts';
import { ASKED_IN_HEADER, handleAuthRequest } from './auth.ts';
import { chosenByAsking, markAskedIn } from './sign-in-language.ts';
import { clientNetworkOf } from '#src/server/http/client-address.ts';
import type { Db } from '#src/server/platform/db.ts';
import { isPublicSiteHttps, siteLink } from '#src/server/http/public-address.ts';
import { findPersonById, findPersonIdByEmail } from './people.repository.ts';
import type { Language } from '#src/i18n/languages.ts';
import {
  countSignInRequestsSince,
  insertSignInRequest,
  isKnownSignInDevice,
  recordSignInDevice,
} from './sign-in-requests.repository.ts';

export type SignInLinkResult =
  | { readonly status: 'sent'; readonly email: string }
  | { readonly status: 'invalid'; readonly message: string }
  | { readonly status: 'limited' }
  | { readonly status: 'failed'; readonly message: string };

/** The answer to a request for a link, given before anything is looked up or sent. */
export type SignInRequestAnswer =
  | {
      readonly status: 'sent';
      readonly email: string;
      /**
       * The lookup and the email, which go on after the answer: whether the
       * address has an account must not change how long the answer takes, or
       * whether it says the email could not be sent. Never rejects.
       */
      readonly delivery: Promise<void>;
    }
  | { readonly status: 'invalid'; readonly message: string }
  | { readonly status: 'limited' };

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** How an (already normalised) email address is kept in the sign-in records. */
export function emailHashOf(email: string): string {
  return sha256(email);
}

/** The name of the cookie that marks a browser someone signed in on. */
export function deviceCookieName(): string {
  // __Host- binds it to this exact site over HTTPS (RFC 6265bis §4.1.3.2).
  return isPublicSiteHttps() ? '__Host-heard-device' : 'heard-device';
}

/** A new random id for a browser. */
export function newDeviceId(): string {
  return randomBytes(32).toString('base64url');
}

const DEVICE_ID = /^[A-Za-z0-9_-]{43}$/;

function deviceHashOf(deviceId: string | undefined): string | null {
  return deviceId !== undefined && DEVICE_ID.test(deviceId) ? sha256(deviceId) : null;
}

/**
 * Sends a sign-in link if the address belongs to someone with an account. The
 * answer is the same, and as quick, whether or not it does, so nobody can learn
 * who has an account here; the limits count requests, not emails, for the same
 * reason.
 */
export async function requestSignInLink(
  db: Db,
  input: {
    readonly email: string;
    readonly next: string | null;
    readonly clientAddress: string;
    /** This browser's id (its device cookie), if it has one. */
    readonly deviceId?: string | undefined;
    /** The language of the page asked from (auth.ts says which language the email is in). */
    readonly language?: Language | undefined;
    readonly now: Date;
  },
): Promise<SignInRequestAnswer> {
  const normalised = normaliseEmail(input.email);
  if (!normalised.ok) {
    return { status: 'invalid', message: requestWords().t(normalised.problem) };
  }
  const emailHash = emailHashOf(normalised.email);
  const deviceHash = deviceHashOf(input.deviceId);

  const allowed = await db.transaction().execute(async (trx) => {
    // Serialise requests for one address so two at once cannot both slip under the limit.
    await sql`select pg_advisory_xact_lock(hashtext(${emailHash}))`.execute(trx);
    const knownDevice =
      deviceHash !== null && (await isKnownSignInDevice(trx, deviceHash, emailHash));
    const key = {
      emailHash,
      clientAddress: clientNetworkOf(input.clientAddress),
      deviceHash: knownDevice ? deviceHash : null,
    };
    const since = new Date(input.now.getTime() - 60 * 60 * 1000);
    const counts = await countSignInRequestsSince(trx, key, since);
    const decision = decideSignInRequest(counts, knownDevice);
    if (!decision.allowed) return false;
    await insertSignInRequest(trx, key, input.now);
    return true;
  });
  if (!allowed) return { status: 'limited' };
  const email = normalised.email;
  const delivery = (async () => {
    const personId = await findPersonIdByEmail(db, email);
    const person = personId ? await findPersonById(db, personId) : undefined;
    if (!person || person.disabled_at) return;
    const sent = await sendSignInLink(
      email,
      safeReturnPath(input.next),
      chosenByAsking(input.language),
    );
    if (sent.status !== 'sent')
      console.error('A sign-in link could not be sent; the person may ask again.');
  })().catch((error: unknown) => {
    console.error(
      'A sign-in link could not be sent:',
      error instanceof Error ? error.message : error,
    );
  });
  return { status: 'sent', email, delivery };
}

/**
 * Asks Auth.js to make a link for this (already normalised) address and email it.
 * Also used for invitations, which are sign-in links to someone new. The link
 * is on the public address (src/server/http/public-address.ts), whoever asked.
 * `askedIn` is the language of the page the person asked from, if they asked
 * themselves: auth.ts writes to someone who has never signed in in that
 * language (an invitation, asked by an admin, goes in the account's own), and
 * the link carries it, so they start in it once they open the link
 * (src/server/accounts/sign-in-language.ts).
 */
export async function sendSignInLink(
  email: string,
  returnPath: string,
  askedIn?: Language,
): Promise<SignInLinkResult> {
  const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded' });
  if (askedIn) headers.set(ASKED_IN_HEADER, askedIn);
  const response = await handleAuthRequest(
    new Request(siteLink('/api/auth/signin/nodemailer'), {
      method: 'POST',
      headers,
      body: new URLSearchParams({
        email,
        callbackUrl: markAskedIn(siteLink(safeReturnPath(returnPath)), askedIn),
      }),
    }),
  );
  const location = response.headers.get('location') ?? '';
  if (response.status >= 400 || location.includes('/signin/problem')) {
    return { status: 'failed', message: requestWords().t('accounts.signIn.notSent') };
  }
  return { status: 'sent', email };
}

/**
 * Remembers that this browser signed in as the owner of `email`, so their own
 * requests for links are counted apart from anyone else's.
 */
export async function rememberSignInDevice(
  db: Db,
  input: { readonly email: string; readonly deviceId: string; readonly now: Date },
): Promise<void> {
  const normalised = normaliseEmail(input.email);
  const deviceHash = deviceHashOf(input.deviceId);
  if (!normalised.ok || deviceHash === null) return;
  await recordSignInDevice(db, deviceHash, emailHashOf(normalised.email), input.now);
}
