/**
 * Groups and their members.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Creates a group and returns its id. */
export async function insertGroup(
  db: Kysely<Database>,
  group: { slug: string; name: string; description?: string },
): Promise<string> {
  const row = await db
    .insertInto('groups')
    .values({ slug: group.slug, name: group.name, description: group.description ?? '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds a member or facilitator to a group, or changes their role there. */
export async function addGroupMember(
  db: Kysely<Database>,
  groupId: string,
  personId: string,
  role: 'member' | 'facilitator',
): Promise<void> {
  await db
    .insertInto('group_members')
    .values({ group_id: groupId, person_id: personId, role })
    .onConflict((oc) => oc.columns(['group_id', 'person_id']).doUpdateSet({ role }))
    .execute();
}
