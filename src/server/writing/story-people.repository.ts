/**
 * The people around a story: co-author invitations and their answers, helpers
 * who may read or edit, the people on a story, the groupmates and groups a
 * writer can share with, and each author's pen name.
 */
import { displayNameOf } from '#src/server/accounts/people.repository.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import { authorsOf, helpersOf } from './stories.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** Invites a co-author: they become an author only when they accept. */
export async function insertCoAuthorInvitation(
  db: Db,
  storyId: string,
  personId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const last = await trx
      .selectFrom('story_authors')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('story_id', '=', storyId)
      .executeTakeFirst();
    await trx
      .insertInto('story_authors')
      .values({
        story_id: storyId,
        person_id: personId,
        position: (last?.position ?? -1) + 1,
        status: 'invited',
        pseudonym: null,
        added_at: now,
      })
      .onConflict((oc) => oc.columns(['story_id', 'person_id']).doNothing())
      .execute();
  });
}

/** Accepts (or, with `accept` false, declines) an invitation to co-author. */
export async function answerCoAuthorInvitation(
  db: Db,
  storyId: string,
  personId: string,
  accept: boolean,
): Promise<boolean> {
  if (accept) {
    const result = await db
      .updateTable('story_authors')
      .set({ status: 'active' })
      .where('story_id', '=', storyId)
      .where('person_id', '=', personId)
      .where('status', '=', 'invited')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
  const result = await db
    .deleteFrom('story_authors')
    .where('story_id', '=', storyId)
    .where('person_id', '=', personId)
    .where('status', '=', 'invited')
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Stories a person has been invited to co-author and has not answered. */
export async function listCoAuthorInvitations(db: Db, personId: string) {
  return db
    .selectFrom('story_authors as a')
    .innerJoin('stories as s', 's.id', 'a.story_id')
    .select(['s.id', 's.title', 's.kind', displayNameOf('s.created_by').as('invited_by')])
    .where('a.person_id', '=', personId)
    .where('a.status', '=', 'invited')
    .execute();
}

/** Shares a draft with a helper (or changes their access). */
export async function upsertStoryHelper(
  db: Db,
  storyId: string,
  personId: string,
  access: 'read' | 'edit',
  sharedBy: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('story_helpers')
    .values({ story_id: storyId, person_id: personId, access, shared_by: sharedBy, shared_at: now })
    .onConflict((oc) => oc.columns(['story_id', 'person_id']).doUpdateSet({ access }))
    .execute();
}

/** Stops sharing a draft with a helper. */
export async function deleteStoryHelper(db: Db, storyId: string, personId: string): Promise<void> {
  await db
    .deleteFrom('story_helpers')
    .where('story_id', '=', storyId)
    .where('person_id', '=', personId)
    .execute();
}

/** The people on a story: authors (with their status) and helpers, with names. */
export async function listStoryPeople(db: Db, storyId: string) {
  const authors = await authorsOf(db, [storyId])
    .select(['a.person_id', 'a.status', 'p.display_name'])
    .execute();
  const helpers = await helpersOf(db, storyId)
    .innerJoin('people as p', 'p.id', 'h.person_id')
    .select(['h.person_id', 'h.access', 'p.display_name'])
    .orderBy('p.display_name')
    .execute();
  return { authors, helpers };
}

/** People who share a group with this person (candidates to co-write or help). */
export async function listGroupmates(db: Db, personId: string) {
  return db
    .selectFrom('group_members as mine')
    .innerJoin('group_members as theirs', 'theirs.group_id', 'mine.group_id')
    .innerJoin('people as p', 'p.id', 'theirs.person_id')
    .select(['p.id', 'p.display_name', 'theirs.role'])
    .distinctOn('p.id')
    .where('mine.person_id', '=', personId)
    .where('theirs.person_id', '<>', personId)
    .where('p.disabled_at', 'is', null)
    .orderBy('p.id')
    .execute();
}

/** The groups a person belongs to (as member or facilitator). */
export async function listGroupsForPerson(db: Db, personId: string) {
  return db
    .selectFrom('group_members as m')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .select(['g.id', 'g.name', 'm.role'])
    .where('m.person_id', '=', personId)
    .orderBy('g.name')
    .execute();
}

/** Sets the made-up name an author uses on one story (null: their usual one). */
export async function updateAuthorPseudonym(
  db: Db,
  storyId: string,
  personId: string,
  pseudonym: string | null,
): Promise<void> {
  await db
    .updateTable('story_authors')
    .set({ pseudonym })
    .where('story_id', '=', storyId)
    .where('person_id', '=', personId)
    .execute();
}
