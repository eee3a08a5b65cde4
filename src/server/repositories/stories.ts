/**
 * Stories, their authors and their immutable revisions.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { StoryAuthor } from '../../domain/consent-types.ts';
import { slugFromTitle } from '../../domain/slug.ts';
import type { Database, StoryKind, StoryRow } from '../schema.ts';
import { inTransaction } from './transaction.ts';

export interface NewStory {
  readonly title: string;
  readonly kind: StoryKind;
  readonly authorIds: readonly string[];
  readonly groupId?: string | null;
  readonly themes?: readonly string[];
  readonly contentNotes?: readonly string[];
  readonly now: Date;
}

/** Creates a story with its authors (the first is the one who started it). */
export async function insertStory(db: Kysely<Database>, story: NewStory): Promise<StoryRow> {
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

/** One story, or undefined. */
export async function findStoryById(
  db: Kysely<Database>,
  storyId: string,
): Promise<StoryRow | undefined> {
  return db.selectFrom('stories').selectAll().where('id', '=', storyId).executeTakeFirst();
}

/** Locks a story's row until the transaction ends, serialising changes to it. */
export async function lockStoryForUpdate(
  db: Kysely<Database>,
  storyId: string,
): Promise<StoryRow | undefined> {
  return db
    .selectFrom('stories')
    .selectAll()
    .where('id', '=', storyId)
    .forUpdate()
    .executeTakeFirst();
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
}

export type InsertRevisionResult =
  | { readonly ok: true; readonly number: number }
  | { readonly ok: false; readonly reason: 'no-such-story' }
  | { readonly ok: false; readonly reason: 'stale'; readonly latest: number };

/**
 * Saves a new immutable revision. A save based on anything but the latest revision
 * is refused as stale, so a concurrent edit is detected, never overwritten
 * (DESIGN.md §2.6).
 */
export async function insertRevision(
  db: Kysely<Database>,
  revision: NewRevision,
): Promise<InsertRevisionResult> {
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
      })
      .execute();
    await trx
      .updateTable('stories')
      .set({ latest_revision: number, updated_at: revision.now })
      .where('id', '=', revision.storyId)
      .execute();
    return { ok: true, number };
  });
}

/** A story's authors with what the consent rules need (date of birth, guardians). */
export async function listStoryAuthorsForConsent(
  db: Kysely<Database>,
  storyId: string,
): Promise<StoryAuthor[]> {
  const rows = await db
    .selectFrom('story_authors as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.person_id', 'p.date_of_birth'])
    .where('a.story_id', '=', storyId)
    .where('a.status', '=', 'active')
    .orderBy('a.position')
    .execute();
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('guardian_links')
    .select(['guardian_id', 'young_person_id'])
    .where(
      'young_person_id',
      'in',
      rows.map((row) => row.person_id),
    )
    .execute();
  return rows.map((row) => ({
    personId: row.person_id,
    dateOfBirth: row.date_of_birth ? new Date(`${row.date_of_birth}T00:00:00Z`) : null,
    guardianIds: links
      .filter((link) => link.young_person_id === row.person_id)
      .map((link) => link.guardian_id),
  }));
}

/** How each author of a story can be named, in author order. */
export async function listStoryAuthorNames(
  db: Kysely<Database>,
  storyId: string,
): Promise<
  { personId: string; displayName: string; firstName: string | null; pseudonym: string | null }[]
> {
  const rows = await db
    .selectFrom('story_authors as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.person_id', 'p.display_name', 'p.first_name', 'a.pseudonym', 'p.default_pseudonym'])
    .where('a.story_id', '=', storyId)
    .orderBy('a.position')
    .execute();
  return rows.map((row) => ({
    personId: row.person_id,
    displayName: row.display_name,
    firstName: row.first_name,
    pseudonym: row.pseudonym ?? row.default_pseudonym,
  }));
}

/** The stories a person is an author of, newest change first, with whether each is public now. */
export async function listStoriesForAuthor(db: Kysely<Database>, personId: string, now: Date) {
  return db
    .selectFrom('stories as s')
    .innerJoin('story_authors as a', 'a.story_id', 's.id')
    .leftJoin('publications as p', (join) =>
      join.onRef('p.story_id', '=', 's.id').on('p.expires_at', '>', now),
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
