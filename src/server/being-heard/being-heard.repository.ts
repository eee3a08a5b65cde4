/**
 * The SQL of answers: stories shared for improvement, service leads' answers
 * and the author's replies, and which long waits admins have been told about
 * (the changes are in changes.repository.ts).
 * No policy here: src/domain/being-heard.ts decides what anyone may see.
 */
import { sql, type Updateable } from 'kysely';
import type { ServiceAnswerTable } from '#src/server/platform/schema.ts';
import {
  calledNameOf,
  displayNameOf,
  peopleWithUsers,
} from '#src/server/accounts/people.repository.ts';
import { groupRows } from '#src/server/platform/rows.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import { activeAuthorsOf, updateStory } from '#src/server/writing/stories.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A story that has ever been shared for improvement: the candidates to decide on. */
export interface ImprovementCandidate {
  readonly id: string;
  readonly title: string;
  /** The story's language, a BCP 47 tag: its title and text are marked with it. */
  readonly language: string;
  readonly kind: 'life_story' | 'film_script';
  readonly contentNotes: readonly string[];
  readonly groupName: string | null;
  readonly answersOpen: boolean;
}

const candidateColumns = [
  's.id',
  's.title',
  's.language',
  's.kind',
  's.content_notes',
  's.answers_open',
  'g.name as group_name',
] as const;

function candidateOf(row: {
  id: string;
  title: string;
  language: string;
  kind: 'life_story' | 'film_script';
  content_notes: string[];
  answers_open: boolean;
  group_name: string | null;
}): ImprovementCandidate {
  return {
    id: row.id,
    title: row.title,
    language: row.language,
    kind: row.kind,
    contentNotes: row.content_notes,
    groupName: row.group_name,
    answersOpen: row.answers_open,
  };
}

/** Every story with a yes to "to improve our services" on its ledger, ever. */
export async function listImprovementCandidates(db: Db): Promise<ImprovementCandidate[]> {
  const rows = await db
    .selectFrom('stories as s')
    .leftJoin('groups as g', 'g.id', 's.group_id')
    .select(candidateColumns)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('consent_events as e')
          .select(sql`1`.as('one'))
          .whereRef('e.story_id', '=', 's.id')
          .where('e.scope', '=', 'service_improvement')
          .where('e.kind', '=', 'grant'),
      ),
    )
    .orderBy('s.id')
    .execute();
  return rows.map(candidateOf);
}

/** One story's details for the service pages (no text: that comes from its consented revision). */
export async function findImprovementCandidate(
  db: Db,
  storyId: string,
): Promise<ImprovementCandidate | undefined> {
  const row = await db
    .selectFrom('stories as s')
    .leftJoin('groups as g', 'g.id', 's.group_id')
    .select(candidateColumns)
    .where('s.id', '=', storyId)
    .executeTakeFirst();
  return row ? candidateOf(row) : undefined;
}

/** Turns answers on a story on or off (its author's choice). */
export async function setAnswersOpen(db: Db, storyId: string, open: boolean): Promise<void> {
  await updateStory(db, storyId, { answers_open: open });
}

/** Keeps a service lead's answer. */
export async function insertServiceAnswer(
  db: Db,
  answer: { storyId: string; writtenBy: string; text: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('service_answers')
    .values({
      story_id: answer.storyId,
      written_by: answer.writtenBy,
      text: answer.text,
      created_at: answer.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An answer with its writer's name and the author's replies, oldest first. */
export interface AnswerRow {
  readonly id: string;
  readonly storyId: string;
  readonly text: string;
  readonly writerName: string | null;
  readonly helpful: boolean | null;
  readonly hiddenAt: Date | null;
  /** When an author chose to show it on the story's public page; null when not. */
  readonly shownPubliclyAt: Date | null;
  readonly createdAt: Date;
  readonly replies: readonly { id: string; text: string; writerName: string; createdAt: Date }[];
}

/** A story's answers (`a`), oldest first. */
function answersOfStory(db: Db, storyId: string) {
  return db
    .selectFrom('service_answers as a')
    .where('a.story_id', '=', storyId)
    .orderBy('a.created_at')
    .orderBy('a.id');
}

/** A reply as its answer's thread shows it: its writer by first name. */
function replyOf(row: { id: string; text: string; created_at: Date; writer_name: string }) {
  return {
    id: row.id,
    text: row.text,
    writerName: row.writer_name,
    createdAt: row.created_at,
  };
}

/** The answers to a story, oldest first, each with its replies. */
export async function listAnswersForStory(db: Db, storyId: string): Promise<AnswerRow[]> {
  const answers = await answersOfStory(db, storyId)
    .select([
      'a.id',
      'a.story_id',
      'a.text',
      'a.helpful',
      'a.hidden_at',
      'a.shown_publicly_at',
      'a.created_at',
      displayNameOf('a.written_by').as('writer_name'),
    ])
    .execute();
  if (answers.length === 0) return [];
  const rows = await db
    .selectFrom('service_answer_replies as r')
    .innerJoin('people as p', 'p.id', 'r.written_by')
    .select(['r.id', 'r.answer_id', 'r.text', 'r.created_at', calledNameOf('p').as('writer_name')])
    .where(
      'r.answer_id',
      'in',
      answers.map((answer) => answer.id),
    )
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  const replies = groupRows(rows, (reply) => reply.answer_id, replyOf);
  return answers.map((answer) => ({
    id: answer.id,
    storyId: answer.story_id,
    text: answer.text,
    writerName: answer.writer_name,
    helpful: answer.helpful,
    hiddenAt: answer.hidden_at,
    shownPubliclyAt: answer.shown_publicly_at,
    createdAt: answer.created_at,
    replies: replies.get(answer.id) ?? [],
  }));
}

/** The story an answer belongs to. */
export async function findAnswerStoryId(db: Db, answerId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('service_answers')
    .select('story_id')
    .where('id', '=', answerId)
    .executeTakeFirst();
  return row?.story_id;
}

/** Changes one answer's row. */
async function updateAnswer(
  db: Db,
  answerId: string,
  changes: Updateable<ServiceAnswerTable>,
): Promise<void> {
  await db.updateTable('service_answers').set(changes).where('id', '=', answerId).execute();
}

/** The author's word on an answer: helpful, not helpful, or taken back (null). */
export async function setAnswerHelpful(
  db: Db,
  answerId: string,
  helpful: boolean | null,
): Promise<void> {
  await updateAnswer(db, answerId, { helpful });
}

/** Hides an answer from the author's page (or shows it again). */
export async function setAnswerHidden(db: Db, answerId: string, at: Date | null): Promise<void> {
  await updateAnswer(db, answerId, { hidden_at: at });
}

/** Records whether an author shows an answer on the story's public page (null: not shown). */
export async function setAnswerShownPublicly(
  db: Db,
  answerId: string,
  at: Date | null,
): Promise<void> {
  await updateAnswer(db, answerId, { shown_publicly_at: at });
}

/** The answers an author chose to show on the story's public page, oldest first. */
export async function listAnswersChosenForPublicPage(
  db: Db,
  storyId: string,
): Promise<
  {
    id: string;
    text: string;
    createdAt: Date;
    hiddenAt: Date | null;
    shownPubliclyAt: Date | null;
  }[]
> {
  return answersOfStory(db, storyId)
    .select([
      'a.id',
      'a.text',
      'a.created_at as createdAt',
      'a.hidden_at as hiddenAt',
      'a.shown_publicly_at as shownPubliclyAt',
    ])
    .where('a.shown_publicly_at', 'is not', null)
    .execute();
}

/** Keeps the author's reply to an answer. */
export async function insertAnswerReply(
  db: Db,
  reply: { answerId: string; writtenBy: string; text: string; now: Date },
): Promise<void> {
  await db
    .insertInto('service_answer_replies')
    .values({
      answer_id: reply.answerId,
      written_by: reply.writtenBy,
      text: reply.text,
      created_at: reply.now,
    })
    .execute();
}

/** When each of these stories was first answered after a moment (per story, its own moment). */
export async function listFirstAnswers(
  db: Db,
  storyIds: readonly string[],
): Promise<{ storyId: string; createdAt: Date }[]> {
  if (storyIds.length === 0) return [];
  const rows = await db
    .selectFrom('service_answers')
    .select(['story_id', 'created_at'])
    .where('story_id', 'in', [...storyIds])
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ storyId: row.story_id, createdAt: row.created_at }));
}

/** Email addresses, first names and languages of a story's active authors. */
export async function listAuthorContacts(
  db: Db,
  storyId: string,
): Promise<{ personId: string; email: string; name: string; language: Language }[]> {
  const rows = await activeAuthorsOf(db, [storyId])
    .innerJoin('User as u', 'u.id', 'p.id')
    .select(['a.person_id as personId', 'u.email', calledNameOf('p').as('name'), 'p.language'])
    .where('p.disabled_at', 'is', null)
    .execute();
  return rows.map((row) => ({ ...row, language: asLanguage(row.language) }));
}

/** Email addresses and languages of every admin whose account is not paused. */
export async function listAdminContacts(db: Db): Promise<{ email: string; language: Language }[]> {
  const rows = await peopleWithUsers(db)
    .select(['u.email', 'p.language'])
    .where(sql<boolean>`'admin' = any(p.roles)`)
    .where('p.disabled_at', 'is', null)
    .orderBy('u.email')
    .execute();
  return rows.map((row) => ({ email: row.email, language: asLanguage(row.language) }));
}

// --- Changes -------------------------------------------------------------------

/** Claims long waits nobody has told admins about (so only one instance sends each). */
export async function claimWaitFlags(
  db: Db,
  waits: readonly { storyId: string; sharedAt: Date }[],
  now: Date,
): Promise<string[]> {
  const claimed: string[] = [];
  for (const wait of waits) {
    const rows = await db
      .insertInto('service_wait_flags')
      .values({ story_id: wait.storyId, shared_at: wait.sharedAt, flagged_at: now })
      .onConflict((conflict) => conflict.columns(['story_id', 'shared_at']).doNothing())
      .returning('story_id')
      .execute();
    claimed.push(...rows.map((row) => row.story_id));
  }
  return claimed;
}

/** Which of a person's stories have an answer they have not hidden. */
export async function listStoryIdsWithAnswers(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('service_answers as a')
    .innerJoin('story_authors as sa', 'sa.story_id', 'a.story_id')
    .select('a.story_id')
    .distinct()
    .where('sa.person_id', '=', personId)
    .where('sa.status', '=', 'active')
    .where('a.hidden_at', 'is', null)
    .execute();
  return rows.map((row) => row.story_id);
}
