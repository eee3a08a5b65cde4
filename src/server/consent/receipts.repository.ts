/**
 * What a person holds, read and erased: their consent receipts (ledger events
 * they are the subject or actor of), everything the export zip needs, and the
 * deletes account erasure makes. SQL only: what to read
 * or delete is decided by src/server/consent/receipts.ts and src/server/accounts/account.ts.
 *
 * The ledger itself is never touched here: it keeps opaque ids and hashes only,
 * so erasing a person leaves its chain verifiable (docs/decisions/002).
 */
import { isUuid } from '#src/domain/ids.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import { sql, type NotNull } from 'kysely';
import type { ConsentEvent } from '#src/domain/consent-types.ts';
import type { ConsentEventRow } from '#src/server/platform/schema.ts';
import { consentEventRowToEvent, keepVerifiedEvents } from './ledger.repository.ts';
import { findUser, peopleWithUsers } from '#src/server/accounts/people.repository.ts';
import { storiesWithActiveAuthors } from '#src/server/writing/stories.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

// Receipt ids arrive from URLs; PostgreSQL rejects a malformed uuid with an
// error, which must be "not found" instead.

/** A ledger event with its id, feature request and (if the story still exists) title. */
export interface LedgerEventWithStory extends ConsentEvent {
  readonly id: string;
  readonly requestId: string | null;
  /** Null once the story has been deleted: the ledger outlives it. */
  readonly storyTitle: string | null;
  /** The language the story is written in (to mark its title); null once it is deleted. */
  readonly storyLanguage: string | null;
}

/** How a person can be named, and where to write to them. */
export interface PersonNameFacts {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly firstName: string | null;
  readonly defaultPseudonym: string | null;
  /** The language they read Heard in: every email and receipt to them is written in it. */
  readonly language: Language;
}

function eventsWithStory(db: Db) {
  return db
    .selectFrom('consent_events as e')
    .leftJoin('stories as s', 's.id', 'e.story_id')
    .selectAll('e')
    .select(['s.title as story_title', 's.language as story_language']);
}

function toEventWithStory(
  row: Awaited<ReturnType<ReturnType<typeof eventsWithStory>['execute']>>[number],
): LedgerEventWithStory {
  const { story_title: storyTitle, story_language: storyLanguage, ...event } = row;
  return {
    ...consentEventRowToEvent(event),
    id: event.id,
    requestId: event.request_id,
    storyTitle,
    storyLanguage,
  };
}

/** Every ledger event a person is the subject or the actor of, newest first. */
export async function listLedgerEventsForPerson(
  db: Db,
  personId: string,
): Promise<LedgerEventWithStory[]> {
  if (!isUuid(personId)) return [];
  const rows = await eventsWithStory(db)
    .where((eb) => eb.or([eb('e.subject_id', '=', personId), eb('e.actor_id', '=', personId)]))
    .orderBy('e.sequence', 'desc')
    .execute();
  return (await onlyVerified(db, rows)).map(toEventWithStory);
}

/** The rows whose hash verifies: a forged event never gives a receipt. */
async function onlyVerified<T extends ConsentEventRow>(db: Db, rows: readonly T[]): Promise<T[]> {
  const verified = new Set((await keepVerifiedEvents(db, rows)).map((row) => row.id));
  return rows.filter((row) => verified.has(row.id));
}

/** One ledger event, or undefined (also for an id that is not a uuid). */
export async function findLedgerEvent(
  db: Db,
  eventId: string,
): Promise<LedgerEventWithStory | undefined> {
  if (!isUuid(eventId)) return undefined;
  const row = await eventsWithStory(db).where('e.id', '=', eventId).executeTakeFirst();
  const [verified] = row ? await onlyVerified(db, [row]) : [];
  return verified ? toEventWithStory(verified) : undefined;
}

/** Names and email addresses of the people who still have an account. */
export async function listPersonNameFacts(
  db: Db,
  personIds: readonly string[],
): Promise<PersonNameFacts[]> {
  const ids = [...new Set(personIds)].filter((id) => isUuid(id));
  if (ids.length === 0) return [];
  const rows = await peopleWithUsers(db)
    .select([
      'p.id',
      'u.email',
      'p.display_name',
      'p.first_name',
      'p.default_pseudonym',
      'p.language',
    ])
    .where('p.id', 'in', ids)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    firstName: row.first_name,
    defaultPseudonym: row.default_pseudonym,
    language: asLanguage(row.language),
  }));
}

/** The per-story pseudonyms authors chose on these stories (where set). */
export async function listStoryPseudonyms(
  db: Db,
  storyIds: readonly string[],
): Promise<{ storyId: string; personId: string; pseudonym: string }[]> {
  if (storyIds.length === 0) return [];
  return db
    .selectFrom('story_authors')
    .select(['story_id as storyId', 'person_id as personId', 'pseudonym'])
    .where('story_id', 'in', [...storyIds])
    .where('pseudonym', 'is not', null)
    .$narrowType<{ pseudonym: NotNull }>()
    .execute();
}

/** The stories a person is an active author of (`s`), oldest first. */
function storiesActivelyWrittenBy(db: Db, personId: string) {
  return storiesWithActiveAuthors(db)
    .where('a.person_id', '=', personId)
    .orderBy('s.created_at')
    .orderBy('s.id');
}

/** The ids of the stories a person is an active author of, oldest first. */
export async function listActiveStoryIdsForAuthor(db: Db, personId: string): Promise<string[]> {
  const rows = await storiesActivelyWrittenBy(db, personId).select('s.id').execute();
  return rows.map((row) => row.id);
}

/** The stories a person is an active author of, with everything the export needs. */
export async function listStoriesForExport(db: Db, personId: string) {
  return storiesActivelyWrittenBy(db, personId)
    .select([
      's.id',
      's.slug',
      's.title',
      's.kind',
      's.themes',
      's.content_notes',
      's.created_at',
      's.latest_revision',
    ])
    .execute();
}

/** Every revision of a story with its text, oldest first. */
export async function listRevisionsForExport(db: Db, storyId: string) {
  return db
    .selectFrom('revisions')
    .select(['number', 'plain_text', 'word_count', 'created_at', 'editor_state'])
    .where('story_id', '=', storyId)
    .orderBy('number')
    .execute();
}

/** Each story this person is on (any status), with how many other active authors it has. */
export async function lockAuthorshipsForErasure(db: Db, personId: string) {
  // Locking the stories first serialises erasure with saves, consent changes and
  // co-author invitations on them (each of which locks the story row).
  const stories = await db
    .selectFrom('stories')
    .select('id')
    .where('id', 'in', (eb) =>
      eb.selectFrom('story_authors').select('story_id').where('person_id', '=', personId),
    )
    .orderBy('id')
    .forUpdate()
    .execute();
  if (stories.length === 0) return [];
  const authors = await db
    .selectFrom('story_authors')
    .select(['story_id', 'person_id', 'status'])
    .where(
      'story_id',
      'in',
      stories.map((story) => story.id),
    )
    .execute();
  return stories.map((story) => {
    const mine = authors.find((a) => a.story_id === story.id && a.person_id === personId);
    return {
      storyId: story.id,
      status: mine?.status ?? 'invited',
      otherActiveAuthors: authors.filter(
        (a) => a.story_id === story.id && a.person_id !== personId && a.status === 'active',
      ).length,
    };
  });
}

/** Deletes stories; their revisions, photos' rows, authors and publications go with them. */
export async function deleteStories(db: Db, storyIds: readonly string[]): Promise<number> {
  if (storyIds.length === 0) return 0;
  // Explicit deletes before the story row, rather than trusting every cascade:
  // these are the rows erasure promises to remove.
  await db
    .deleteFrom('publications')
    .where('story_id', 'in', [...storyIds])
    .execute();
  await db
    .deleteFrom('media')
    .where('story_id', 'in', [...storyIds])
    .execute();
  await db
    .deleteFrom('revisions')
    .where('story_id', 'in', [...storyIds])
    .execute();
  const result = await db
    .deleteFrom('stories')
    .where('id', 'in', [...storyIds])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes a person from these stories' authors (the stories stay with the others). */
export async function deleteAuthorships(
  db: Db,
  personId: string,
  storyIds: readonly string[],
): Promise<number> {
  if (storyIds.length === 0) return 0;
  const result = await db
    .deleteFrom('story_authors')
    .where('person_id', '=', personId)
    .where('story_id', 'in', [...storyIds])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Takes stories off the public site (the publication rows only) and announces it,
 * as the ledger does, so every app instance drops what it holds for them.
 */
export async function deletePublications(db: Db, storyIds: readonly string[]): Promise<void> {
  if (storyIds.length === 0) return;
  await db
    .deleteFrom('publications')
    .where('story_id', 'in', [...storyIds])
    .execute();
  for (const storyId of storyIds) {
    // Delivered on commit only, like the ledger's own announcements.
    await sql`select pg_notify('heard_publication', ${storyId})`.execute(db);
  }
}

/** The stories the young people this guardian is linked to write that are public now, locked. */
export async function lockPublishedStoriesOfWards(db: Db, guardianId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('stories as s')
    .innerJoin('publications as p', 'p.story_id', 's.id')
    .select('s.id')
    .where('s.id', 'in', (eb) =>
      eb
        .selectFrom('story_authors as a')
        .innerJoin('guardian_links as g', 'g.young_person_id', 'a.person_id')
        .select('a.story_id')
        .where('g.guardian_id', '=', guardianId),
    )
    .orderBy('s.id')
    .forUpdate('s')
    .execute();
  return rows.map((row) => row.id);
}

/** Deletes every guardian link the person is on, either side. */
export async function deleteGuardianLinksOfPerson(db: Db, personId: string): Promise<number> {
  const result = await db
    .deleteFrom('guardian_links')
    .where((eb) => eb.or([eb('guardian_id', '=', personId), eb('young_person_id', '=', personId)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes the person's rows in a table keyed by `person_id`; how many there were. */
async function deleteRowsOfPerson(
  db: Db,
  table: 'group_members' | 'story_helpers',
  personId: string,
): Promise<number> {
  const result = await db.deleteFrom(table).where('person_id', '=', personId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes every group membership the person has. */
export async function deleteGroupMembershipsOfPerson(db: Db, personId: string): Promise<number> {
  return deleteRowsOfPerson(db, 'group_members', personId);
}

/** Deletes the drafts other people shared with this person to help with. */
export async function deleteHelperAccessOfPerson(db: Db, personId: string): Promise<number> {
  return deleteRowsOfPerson(db, 'story_helpers', personId);
}

/**
 * Deletes the person's profile and Auth.js user (their accounts and sessions
 * cascade), any unused sign-in links, and the outbox copies of mail sent to them.
 * Returns the address that was deleted, or undefined if there was no such user.
 */
export async function deletePersonAndUser(db: Db, personId: string): Promise<string | undefined> {
  const user = await findUser(db, 'id', personId);
  if (!user) return undefined;
  await db.deleteFrom('Session').where('userId', '=', personId).execute();
  await db.deleteFrom('VerificationToken').where('identifier', '=', user.email).execute();
  await db.deleteFrom('mail_outbox').where('to_address', '=', user.email).execute();
  // Reminders sent about co-written stories that stay for the others.
  await db.deleteFrom('consent_reminders').where('subject_id', '=', personId).execute();
  await db.deleteFrom('people').where('id', '=', personId).execute();
  await db.deleteFrom('User').where('id', '=', personId).execute();
  return user.email;
}
