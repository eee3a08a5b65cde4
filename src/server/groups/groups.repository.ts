/**
 * Groups and their members.
 */
import { groupRows } from '#src/server/platform/rows.ts';
import type { Db } from '#src/server/platform/db.ts';

/** Creates a group and returns its id. */
export async function insertGroup(
  db: Db,
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
  db: Db,
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

/** Every group with its members and facilitators, for the admin page. */
export async function listGroupsWithMembers(db: Db) {
  const groups = await db.selectFrom('groups').selectAll().orderBy('name').execute();
  const members = await db
    .selectFrom('group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.group_id', 'm.person_id', 'm.role', 'p.display_name'])
    .orderBy('p.display_name')
    .execute();
  const byGroup = groupRows(
    members,
    (member) => member.group_id,
    (member) => member,
  );
  return groups.map((group) => ({ ...group, members: byGroup.get(group.id) ?? [] }));
}

/** Removes someone from a group; whether they were in it. */
export async function removeGroupMember(
  db: Db,
  groupId: string,
  personId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('group_members')
    .where('group_id', '=', groupId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** One group, or undefined. */
export async function findGroupById(db: Db, groupId: string) {
  return db.selectFrom('groups').selectAll().where('id', '=', groupId).executeTakeFirst();
}

/** True when a group with this id exists. */
export async function groupExists(db: Db, groupId: string): Promise<boolean> {
  return (await findGroupById(db, groupId)) !== undefined;
}

/** Group slugs that start with `base` (to make a new one unique). */
export async function listGroupSlugsStartingWith(db: Db, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('groups')
    .select('slug')
    .where('slug', 'like', `${base}%`)
    .execute();
  return rows.map((row) => row.slug);
}
