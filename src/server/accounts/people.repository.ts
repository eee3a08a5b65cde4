/**
 * People: the Auth.js user row plus our profile, and guardian links.
 */
import { expressionBuilder, sql, type Updateable } from 'kysely';
import type { Role } from '#src/domain/roles.ts';
import type { Database, PersonRow, PersonTable } from '#src/server/platform/schema.ts';
import { groupRows } from '#src/server/platform/rows.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import type { Db } from '#src/server/platform/db.ts';

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
export async function insertPerson(db: Db, person: NewPerson): Promise<string> {
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

/**
 * The display name of the person whose id is in `personId`, a column of the
 * query it is selected in (`'t.done_by'`): null when it is null or they are
 * gone. For the "who did it" beside a record.
 */
export function displayNameOf(personId: `${string}.${string}`) {
  return expressionBuilder<Database>()
    .selectFrom('people as named')
    .select('named.display_name')
    .where('named.id', '=', sql.ref<string>(personId));
}

/**
 * The roles, as they are now, of the person whose id is in `personId` (as
 * displayNameOf): null when it is null or they are gone.
 */
export function rolesOf(personId: `${string}.${string}`) {
  return expressionBuilder<Database>()
    .selectFrom('people as named')
    .select('named.roles')
    .where('named.id', '=', sql.ref<string>(personId));
}

/** People with their Auth.js user (`p` and `u`): where each can be written to. */
export function peopleWithUsers(db: Db) {
  return db.selectFrom('people as p').innerJoin('User as u', 'u.id', 'p.id');
}

/**
 * The name Heard calls a person by, from the profile with alias `person`
 * (`'p'`): their first name, or their display name when they gave none. For a
 * greeting, or a name in a conversation.
 */
export function calledNameOf(person: string) {
  return sql<string>`coalesce(${sql.ref(`${person}.first_name`)}, ${sql.ref(`${person}.display_name`)})`;
}

/** The Auth.js user with this id or email, or undefined. Emails are stored normalised. */
export async function findUser(db: Db, key: 'id' | 'email', value: string) {
  return db.selectFrom('User').selectAll().where(key, '=', value).executeTakeFirst();
}

/** The person with this email, or undefined. */
export async function findPersonIdByEmail(db: Db, email: string): Promise<string | undefined> {
  return (await findUser(db, 'email', email))?.id;
}

/** The profile of one person, or undefined. */
export async function findPersonById(db: Db, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Changes one person's profile row. */
export async function updatePerson(
  db: Db,
  personId: string,
  changes: Updateable<PersonTable>,
): Promise<void> {
  await db.updateTable('people').set(changes).where('id', '=', personId).execute();
}

/** Links a guardian to a young person (idempotent). */
export async function linkGuardian(
  db: Db,
  guardianId: string,
  youngPersonId: string,
): Promise<void> {
  await db
    .insertInto('guardian_links')
    .values({ guardian_id: guardianId, young_person_id: youngPersonId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface ProfileChanges {
  readonly displayName: string;
  readonly firstName: string | null;
  readonly defaultPseudonym: string | null;
  readonly dateOfBirth: string | null;
  readonly largerText: boolean;
  readonly highContrast: boolean;
}

/** Updates a person's own profile and reading preferences. */
export async function updatePersonProfile(
  db: Db,
  personId: string,
  changes: ProfileChanges,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await updatePerson(trx, personId, {
      display_name: changes.displayName,
      first_name: changes.firstName,
      default_pseudonym: changes.defaultPseudonym,
      date_of_birth: changes.dateOfBirth,
      larger_text: changes.largerText,
      high_contrast: changes.highContrast,
    });
    await trx
      .updateTable('User')
      .set({ name: changes.displayName })
      .where('id', '=', personId)
      .execute();
  });
}

/** Everyone, for the admin list, with their email. */
export async function listPeopleForAdmin(db: Db) {
  return peopleWithUsers(db)
    .select([
      'p.id',
      'u.email',
      'p.display_name',
      'p.roles',
      'p.disabled_at',
      'p.date_of_birth',
      'u.emailVerified',
    ])
    .orderBy('p.display_name')
    .execute();
}

/** Replaces a person's roles. */
export async function setPersonRoles(
  db: Db,
  personId: string,
  roles: readonly Role[],
): Promise<void> {
  await updatePerson(db, personId, { roles: [...roles] });
}

/** Pauses or restores an account. */
export async function setPersonDisabled(
  db: Db,
  personId: string,
  disabledAt: Date | null,
): Promise<void> {
  await updatePerson(db, personId, { disabled_at: disabledAt });
}

/** Guardian links (`g`), each with its guardian's profile (`guardian`). */
function linksWithGuardians(db: Db) {
  return db
    .selectFrom('guardian_links as g')
    .innerJoin('people as guardian', 'guardian.id', 'g.guardian_id');
}

/** Every guardian link, with both names. */
export async function listGuardianLinks(db: Db) {
  return linksWithGuardians(db)
    .innerJoin('people as young', 'young.id', 'g.young_person_id')
    .select([
      'g.guardian_id',
      'g.young_person_id',
      'guardian.display_name as guardian_name',
      'young.display_name as young_person_name',
    ])
    .orderBy('young.display_name')
    .execute();
}

/** The people linked as this person's guardians now. */
export async function listGuardianIdsOf(db: Db, youngPersonId: string): Promise<string[]> {
  const guardians = await listGuardiansOf(db, [youngPersonId]);
  return (guardians.get(youngPersonId) ?? []).map((guardian) => guardian.id);
}

/** The guardians of these young people, oldest link first, by young person. */
export async function listGuardiansOf(
  db: Db,
  youngPersonIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  if (youngPersonIds.length === 0) return new Map();
  const links = await linksWithGuardians(db)
    .select(['g.young_person_id', 'g.guardian_id', 'guardian.display_name'])
    .where('g.young_person_id', 'in', [...youngPersonIds])
    .orderBy('g.created_at')
    .execute();
  return groupRows(
    links,
    (link) => link.young_person_id,
    (link) => ({ id: link.guardian_id, name: link.display_name }),
  );
}

/** Whether this person is linked as anyone's guardian. */
export async function isLinkedAsGuardian(db: Db, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('guardian_links')
    .select('young_person_id')
    .where('guardian_id', '=', personId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Sets a person's date of birth (an admin's correction); returns the one it replaced. */
export async function setDateOfBirth(
  db: Db,
  personId: string,
  dateOfBirth: string | null,
): Promise<{ readonly previous: string | null } | undefined> {
  return inTransaction(db, async (trx) => {
    const before = await trx
      .selectFrom('people')
      .select('date_of_birth')
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return undefined;
    await updatePerson(trx, personId, { date_of_birth: dateOfBirth });
    return { previous: before.date_of_birth };
  });
}

/** Removes a guardian link. */
export async function unlinkGuardian(
  db: Db,
  guardianId: string,
  youngPersonId: string,
): Promise<void> {
  await db
    .deleteFrom('guardian_links')
    .where('guardian_id', '=', guardianId)
    .where('young_person_id', '=', youngPersonId)
    .execute();
}

/** True once the person has opened a sign-in link (Auth.js marks the email verified). */
export async function hasSignedInBefore(db: Db, personId: string): Promise<boolean> {
  return Boolean((await findUser(db, 'id', personId))?.emailVerified);
}

/** Email addresses of everyone holding a role (comms staff, admins), for notices. */
export async function listEmailsWithRole(db: Db, role: 'comms' | 'admin'): Promise<string[]> {
  const rows = await peopleWithUsers(db)
    .select('u.email')
    .where(sql<boolean>`${role} = any(p.roles)`)
    .where('p.disabled_at', 'is', null)
    .orderBy('u.email')
    .execute();
  return rows.map((row) => row.email);
}
