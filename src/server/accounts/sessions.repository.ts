/**
 * Sessions (stored by Auth.js through the Kysely adapter) and the person behind one.
 */
import type { Role } from '#src/domain/roles.ts';
import { peopleWithUsers } from './people.repository.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import type { Db } from '#src/server/platform/db.ts';

/** The signed-in person as every page sees them. */
export interface SessionPerson {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly firstName: string | null;
  readonly roles: readonly Role[];
  readonly largerText: boolean;
  readonly highContrast: boolean;
  /** The language they read Heard in. */
  readonly language: Language;
}

/**
 * The person whose live session this token is, or undefined. A disabled account
 * has no live sessions.
 */
export async function findPersonBySessionToken(
  db: Db,
  sessionToken: string,
  now: Date,
): Promise<SessionPerson | undefined> {
  const row = await peopleWithUsers(db)
    .innerJoin('Session as s', 's.userId', 'p.id')
    .select([
      'p.id',
      'u.email',
      'p.display_name as displayName',
      'p.first_name as firstName',
      'p.roles',
      'p.larger_text as largerText',
      'p.high_contrast as highContrast',
      'p.language',
    ])
    .where('s.sessionToken', '=', sessionToken)
    .where('s.expires', '>', now)
    .where('p.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && { ...row, language: asLanguage(row.language) };
}

/** Deletes one session (signing out this browser). */
export async function deleteSessionByToken(db: Db, sessionToken: string): Promise<void> {
  await db.deleteFrom('Session').where('sessionToken', '=', sessionToken).execute();
}

/** Deletes every session a person has: they are signed out everywhere at once. */
export async function deleteSessionsForPerson(db: Db, personId: string): Promise<number> {
  const result = await db.deleteFrom('Session').where('userId', '=', personId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
