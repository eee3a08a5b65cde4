/**
 * People: the Auth.js user row plus our profile, and guardian links.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../../domain/roles.ts';
import type { Database, PersonRow } from '../schema.ts';
import { inTransaction } from './transaction.ts';

export interface NewPerson {
  readonly email: string;
  readonly displayName: string;
  readonly firstName?: string | null;
  readonly defaultPseudonym?: string | null;
  /** 'YYYY-MM-DD' */
  readonly dateOfBirth?: string | null;
  readonly roles: readonly Role[];
}

/** Creates a person (Auth.js user and profile) and returns their id. */
export async function insertPerson(db: Kysely<Database>, person: NewPerson): Promise<string> {
  return inTransaction(db, async (trx) => {
    const user = await trx
      .insertInto('User')
      .values({ email: person.email, name: person.displayName, emailVerified: null, image: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('people')
      .values({
        id: user.id,
        display_name: person.displayName,
        first_name: person.firstName ?? null,
        default_pseudonym: person.defaultPseudonym ?? null,
        date_of_birth: person.dateOfBirth ?? null,
        roles: [...person.roles],
        disabled_at: null,
      })
      .execute();
    return user.id;
  });
}

/** The person with this email, or undefined. Emails are stored normalised. */
export async function findPersonIdByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('User')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  return row?.id;
}

/** The profile of one person, or undefined. */
export async function findPersonById(
  db: Kysely<Database>,
  id: string,
): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Links a guardian to a young person (idempotent). */
export async function linkGuardian(
  db: Kysely<Database>,
  guardianId: string,
  youngPersonId: string,
): Promise<void> {
  await db
    .insertInto('guardian_links')
    .values({ guardian_id: guardianId, young_person_id: youngPersonId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
