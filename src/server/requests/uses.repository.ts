/**
 * The uses staff log: each real use of a story (a newsletter, a social post)
 * made under an agreed request, as staff and the contributor read them. Storage
 * only; the rules are in src/domain/requests.ts.
 */
import { sql } from 'kysely';
import type { RequestChannel } from '#src/domain/requests.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A logged use of a story. */
export interface UseRow {
  readonly id: string;
  readonly requestId: string;
  readonly storyId: string;
  readonly channel: RequestChannel;
  readonly whereUsed: string;
  readonly link: string | null;
  readonly usedOn: string;
  readonly createdAt: Date;
}

/** Stores one use. */
export async function insertUse(
  trx: Db,
  use: {
    readonly requestId: string;
    readonly storyId: string;
    readonly whereUsed: string;
    readonly link: string | null;
    readonly usedOn: string;
    readonly loggedBy: string;
    readonly now: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('feature_uses')
    .values({
      request_id: use.requestId,
      story_id: use.storyId,
      where_used: use.whereUsed,
      link: use.link,
      used_on: use.usedOn,
      logged_by: use.loggedBy,
      created_at: use.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The uses of one story (or of one request), oldest first. */
export async function listUses(
  db: Db,
  where: { readonly storyId?: string; readonly requestId?: string },
): Promise<UseRow[]> {
  let query = db
    .selectFrom('feature_uses as u')
    .innerJoin('feature_requests as r', 'r.id', 'u.request_id')
    .select([
      'u.id',
      'u.request_id as requestId',
      'u.story_id as storyId',
      sql<RequestChannel>`r.channel`.as('channel'),
      'u.where_used as whereUsed',
      'u.link',
      'u.used_on as usedOn',
      'u.created_at as createdAt',
    ])
    .orderBy('u.used_on')
    .orderBy('u.created_at');
  if (where.storyId) query = query.where('u.story_id', '=', where.storyId);
  if (where.requestId) query = query.where('u.request_id', '=', where.requestId);
  return query.execute();
}
