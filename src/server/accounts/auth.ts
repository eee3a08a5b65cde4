/**
 * Auth.js configuration: email magic links (Nodemailer provider) and database
 * sessions stored through the Kysely adapter, so every session can be revoked.
 */
import { randomBytes } from 'node:crypto';
import { Auth, skipCSRFCheck, type AuthConfig } from '@auth/core';
import Nodemailer from '@auth/core/providers/nodemailer';
import { KyselyAdapter } from '@auth/kysely-adapter';
import type { Provider } from '@auth/core/providers';
import { normaliseEmail } from '#src/domain/email.ts';
import { getDatabase, type Db } from '#src/server/platform/db.ts';
import { mailFrom, sendMail } from '#src/server/platform/mail.ts';
import { isPublicSiteHttps, publicOrigin } from '#src/server/http/public-address.ts';
import { findPersonById, findPersonIdByEmail, hasSignedInBefore } from './people.repository.ts';
import { readSetting, insertSettingIfAbsent } from '#src/server/platform/settings.repository.ts';
import { translatorFor, type Translator } from '#src/i18n/translator.ts';
import { asLanguage, isLanguage, type Language } from '#src/i18n/languages.ts';

/** Sign-in links work once, for 15 minutes (not Auth.js's default of a day). */
export const SIGN_IN_LINK_MINUTES = 15;

/** Sessions last 30 days of inactivity. */
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * The session cookie's name: with the `__Secure-` prefix when the public site
 * is HTTPS, so the browser sends it only over HTTPS (RFC 6265bis §4.1.3.1).
 */
export function sessionCookieName(): string {
  return isPublicSiteHttps() ? '__Secure-authjs.session-token' : 'authjs.session-token';
}

/** Removes the session cookie from this browser (signing out, deleting an account). */
export function clearSessionCookie(cookies: {
  delete(name: string, options: { path: string; secure: boolean }): void;
}): void {
  cookies.delete(sessionCookieName(), { path: '/', secure: isPublicSiteHttps() });
}

// Auth.js makes session tokens from random UUIDs; anything else (a NUL, a
// megabyte) is not one, and is never looked up.
const SESSION_TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

/** The session token from a request's cookies, if it has the shape of one. */
export function readSessionToken(cookies: {
  get(name: string): { value: string } | undefined;
}): string | undefined {
  const value = cookies.get(sessionCookieName())?.value;
  return value !== undefined && SESSION_TOKEN.test(value) ? value : undefined;
}

/**
 * The secret Auth.js signs with: AUTH_SECRET when set, otherwise one made once and
 * kept in the database, so every instance on the same database shares it.
 */
async function resolveSecret(db: Db): Promise<string> {
  const fromEnv = process.env['AUTH_SECRET']?.trim();
  if (fromEnv) return fromEnv;
  await insertSettingIfAbsent(db, 'auth_secret', randomBytes(32).toString('base64url'));
  const stored = await readSetting(db, 'auth_secret');
  if (typeof stored !== 'string') throw new Error('The sign-in secret could not be stored.');
  return stored;
}

/**
 * The header on our own request to Auth.js (src/server/accounts/sign-in.ts)
 * that carries the language of the page a person asked for a link from.
 */
export const ASKED_IN_HEADER = 'x-heard-asked-in';

/**
 * The language of a sign-in email: the account's own once the person has
 * signed in (they may have chosen it on their account page); before that, the
 * language of the page they asked from when it is not the default, which the
 * account takes only when the link is opened
 * (src/server/accounts/sign-in-language.ts). Otherwise, and for a link nobody
 * asked for from a page (an admin's invitation), the account's language.
 */
function signInEmailLanguage(input: {
  readonly accountLanguage: string;
  readonly askedIn: Language | undefined;
  readonly firstTime: boolean;
}): Language {
  return input.firstTime && input.askedIn ? input.askedIn : asLanguage(input.accountLanguage);
}

function signInEmail(params: {
  name: string | null;
  url: string;
  firstTime: boolean;
  language: Language;
}) {
  const words = translatorFor(params.language);
  const t: Translator['t'] = (key, values) => words.t(key, values);
  const text = [
    params.name
      ? t('accounts.email.hello', { name: params.name })
      : t('accounts.email.helloNoName'),
    '',
    params.firstTime ? t('accounts.email.invited') : t('accounts.email.yourLink'),
    '',
    t('accounts.email.open', { minutes: SIGN_IN_LINK_MINUTES }),
    params.url,
    '',
    t('accounts.email.runOut'),
    t('accounts.email.ignore'),
  ].join('\n');
  return {
    subject: params.firstTime ? t('accounts.email.subjectInvited') : t('accounts.email.subject'),
    text,
  };
}

// One configuration per database handle (tests swap databases within a process).
const configs = new WeakMap<Db, Promise<AuthConfig>>();

/** The Auth.js configuration for the process's database. */
export async function getAuthConfig(): Promise<AuthConfig> {
  const { db } = await getDatabase();
  let config = configs.get(db);
  if (!config) {
    config = buildAuthConfig(db);
    configs.set(db, config);
    config.catch(() => configs.delete(db));
  }
  return config;
}

async function buildAuthConfig(db: Db): Promise<AuthConfig> {
  const secret = await resolveSecret(db);
  const config: AuthConfig = {
    secret,
    // Every request reaches Auth.js on the public address (handleAuthRequest
    // below), never on whatever Host or X-Forwarded-Host someone sent.
    trustHost: true,
    useSecureCookies: isPublicSiteHttps(),
    basePath: '/api/auth',
    // Astro's origin check (security.checkOrigin) guards every form post,
    // including these; our sign-in form posts to /signin, not straight here.
    skipCSRFCheck,
    adapter: KyselyAdapter(db),
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: {
      signIn: '/signin',
      verifyRequest: '/signin/check-email',
      error: '/signin/problem',
      signOut: '/signin',
    },
    providers: [
      Nodemailer({
        // Only used when SMTP_URL is set: sendMail below decides.
        server: process.env['SMTP_URL']?.trim() || { jsonTransport: true },
        from: mailFrom(),
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        normalizeIdentifier: (identifier) => {
          const result = normaliseEmail(identifier);
          if (!result.ok) throw new Error(result.problem);
          return result.email;
        },
        sendVerificationRequest: async ({ identifier, url, request }) => {
          const personId = await findPersonIdByEmail(db, identifier);
          const person = personId ? await findPersonById(db, personId) : undefined;
          if (!person || person.disabled_at) return; // nobody to send to
          const firstTime = !(await hasSignedInBefore(db, person.id));
          const askedIn = request.headers.get(ASKED_IN_HEADER);
          const language = signInEmailLanguage({
            accountLanguage: person.language,
            askedIn: isLanguage(askedIn) ? askedIn : undefined,
            firstTime,
          });
          const mail = signInEmail({
            name: person.first_name ?? person.display_name,
            url,
            firstTime,
            language,
          });
          await sendMail(db, { to: identifier, ...mail });
        },
      }) as unknown as Provider,
    ],
    callbacks: {
      // Heard is invitation-only: nobody gets an account by asking for a link,
      // and a disabled account cannot sign in.
      signIn: async ({ user }) => {
        if (!user.email) return false;
        const personId = await findPersonIdByEmail(db, user.email);
        const person = personId ? await findPersonById(db, personId) : undefined;
        return Boolean(person && !person.disabled_at);
      },
    },
  };
  return config;
}

/**
 * Hands a request to Auth.js, moved onto the public address first: Auth.js
 * builds its links and redirects from the request's URL, which a forged `Host`
 * would otherwise choose.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const onPublicAddress = new URL(url.pathname + url.search, publicOrigin());
  const headers = new Headers(request.headers);
  headers.delete('x-forwarded-host');
  headers.delete('x-forwarded-proto');
  headers.set('host', onPublicAddress.host);
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
  return Auth(
    new Request(onPublicAddress, { method: request.method, headers, body }),
    await getAuthConfig(),
  );
}
