/**
 * The language someone new starts in. A person who asks for their first
 * sign-in link from a page in Welsh is written to in Welsh, and starts in
 * Welsh once they open the link. A page in the default language says nothing
 * about them (it is what everyone is shown first), so asking from one leaves
 * the language an admin set for them as it is.
 *
 * Asking changes nothing on the account: anyone can ask for a link to anyone's
 * address, so only opening it, which only the address's owner can do, may
 * choose their language. The language travels in the link itself, marked on
 * the address it returns to, and the mark is taken off again before the
 * person lands there.
 */
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '#src/i18n/languages.ts';
import type { Db } from '#src/server/platform/db.ts';
import { findPersonIdByEmail, hasSignedInBefore } from './people.repository.ts';
import { setPersonLanguage } from './profile.ts';

/** The parameter on a link's return address that names the language it was asked in. */
export const ASKED_IN_PARAM = 'asked-in';

/** The language a person chose by asking from a page in it: any but the default. */
export function chosenByAsking(pageLanguage: Language | undefined): Language | undefined {
  return pageLanguage === DEFAULT_LANGUAGE ? undefined : pageLanguage;
}

/** The return address a link leads to (`https://…/my`), marked with the language it was asked in. */
export function markAskedIn(returnTo: string, askedIn: Language | undefined): string {
  if (!askedIn) return returnTo;
  const marked = new URL(returnTo);
  marked.searchParams.set(ASKED_IN_PARAM, askedIn);
  return marked.href;
}

/** The language a sign-in link (`/api/auth/callback/nodemailer?callbackUrl=…`) was asked in. */
export function askedInOf(link: URL): Language | undefined {
  const returnTo = link.searchParams.get('callbackUrl');
  if (!returnTo) return undefined;
  try {
    const askedIn = new URL(returnTo, link).searchParams.get(ASKED_IN_PARAM);
    return isLanguage(askedIn) ? askedIn : undefined;
  } catch {
    return undefined;
  }
}

/** Where the person goes once signed in: the same address without the mark. */
export function withoutAskedIn(location: string, base: URL): string {
  try {
    const address = new URL(location, base);
    if (!address.searchParams.has(ASKED_IN_PARAM)) return location;
    address.searchParams.delete(ASKED_IN_PARAM);
    return address.href;
  } catch {
    return location;
  }
}

/** Someone opening their first sign-in link, and the language they asked for it in. */
export interface FirstSignIn {
  readonly personId: string;
  readonly language: Language;
}

/**
 * Read before the link is used (using it marks the address verified): the
 * person the link is for and the language they asked in, when they have never
 * signed in and asked from a page; otherwise undefined.
 */
export async function firstSignInOf(db: Db, link: URL): Promise<FirstSignIn | undefined> {
  const language = askedInOf(link);
  const email = link.searchParams.get('email');
  if (!language || !email) return undefined;
  const personId = await findPersonIdByEmail(db, email);
  if (!personId || (await hasSignedInBefore(db, personId))) return undefined;
  return { personId, language };
}

/** Once the link has signed them in: the newcomer starts in the language they asked in. */
export async function startInAskedLanguage(db: Db, first: FirstSignIn): Promise<void> {
  await setPersonLanguage(db, first.personId, first.language);
}
