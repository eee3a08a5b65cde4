/**
 * The record of changes to people's safeguarding facts (date of birth, guardian
 * links) and to who is in each group, with who made them.
 */
import type { AccountChange } from '#src/domain/safeguarding.ts';
import { displayNameOf, rolesOf } from '#src/server/accounts/people.repository.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import type { Db } from '#src/server/platform/db.ts';

/** Who made a change (`c.actor_id`): their name and roles as they are now, null once they are gone. */
const actorOfChange = [
  displayNameOf('c.actor_id').as('actor_name'),
  rolesOf('c.actor_id').as('actor_roles'),
] as const;

/** Records a change to a person's date of birth. */
export async function insertDateOfBirthChange(
  db: Db,
  change: {
    readonly personId: string;
    readonly actorId: string;
    readonly previous: string | null;
    readonly next: string | null;
    readonly at: Date;
  },
): Promise<void> {
  await db
    .insertInto('account_changes')
    .values({
      person_id: change.personId,
      actor_id: change.actorId,
      kind: 'date_of_birth',
      previous_date_of_birth: change.previous,
      new_date_of_birth: change.next,
      occurred_at: change.at,
    })
    .execute();
}

/** Records a guardian being linked to, or taken off, a young person. */
export async function insertGuardianLinkChange(
  db: Db,
  change: {
    readonly kind: 'guardian_linked' | 'guardian_unlinked';
    readonly youngPersonId: string;
    readonly guardianId: string;
    readonly actorId: string;
    readonly at: Date;
  },
): Promise<void> {
  await db
    .insertInto('account_changes')
    .values({
      person_id: change.youngPersonId,
      actor_id: change.actorId,
      kind: change.kind,
      guardian_id: change.guardianId,
      occurred_at: change.at,
    })
    .execute();
}

/** The changes made to one person's safeguarding facts, newest first, with names. */
export async function listAccountChanges(db: Db, personId: string): Promise<AccountChange[]> {
  const rows = await db
    .selectFrom('account_changes as c')
    .select([
      'c.kind',
      'c.occurred_at',
      'c.previous_date_of_birth',
      'c.new_date_of_birth',
      displayNameOf('c.guardian_id').as('guardian_name'),
    ])
    .select(actorOfChange)
    .where('c.person_id', '=', personId)
    .orderBy('c.occurred_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((row): AccountChange => {
    const actorRole = row.actor_roles?.includes('admin') ? 'admin' : 'facilitator';
    return row.kind === 'date_of_birth'
      ? {
          kind: 'date_of_birth',
          at: row.occurred_at,
          actorName: row.actor_name,
          actorRole,
          previous: row.previous_date_of_birth,
          next: row.new_date_of_birth,
        }
      : {
          kind: row.kind,
          at: row.occurred_at,
          actorName: row.actor_name,
          actorRole,
          guardianName: row.guardian_name,
        };
  });
}

/** Records someone joining or leaving a group, and who did it. */
export async function insertGroupMembershipChange(
  db: Db,
  change: {
    readonly groupId: string;
    readonly personId: string;
    readonly actorId: string;
    readonly kind: 'added' | 'removed';
    readonly role: 'member' | 'facilitator' | null;
    readonly at: Date;
  },
): Promise<void> {
  await db
    .insertInto('group_membership_changes')
    .values({
      group_id: change.groupId,
      person_id: change.personId,
      actor_id: change.actorId,
      kind: change.kind,
      role: change.role,
      occurred_at: change.at,
    })
    .execute();
}

/** Who joined or left a group and who did it, newest first, with names as they are now. */
export async function listGroupMembershipChanges(db: Db, groupId: string, limit = 100) {
  return db
    .selectFrom('group_membership_changes as c')
    .select([
      'c.id',
      'c.kind',
      'c.role',
      'c.occurred_at',
      'c.person_id',
      'c.actor_id',
      displayNameOf('c.person_id').as('person_name'),
    ])
    .select(actorOfChange)
    .where('c.group_id', '=', groupId)
    .orderBy('c.occurred_at', 'desc')
    .limit(limit)
    .execute();
}

/** The language each of these people reads Heard in: what the emails telling them of a change are written in. */
export async function listLanguagesOf(
  db: Db,
  personIds: readonly string[],
): Promise<ReadonlyMap<string, Language>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'language'])
    .where('id', 'in', [...new Set(personIds)])
    .execute();
  return new Map(rows.map((row) => [row.id, asLanguage(row.language)]));
}
