/**
 * Reading the publications read model: what the public may see now.
 * Every query here filters on `expires_at > now`, so an expired consent takes a
 * story down the moment it ends, with no job to run (DESIGN.md §3).
 */
import type { Kysely } from 'kysely';
import type { Database, PublicationRow } from '../schema.ts';

/** A position in the newest-first list, for keyset pagination. */
export interface PublicationCursor {
  readonly publishedAt: Date;
  readonly storyId: string;
}

/** Published stories, newest first, after an optional cursor. */
export async function listPublishedStories(
  db: Kysely<Database>,
  options: { readonly now: Date; readonly limit: number; readonly after?: PublicationCursor },
): Promise<PublicationRow[]> {
  let query = db
    .selectFrom('publications')
    .selectAll()
    .where('expires_at', '>', options.now)
    .orderBy('published_at', 'desc')
    .orderBy('story_id', 'desc')
    .limit(options.limit);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('published_at', 'story_id'), '<', eb.tuple(after.publishedAt, after.storyId)),
    );
  }
  return query.execute();
}

/** The publication at this slug, if it is public now. */
export async function findPublicationBySlug(
  db: Kysely<Database>,
  slug: string,
  now: Date,
): Promise<PublicationRow | undefined> {
  return db
    .selectFrom('publications')
    .selectAll()
    .where('slug', '=', slug)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** The publication of one story, if it is public now. */
export async function findPublicationForStory(
  db: Kysely<Database>,
  storyId: string,
  now: Date,
): Promise<PublicationRow | undefined> {
  return db
    .selectFrom('publications')
    .selectAll()
    .where('story_id', '=', storyId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}
