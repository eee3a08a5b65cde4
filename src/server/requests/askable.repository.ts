/**
 * What comms staff may find: stories whose every author said "I'm open
 * to being asked", and the fairness figures. Titles and first names only: staff
 * never read a story that was not shared with them.
 */
import { sql } from 'kysely';
import { publicationNowOf } from '#src/server/publishing/publications.repository.ts';
import { findPersonById, updatePerson } from '#src/server/accounts/people.repository.ts';
import { groupRows } from '#src/server/platform/rows.ts';
import { activeAuthorsOf, activeAuthorsOfStoryIn } from '#src/server/writing/stories.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A story offered for asking: not public now, every active author open to requests. */
export interface AskableCandidate {
  readonly storyId: string;
  readonly title: string;
  /** The language it is written in (a BCP 47 tag). */
  readonly language: string;
  readonly kind: 'life_story' | 'film_script';
  readonly authors: readonly {
    readonly personId: string;
    readonly displayName: string;
    readonly firstName: string | null;
    readonly pseudonym: null;
  }[];
}

/**
 * Stories with text whose active authors are all open to being asked and that
 * are not on the public site (those are listed from the publications). The
 * caller still checks each is not a draft (every author shared it somewhere).
 */
export async function listAskableCandidates(
  db: Db,
  options: { readonly now: Date; readonly limit: number; readonly storyId?: string },
): Promise<AskableCandidate[]> {
  let query = db
    .selectFrom('stories as s')
    .select(['s.id', 's.title', 's.language', 's.kind'])
    .where('s.latest_revision', '>=', 1)
    .where((eb) => eb.not(eb.exists(publicationNowOf('s.id', options.now))))
    .where((eb) => eb.exists(activeAuthorsOfStoryIn('s.id')))
    .where((eb) =>
      eb.not(eb.exists(activeAuthorsOfStoryIn('s.id').where('p.open_to_requests', '=', false))),
    )
    .orderBy('s.updated_at', 'desc')
    .orderBy('s.id')
    .limit(options.limit);
  if (options.storyId) query = query.where('s.id', '=', options.storyId);
  const stories = await query.execute();
  if (stories.length === 0) return [];
  const rows = await activeAuthorsOf(
    db,
    stories.map((story) => story.id),
  )
    .select(['a.story_id', 'a.person_id', 'p.display_name', 'p.first_name'])
    .execute();
  const authors = groupRows(
    rows,
    (row) => row.story_id,
    (row) => ({
      personId: row.person_id,
      displayName: row.display_name,
      firstName: row.first_name,
      pseudonym: null,
    }),
  );
  return stories.map((story) => ({
    storyId: story.id,
    title: story.title,
    language: story.language,
    kind: story.kind,
    authors: authors.get(story.id) ?? [],
  }));
}

/** Whether a person said "I'm open to being asked". */
export async function isOpenToRequests(db: Db, personId: string): Promise<boolean> {
  return (await findPersonById(db, personId))?.open_to_requests ?? false;
}

/** Sets a person's "I'm open to being asked". */
export async function setOpenToRequests(db: Db, personId: string, open: boolean): Promise<void> {
  await updatePerson(db, personId, { open_to_requests: open });
}

/** One person in the fairness view. */
export interface FairnessRow {
  readonly personId: string;
  readonly displayName: string;
  /** Uses of their stories logged in the period. */
  readonly uses: number;
  /** Requests made to them in the period (answers are theirs; staff see none here). */
  readonly requests: number;
}

/**
 * Over the period: everyone whose stories were used, with how often, most
 * featured first; and everyone open to being asked who has not been asked.
 */
export async function listFairness(
  db: Db,
  since: Date,
): Promise<{ featured: FairnessRow[]; neverAsked: { personId: string; displayName: string }[] }> {
  const sinceDay = since.toISOString().slice(0, 10);
  const featured = await db
    .selectFrom('feature_uses as u')
    .innerJoin('story_authors as a', 'a.story_id', 'u.story_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select([
      'p.id as personId',
      'p.display_name as displayName',
      sql<string>`count(distinct u.id)`.as('uses'),
      sql<string>`(
        select count(*) from feature_requests r
        join story_authors ra on ra.story_id = r.story_id
        where ra.person_id = p.id and r.created_at > ${since} and r.status <> 'cancelled'
      )`.as('requests'),
    ])
    .where('u.used_on', '>=', sinceDay)
    .where('a.status', '=', 'active')
    .groupBy(['p.id', 'p.display_name'])
    .orderBy(sql`count(distinct u.id)`, 'desc')
    .orderBy('p.display_name')
    .execute();
  const neverAsked = await db
    .selectFrom('people as p')
    .select(['p.id as personId', 'p.display_name as displayName'])
    .where('p.open_to_requests', '=', true)
    .where('p.disabled_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('feature_requests as r')
            .innerJoin('story_authors as a', 'a.story_id', 'r.story_id')
            .select('r.id')
            .whereRef('a.person_id', '=', 'p.id')
            .where('r.created_at', '>', since)
            .where('r.status', '<>', 'cancelled'),
        ),
      ),
    )
    .orderBy('p.display_name')
    .execute();
  return {
    featured: featured.map((row) => ({
      personId: row.personId,
      displayName: row.displayName,
      uses: Number(row.uses),
      requests: Number(row.requests),
    })),
    neverAsked,
  };
}
