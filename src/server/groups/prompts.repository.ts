/**
 * Writing prompts offered to a group.
 */
import { displayNameOf } from '#src/server/accounts/people.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** Adds a prompt to a group and returns its id. */
export async function insertWritingPrompt(
  db: Db,
  prompt: { groupId: string; text: string; createdBy: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('writing_prompts')
    .values({
      group_id: prompt.groupId,
      text: prompt.text,
      created_by: prompt.createdBy,
      created_at: prompt.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The prompts (`w`) offered to the groups this person belongs to. */
function promptsOfGroupsOf(db: Db, personId: string) {
  return db
    .selectFrom('writing_prompts as w')
    .innerJoin('group_members as m', 'm.group_id', 'w.group_id')
    .where('m.person_id', '=', personId);
}

/** The prompts offered to every group this person belongs to, newest first. */
export async function listPromptsForPerson(db: Db, personId: string, limit = 20) {
  return promptsOfGroupsOf(db, personId)
    .innerJoin('groups as g', 'g.id', 'w.group_id')
    .select([
      'w.id',
      'w.text',
      'w.group_id',
      'g.name as group_name',
      displayNameOf('w.created_by').as('offered_by'),
      'w.created_at',
    ])
    .orderBy('w.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** One prompt, if this person belongs to its group. */
export async function findPromptForPerson(db: Db, promptId: string, personId: string) {
  return promptsOfGroupsOf(db, personId)
    .select(['w.id', 'w.text', 'w.group_id'])
    .where('w.id', '=', promptId)
    .executeTakeFirst();
}
