/**
 * Sessions as the app uses them: who a session token belongs to (checked on
 * every request, so a deleted session signs its browser out on the very next
 * one), and signing out of this browser or of every browser at once.
 */
import type { Db } from '#src/server/platform/db.ts';
import {
  deleteSessionByToken,
  deleteSessionsForPerson,
  findPersonBySessionToken,
  type SessionPerson,
} from './sessions.repository.ts';

/** The person a live session token belongs to, if any. */
export function findSignedInPerson(
  db: Db,
  token: string,
  now: Date,
): Promise<SessionPerson | undefined> {
  return findPersonBySessionToken(db, token, now);
}

/**
 * Ends this browser's session, or with `everywhere` every session of the
 * signed-in person (each browser they use is signed out on its next request).
 */
export async function signOut(
  db: Db,
  options: {
    readonly token: string | undefined;
    readonly person: SessionPerson | undefined;
    readonly everywhere: boolean;
  },
): Promise<void> {
  if (options.everywhere && options.person) {
    await deleteSessionsForPerson(db, options.person.id);
  } else if (options.token) {
    await deleteSessionByToken(db, options.token);
  }
}
