/**
 * Feature requests and each author's answer; the uses staff log are in
 * uses.repository.ts and takedown tasks in takedowns.repository.ts. Storage only: every rule is in
 * src/domain/requests.ts and src/server/requests/requests.ts.
 */
import { sql } from 'kysely';
import { daysBefore } from '#src/domain/calendar.ts';
import type { Anonymity } from '#src/domain/consent-types.ts';
import type { RequestAnswer, RequestCap, RequestChannel } from '#src/domain/requests.ts';
import type { FeatureRequestStatus } from '#src/server/platform/schema.ts';
import { displayNameOf } from '#src/server/accounts/people.repository.ts';
import { runningAt } from '#src/server/platform/sql.ts';
import { groupRows } from '#src/server/platform/rows.ts';
import { activeAuthorsOf } from '#src/server/writing/stories.repository.ts';
import { writeSetting } from '#src/server/platform/settings.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

// Requests are made under this lock, so two staff members can never both slip
// under one person's cap at the same moment.
const REQUESTS_LOCK_KEY = 0x4845_5251; // "HERQ"

/** Takes the lock every new request is made under (until the transaction ends). */
export async function lockRequests(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${REQUESTS_LOCK_KEY})`.execute(trx);
}

/** What staff ask for: where and why, the exact text and name, when, and their message. */
export interface RequestTerms {
  readonly channel: RequestChannel;
  readonly purpose: string;
  readonly audience: string;
  readonly excerpt: string | null;
  readonly revisionNumber: number;
  readonly anonymity: Anonymity;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly message: string;
}

/** A request as the pages read it. */
export interface RequestRow extends RequestTerms {
  readonly id: string;
  readonly storyId: string;
  readonly storyTitle: string;
  readonly storyKind: 'life_story' | 'film_script';
  /** The language the story is written in (a BCP 47 tag), for marking its title. */
  readonly storyLanguage: string;
  readonly requestedBy: string | null;
  readonly requestedByName: string | null;
  readonly status: FeatureRequestStatus;
  readonly answeredAt: Date | null;
  readonly createdAt: Date;
}

function requestQuery(db: Db) {
  return db
    .selectFrom('feature_requests as r')
    .innerJoin('stories as s', 's.id', 'r.story_id')
    .select([
      'r.id',
      'r.story_id as storyId',
      's.title as storyTitle',
      's.kind as storyKind',
      's.language as storyLanguage',
      'r.requested_by as requestedBy',
      displayNameOf('r.requested_by').as('requestedByName'),
      sql<RequestChannel>`r.channel`.as('channel'),
      'r.purpose',
      'r.audience',
      'r.excerpt',
      'r.revision_number as revisionNumber',
      'r.anonymity',
      'r.starts_on as startsOn',
      'r.ends_on as endsOn',
      'r.message',
      'r.status',
      'r.answered_at as answeredAt',
      'r.created_at as createdAt',
    ]);
}

/** One request, or undefined. */
export async function findRequest(
  db: Db,
  requestId: string,
  options: { readonly forUpdate?: boolean } = {},
): Promise<RequestRow | undefined> {
  let query = requestQuery(db).where('r.id', '=', requestId);
  if (options.forUpdate) query = query.forUpdate('r');
  return query.executeTakeFirst();
}

/** The newest requests, for staff, after an optional creation time. */
export async function listRequests(
  db: Db,
  options: { readonly limit: number; readonly storyId?: string },
): Promise<RequestRow[]> {
  let query = requestQuery(db).orderBy('r.created_at', 'desc').orderBy('r.id').limit(options.limit);
  if (options.storyId) query = query.where('r.story_id', '=', options.storyId);
  return query.execute();
}

/** Open requests on stories this person is an active author of and has not answered yet. */
export async function listRequestsWaitingFor(db: Db, personId: string): Promise<RequestRow[]> {
  return requestQuery(db)
    .innerJoin('story_authors as a', (join) =>
      join.onRef('a.story_id', '=', 'r.story_id').on('a.person_id', '=', personId),
    )
    .where('a.status', '=', 'active')
    .where('r.status', '=', 'open')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('feature_request_answers as x')
            .select('x.request_id')
            .whereRef('x.request_id', '=', 'r.id')
            .where('x.person_id', '=', personId),
        ),
      ),
    )
    .orderBy('r.created_at')
    .execute();
}

/** Requests this person has answered or that ended without their answer, newest first. */
export async function listPastRequestsFor(
  db: Db,
  personId: string,
  limit: number,
): Promise<(RequestRow & { readonly myAnswer: RequestAnswer | null })[]> {
  return requestQuery(db)
    .innerJoin('story_authors as a', (join) =>
      join.onRef('a.story_id', '=', 'r.story_id').on('a.person_id', '=', personId),
    )
    .leftJoin('feature_request_answers as x', (join) =>
      join.onRef('x.request_id', '=', 'r.id').on('x.person_id', '=', personId),
    )
    .select('x.answer as myAnswer')
    .where((eb) => eb.or([eb('r.status', '<>', 'open'), eb('x.answer', 'is not', null)]))
    .orderBy('r.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** Whether the story has a request waiting for an answer. */
export async function hasOpenRequest(db: Db, storyId: string): Promise<boolean> {
  return (await listStoriesWithOpenRequests(db, [storyId])).has(storyId);
}

/**
 * When each of these people was asked (on any story they are an author of) since
 * `since`. A request staff cancelled was a mistake put right, so it does not count.
 */
export async function listRequestTimesByPerson(
  db: Db,
  personIds: readonly string[],
  since: Date,
): Promise<Map<string, Date[]>> {
  const times = new Map<string, Date[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return times;
  const rows = await db
    .selectFrom('feature_requests as r')
    .innerJoin('story_authors as a', 'a.story_id', 'r.story_id')
    .select(['a.person_id', 'r.created_at'])
    .where('a.person_id', 'in', personIds)
    .where('r.created_at', '>', since)
    .where('r.status', '<>', 'cancelled')
    .execute();
  for (const row of rows) times.get(row.person_id)?.push(row.created_at);
  return times;
}

/** The stories among these with a request waiting for an answer. */
export async function listStoriesWithOpenRequests(
  db: Db,
  storyIds: readonly string[],
): Promise<Set<string>> {
  if (storyIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('feature_requests')
    .select('story_id')
    .where('story_id', 'in', storyIds)
    .where('status', '=', 'open')
    .execute();
  return new Set(rows.map((row) => row.story_id));
}

/** Each story's active authors. */
export async function listActiveAuthorIds(
  db: Db,
  storyIds: readonly string[],
): Promise<Map<string, string[]>> {
  if (storyIds.length === 0) return new Map();
  const rows = await activeAuthorsOf(db, storyIds).select(['a.story_id', 'a.person_id']).execute();
  return groupRows(
    rows,
    (row) => row.story_id,
    (row) => row.person_id,
  );
}

/** A new request's columns. */
export interface NewRequest extends RequestTerms {
  readonly storyId: string;
  readonly requestedBy: string;
  readonly now: Date;
}

/** Stores a request; undefined when the story already has an open one (the unique index). */
export async function insertRequest(trx: Db, request: NewRequest): Promise<string | undefined> {
  const row = await trx
    .insertInto('feature_requests')
    .values({
      story_id: request.storyId,
      requested_by: request.requestedBy,
      channel: request.channel,
      purpose: request.purpose,
      audience: request.audience,
      excerpt: request.excerpt,
      revision_number: request.revisionNumber,
      anonymity: request.anonymity,
      starts_on: request.startsOn,
      ends_on: request.endsOn,
      message: request.message,
      created_at: request.now,
    })
    .onConflict((oc) => oc.column('story_id').where('status', '=', 'open').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Records one author's answer. */
export async function insertAnswer(
  trx: Db,
  answer: {
    readonly requestId: string;
    readonly personId: string;
    readonly answer: RequestAnswer;
    readonly consentEventId: string | null;
    readonly now: Date;
  },
): Promise<void> {
  await trx
    .insertInto('feature_request_answers')
    .values({
      request_id: answer.requestId,
      person_id: answer.personId,
      answer: answer.answer,
      consent_event_id: answer.consentEventId,
      answered_at: answer.now,
    })
    .execute();
}

/** Every answer given to a request so far. */
export async function listAnswers(
  db: Db,
  requestId: string,
): Promise<{ personId: string; answer: RequestAnswer }[]> {
  return db
    .selectFrom('feature_request_answers')
    .select(['person_id as personId', 'answer'])
    .where('request_id', '=', requestId)
    .execute();
}

/** Moves a request from open to another status; false when it was no longer open. */
export async function closeRequest(
  trx: Db,
  requestId: string,
  status: Exclude<FeatureRequestStatus, 'open'>,
  now: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('feature_requests')
    .set({ status, answered_at: now })
    .where('id', '=', requestId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Requests unanswered for `days` become "lapsed" (a no); returns how many. */
export async function lapseOldRequests(db: Db, now: Date, days: number): Promise<number> {
  const result = await db
    .updateTable('feature_requests')
    .set({ status: 'lapsed', answered_at: now })
    .where('status', '=', 'open')
    .where('created_at', '<=', daysBefore(now, days))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The admin's cap setting (raw; the domain reads it). */
export async function writeRequestCap(db: Db, cap: RequestCap, now: Date) {
  await writeSetting(db, REQUEST_CAP_KEY, cap, now);
}

/** Where the cap is kept in the settings table. */
export const REQUEST_CAP_KEY = 'request_cap';

/** The public text of a story now (the consented revision, redacted), if it is public. */
export async function findPublicText(
  db: Db,
  storyId: string,
  now: Date,
): Promise<{ revisionNumber: number; text: string; anonymity: Anonymity[] } | undefined> {
  const row = await db
    .selectFrom('publications')
    .select(['revision_number', 'search_text', 'anonymity'])
    .where('story_id', '=', storyId)
    .where(runningAt('expires_at', now))
    .executeTakeFirst();
  return row
    ? { revisionNumber: row.revision_number, text: row.search_text, anonymity: row.anonymity }
    : undefined;
}
