/**
 * A group's space, prompts, replies and book. Storage only: who may
 * see what is decided in src/domain/groups.ts and src/domain/consent.ts.
 */
import type { Updateable } from 'kysely';
import type { BookPdfChapter, GroupBookTable } from '#src/server/platform/schema.ts';
import {
  calledNameOf,
  displayNameOf,
  listGuardiansOf,
} from '#src/server/accounts/people.repository.ts';
import { findStoryById, updateStory } from '#src/server/writing/stories.repository.ts';
import { findGroupById } from './groups.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A group with its people. */
export interface GroupWithPeople {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly membersMayPostPrompts: boolean;
  readonly memberIds: readonly string[];
  readonly facilitatorIds: readonly string[];
}

/** One group and who is in it, or undefined. */
export async function findGroupWithPeople(
  db: Db,
  groupId: string,
): Promise<GroupWithPeople | undefined> {
  const group = await findGroupById(db, groupId);
  if (!group) return undefined;
  const people = await db
    .selectFrom('group_members')
    .select(['person_id', 'role'])
    .where('group_id', '=', groupId)
    .execute();
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    membersMayPostPrompts: group.members_may_post_prompts,
    memberIds: people.filter((p) => p.role === 'member').map((p) => p.person_id),
    facilitatorIds: people.filter((p) => p.role === 'facilitator').map((p) => p.person_id),
  };
}

/** Stories written for a group (with text), newest change first. */
export async function listStoriesOfGroup(db: Db, groupId: string) {
  return db
    .selectFrom('stories')
    .select([
      'id',
      'title',
      'kind',
      'prompt_id',
      'replies_open',
      'content_notes',
      'latest_revision',
      'language',
    ])
    .where('group_id', '=', groupId)
    .where('latest_revision', '>=', 1)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
}

/** A group's prompts, each with who posted it. */
function promptsOfGroup(db: Db, groupId: string) {
  return db
    .selectFrom('writing_prompts as w')
    .select(['w.id', 'w.text', 'w.created_at', displayNameOf('w.created_by').as('postedBy')])
    .where('w.group_id', '=', groupId);
}

/** A group's prompts, newest first. */
export async function listPromptsOfGroup(db: Db, groupId: string, limit = 50) {
  return promptsOfGroup(db, groupId).orderBy('w.created_at', 'desc').limit(limit).execute();
}

/** One prompt of a group, or undefined. */
export async function findPromptOfGroup(db: Db, groupId: string, promptId: string) {
  return promptsOfGroup(db, groupId).where('w.id', '=', promptId).executeTakeFirst();
}

/** A reply as the story page shows it. */
export interface ReplyRow {
  readonly id: string;
  readonly text: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly hidden: boolean;
  readonly createdAt: Date;
}

/** The replies to a story in a group, oldest first. */
export async function listReplies(db: Db, storyId: string, groupId: string): Promise<ReplyRow[]> {
  const rows = await db
    .selectFrom('story_replies as r')
    .innerJoin('people as p', 'p.id', 'r.author_id')
    .select([
      'r.id',
      'r.text',
      'r.author_id',
      calledNameOf('p').as('author_name'),
      'r.hidden_at',
      'r.created_at',
    ])
    .where('r.story_id', '=', storyId)
    .where('r.group_id', '=', groupId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    authorId: row.author_id,
    authorName: row.author_name,
    hidden: row.hidden_at !== null,
    createdAt: row.created_at,
  }));
}

/** Stores a reply. */
export async function insertReply(
  db: Db,
  reply: { storyId: string; groupId: string; authorId: string; text: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('story_replies')
    .values({
      story_id: reply.storyId,
      group_id: reply.groupId,
      author_id: reply.authorId,
      text: reply.text,
      created_at: reply.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Hides or shows one reply to a story; false when there is no such reply. */
export async function setReplyHidden(
  db: Db,
  storyId: string,
  replyId: string,
  hiddenAt: Date | null,
): Promise<boolean> {
  const result = await db
    .updateTable('story_replies')
    .set({ hidden_at: hiddenAt })
    .where('id', '=', replyId)
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Turns replies to a story on or off. */
export async function setRepliesOpen(db: Db, storyId: string, open: boolean): Promise<void> {
  await updateStory(db, storyId, { replies_open: open });
}

/** A group's book settings, or undefined before anyone set them. */
export async function findBook(db: Db, groupId: string) {
  return db
    .selectFrom('group_books')
    .selectAll()
    .where('group_id', '=', groupId)
    .executeTakeFirst();
}

/** Sets these columns of a group's book, creating it (with `title` unless they set one) on first save. */
async function upsertBook(
  db: Db,
  groupId: string,
  title: string,
  values: Updateable<GroupBookTable>,
): Promise<void> {
  await db
    .insertInto('group_books')
    .values({ ...values, group_id: groupId, title: values.title ?? title })
    .onConflict((oc) => oc.column('group_id').doUpdateSet(values))
    .execute();
}

/** Saves the book's title and introduction (creating the book on first save). */
export async function saveBookDetails(
  db: Db,
  groupId: string,
  details: { title: string; introduction: string; by: string; now: Date },
): Promise<void> {
  await upsertBook(db, groupId, details.title, {
    title: details.title,
    introduction: details.introduction,
    updated_by: details.by,
    updated_at: details.now,
  });
}

/** Saves the chapter order (creating the book with a default title on first save). */
export async function saveChapterOrder(
  db: Db,
  groupId: string,
  order: { chapterIds: readonly string[]; defaultTitle: string; by: string; now: Date },
): Promise<void> {
  await upsertBook(db, groupId, order.defaultTitle, {
    chapter_order: [...order.chapterIds],
    updated_by: order.by,
    updated_at: order.now,
  });
}

/** Records what a PDF just made held, so later changes can be listed. */
export async function recordBookPdf(
  db: Db,
  groupId: string,
  pdf: { chapters: readonly BookPdfChapter[]; defaultTitle: string; now: Date },
): Promise<void> {
  await upsertBook(db, groupId, pdf.defaultTitle, {
    last_pdf_at: pdf.now,
    last_pdf_chapters: JSON.stringify(pdf.chapters),
  });
}

/** Lets members post prompts, or leaves it to facilitators. */
export async function setMembersMayPostPrompts(
  db: Db,
  groupId: string,
  allowed: boolean,
): Promise<void> {
  await db
    .updateTable('groups')
    .set({ members_may_post_prompts: allowed })
    .where('id', '=', groupId)
    .execute();
}

/** The group a story was written for, if any. */
export async function findStoryGroupId(db: Db, storyId: string): Promise<string | null> {
  return (await findStoryById(db, storyId))?.group_id ?? null;
}

/** A group's members with what the guardian rules need: date of birth and guardians' names. */
export async function listMembersWithGuardians(db: Db, groupId: string) {
  const members = await db
    .selectFrom('group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['p.id', 'p.display_name as displayName', 'p.date_of_birth as dateOfBirth'])
    .where('m.group_id', '=', groupId)
    .where('m.role', '=', 'member')
    .orderBy('p.display_name')
    .execute();
  const guardians = await listGuardiansOf(
    db,
    members.map((member) => member.id),
  );
  return members.map((member) => ({ ...member, guardians: guardians.get(member.id) ?? [] }));
}
