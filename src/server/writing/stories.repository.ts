/**
 * Stories, their authors and their immutable revisions. The people around a
 * story (co-author invitations, helpers, pen names, groupmates) are in
 * story-people.repository.ts.
 */
import { randomBytes } from 'node:crypto';
import { expressionBuilder, sql, type Updateable } from 'kysely';
import type { StoryAuthor } from '#src/domain/consent-types.ts';
import type { StoryAccess } from '#src/domain/permissions.ts';
import { slugFromTitle } from '#src/domain/slug.ts';
import type { Database, StoryKind, StoryRow, StoryTable } from '#src/server/platform/schema.ts';
import { displayNameOf, listGuardiansOf } from '#src/server/accounts/people.repository.ts';
import { runningAt } from '#src/server/platform/sql.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import type { Db } from '#src/server/platform/db.ts';

export interface NewStory {
  readonly title: string;
  readonly kind: StoryKind;
  readonly authorIds: readonly string[];
  readonly groupId?: string | null;
  readonly themes?: readonly string[];
  readonly contentNotes?: readonly string[];
  /** The writing prompt it answers, if any. */
  readonly promptId?: string | null;
  /** The language it is written in; by default its first author's own (people.language). */
  readonly language?: string;
  readonly now: Date;
}

/** Creates a story with its authors (the first is the one who started it). */
export async function insertStory(db: Db, story: NewStory): Promise<StoryRow> {
  if (story.authorIds.length === 0) throw new Error('A story needs at least one author.');
  return inTransaction(db, async (trx) => {
    // A random tail keeps slugs unique and unguessable from the title alone.
    const slug = `${slugFromTitle(story.title)}-${randomBytes(4).toString('hex')}`;
    const row = await trx
      .insertInto('stories')
      .values({
        slug,
        title: story.title.trim(),
        kind: story.kind,
        group_id: story.groupId ?? null,
        themes: [...(story.themes ?? [])],
        content_notes: [...(story.contentNotes ?? [])],
        created_by: story.authorIds[0] ?? null,
        prompt_id: story.promptId ?? null,
        language:
          story.language ??
          sql<string>`coalesce((select language from people where id = ${story.authorIds[0]}), 'en')`,
        created_at: story.now,
        updated_at: story.now,
        first_published_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('story_authors')
      .values(
        story.authorIds.map((personId, position) => ({
          story_id: row.id,
          person_id: personId,
          position,
          pseudonym: null,
          added_at: story.now,
        })),
      )
      .execute();
    return row;
  });
}

/** A story's row, to read or to lock. */
function storyRow(db: Db, storyId: string) {
  return db.selectFrom('stories').selectAll().where('id', '=', storyId);
}

/** One story, or undefined. */
export async function findStoryById(db: Db, storyId: string): Promise<StoryRow | undefined> {
  return storyRow(db, storyId).executeTakeFirst();
}

/** Changes one story's row. */
export async function updateStory(
  db: Db,
  storyId: string,
  changes: Updateable<StoryTable>,
): Promise<void> {
  await db.updateTable('stories').set(changes).where('id', '=', storyId).execute();
}

/** Locks a story's row until the transaction ends, serialising changes to it. */
export async function lockStoryForUpdate(db: Db, storyId: string): Promise<StoryRow | undefined> {
  return storyRow(db, storyId).forUpdate().executeTakeFirst();
}

export interface NewRevision {
  readonly storyId: string;
  readonly editorState: unknown;
  readonly plainText: string;
  readonly wordCount: number;
  readonly authorId: string;
  /** The revision the writer started from; null for the first save. */
  readonly basedOn: number | null;
  readonly now: Date;
  /** A film script's real-name → character-name map. */
  readonly scriptNames?: Readonly<Record<string, string>>;
}

export type InsertRevisionResult =
  | { readonly ok: true; readonly number: number }
  | { readonly ok: false; readonly reason: 'no-such-story' }
  | { readonly ok: false; readonly reason: 'stale'; readonly latest: number };

/**
 * Saves a new immutable revision. A save based on anything but the latest revision
 * is refused as stale, so a concurrent edit is detected, never overwritten:
 * nothing a writer types is ever lost.
 */
export async function insertRevision(db: Db, revision: NewRevision): Promise<InsertRevisionResult> {
  return inTransaction(db, async (trx) => {
    const story = await lockStoryForUpdate(trx, revision.storyId);
    if (!story) return { ok: false, reason: 'no-such-story' };
    const latest = story.latest_revision;
    if ((revision.basedOn ?? 0) !== latest) return { ok: false, reason: 'stale', latest };
    const number = latest + 1;
    await trx
      .insertInto('revisions')
      .values({
        story_id: revision.storyId,
        number,
        parent_number: latest === 0 ? null : latest,
        editor_state: JSON.stringify(revision.editorState),
        plain_text: revision.plainText,
        word_count: revision.wordCount,
        author_id: revision.authorId,
        created_at: revision.now,
        script_names: JSON.stringify(revision.scriptNames ?? {}),
      })
      .execute();
    await updateStory(trx, revision.storyId, { latest_revision: number, updated_at: revision.now });
    return { ok: true, number };
  });
}

/** The authors of these stories (`a`), invited ones too, with their profiles (`p`), in author order. */
export function authorsOf(db: Db, storyIds: readonly string[]) {
  return db
    .selectFrom('story_authors as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .where('a.story_id', 'in', [...storyIds])
    .orderBy('a.position');
}

/** The active authors of these stories (`a`) with their profiles (`p`), in author order. */
export function activeAuthorsOf(db: Db, storyIds: readonly string[]) {
  return authorsOf(db, storyIds).where('a.status', '=', 'active');
}

/**
 * The active authors (`a`, with profiles `p`) of the story whose id is in
 * `storyId`, a column of the outer query: for an exists test.
 */
export function activeAuthorsOfStoryIn(storyId: `${string}.id`) {
  return expressionBuilder<Database>()
    .selectFrom('story_authors as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select('a.story_id')
    .where('a.story_id', '=', sql.ref<string>(storyId))
    .where('a.status', '=', 'active');
}

/** The people a story's draft is shared with to help (`h`). */
export function helpersOf(db: Db, storyId: string) {
  return db.selectFrom('story_helpers as h').where('h.story_id', '=', storyId);
}

/** Stories (`s`) with each of their active authors (`a`). */
export function storiesWithActiveAuthors(db: Db) {
  return db
    .selectFrom('stories as s')
    .innerJoin('story_authors as a', 'a.story_id', 's.id')
    .where('a.status', '=', 'active');
}

/** A story's authors with what the consent rules need (date of birth, guardians). */
export async function listStoryAuthorsForConsent(db: Db, storyId: string): Promise<StoryAuthor[]> {
  const rows = await activeAuthorsOf(db, [storyId])
    .select(['a.person_id', 'p.date_of_birth'])
    .execute();
  const guardians = await listGuardiansOf(
    db,
    rows.map((row) => row.person_id),
  );
  return rows.map((row) => ({
    personId: row.person_id,
    dateOfBirth: row.date_of_birth ? new Date(`${row.date_of_birth}T00:00:00Z`) : null,
    guardianIds: (guardians.get(row.person_id) ?? []).map((guardian) => guardian.id),
  }));
}

/** How each author of a story can be named, in author order. */
export async function listStoryAuthorNames(
  db: Db,
  storyId: string,
): Promise<
  { personId: string; displayName: string; firstName: string | null; pseudonym: string | null }[]
> {
  const rows = await authorsOf(db, [storyId])
    .select(['a.person_id', 'p.display_name', 'p.first_name', 'a.pseudonym', 'p.default_pseudonym'])
    .execute();
  return rows.map((row) => ({
    personId: row.person_id,
    displayName: row.display_name,
    firstName: row.first_name,
    pseudonym: row.pseudonym ?? row.default_pseudonym,
  }));
}

/**
 * The stories a person writes (has accepted to), newest change first, with
 * whether each is public now. An invitation not yet answered is not one of
 * them: it is listed as an invitation, with its yes and its no.
 */
export async function listStoriesForAuthor(db: Db, personId: string, now: Date) {
  return storiesWithActiveAuthors(db)
    .leftJoin('publications as p', (join) =>
      join.onRef('p.story_id', '=', 's.id').on(runningAt('p.expires_at', now)),
    )
    .select([
      's.id',
      's.title',
      's.kind',
      's.updated_at',
      's.latest_revision',
      'p.slug as public_slug',
    ])
    .where('a.person_id', '=', personId)
    .orderBy('s.updated_at', 'desc')
    .execute();
}

/** Who has a hand in a story (active authors and helpers), for the permission rules. */
export async function findStoryAccess(db: Db, storyId: string): Promise<StoryAccess | undefined> {
  if (!(await findStoryById(db, storyId))) return undefined;
  const authors = await activeAuthorsOf(db, [storyId]).select('a.person_id').execute();
  const helpers = await helpersOf(db, storyId).select(['h.person_id', 'h.access']).execute();
  return {
    authorIds: authors.map((row) => row.person_id),
    helpers: helpers.map((row) => ({ personId: row.person_id, access: row.access })),
  };
}

/** The text of the prompt a story answers, if any. */
export async function findPromptTextForStory(db: Db, storyId: string) {
  const row = await db
    .selectFrom('stories as s')
    .innerJoin('writing_prompts as w', 'w.id', 's.prompt_id')
    .select('w.text')
    .where('s.id', '=', storyId)
    .executeTakeFirst();
  return row?.text;
}

/** One revision of a story, or undefined. */
export async function findRevision(db: Db, storyId: string, number: number) {
  return db
    .selectFrom('revisions')
    .selectAll()
    .where('story_id', '=', storyId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** Every revision of a story, newest first, without their contents. */
export async function listRevisions(db: Db, storyId: string) {
  return db
    .selectFrom('revisions as r')
    .select([
      'r.number',
      'r.parent_number',
      'r.word_count',
      'r.created_at',
      displayNameOf('r.author_id').as('author_name'),
    ])
    .where('r.story_id', '=', storyId)
    .orderBy('r.number', 'desc')
    .execute();
}

/** Updates a story's title, themes and content notes. */
export async function updateStoryDetails(
  db: Db,
  storyId: string,
  details: { title: string; themes: readonly string[]; contentNotes: readonly string[] },
  now: Date,
): Promise<void> {
  await updateStory(db, storyId, {
    title: details.title,
    themes: [...details.themes],
    content_notes: [...details.contentNotes],
    updated_at: now,
  });
}

/** The stories written by the young people this person is a guardian of. */
export async function listStoriesOfWards(db: Db, guardianId: string) {
  return storiesWithActiveAuthors(db)
    .innerJoin('guardian_links as g', 'g.young_person_id', 'a.person_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select([
      's.id as storyId',
      's.title',
      's.kind',
      's.latest_revision as latestRevision',
      'p.id as wardId',
      'p.display_name as wardDisplayName',
      'p.first_name as wardFirstName',
    ])
    .where('g.guardian_id', '=', guardianId)
    .orderBy('p.display_name')
    .orderBy('s.updated_at', 'desc')
    .execute();
}

/** Whether the story at this slug was ever on the public site (so its page says "gone", 410). */
export async function wasStoryEverPublic(db: Db, slug: string): Promise<boolean> {
  const row = await db
    .selectFrom('stories')
    .select('first_published_at')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.first_published_at != null;
}
