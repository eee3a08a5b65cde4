/**
 * What a page of a signed-in area starts from: its person (the middleware has
 * already sent everyone else to sign in, `signedInPerson`), the database, and
 * the moment the request is handled, one `now` for every rule the page
 * applies, so the page never reads two different moments.
 */
import type { AstroGlobal } from 'astro';
import type { SessionPerson } from '#src/server/accounts/sessions.repository.ts';
import { getDatabase, type Db } from '#src/server/platform/db.ts';
import { signedInPerson } from './guards.ts';

/** A signed-in page's person, database and moment. */
export interface SignedInPage {
  readonly person: SessionPerson;
  readonly db: Db;
  readonly now: Date;
}

/** The signed-in person, the database and the moment a signed-in page starts from. */
export async function signedInPage(
  context: Pick<AstroGlobal, 'locals' | 'routePattern'>,
): Promise<SignedInPage> {
  const person = signedInPerson(context);
  const { db } = await getDatabase();
  return { person, db, now: new Date() };
}
