/**
 * The changes service leads record, and the stories linked to each: SQL only;
 * who sees a link, and at which name, is decided in src/domain/being-heard.ts.
 */
import { sql } from 'kysely';
import type { ChangeDraft, ChangeStatus } from '#src/domain/being-heard.ts';
import type { Db } from '#src/server/platform/db.ts';

/** A change as kept. */
export interface ChangeRow {
  readonly id: string;
  readonly what: string;
  readonly service: string;
  readonly status: ChangeStatus;
  readonly whyNot: string | null;
  readonly createdAt: Date;
  readonly statusChangedAt: Date;
}

const changeColumns = [
  'id',
  'what',
  'service',
  'status',
  'why_not',
  'created_at',
  'status_changed_at',
] as const;

function changeOf(row: {
  id: string;
  what: string;
  service: string;
  status: ChangeStatus;
  why_not: string | null;
  created_at: Date;
  status_changed_at: Date;
}): ChangeRow {
  return {
    id: row.id,
    what: row.what,
    service: row.service,
    status: row.status,
    whyNot: row.why_not,
    createdAt: row.created_at,
    statusChangedAt: row.status_changed_at,
  };
}

/** Keeps a new change. */
export async function insertServiceChange(
  db: Db,
  change: ChangeDraft & { recordedBy: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('service_changes')
    .values({
      what: change.what,
      service: change.service,
      status: change.status,
      why_not: change.whyNot,
      recorded_by: change.recordedBy,
      created_at: change.now,
      status_changed_at: change.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Rewrites a change; its status date moves only when its status does. */
export async function updateServiceChange(
  db: Db,
  changeId: string,
  change: ChangeDraft,
  now: Date,
): Promise<void> {
  await db
    .updateTable('service_changes')
    .set({
      what: change.what,
      service: change.service,
      why_not: change.whyNot,
      status: change.status,
      status_changed_at: sql<Date>`case when status = ${change.status} then status_changed_at else ${now} end`,
    })
    .where('id', '=', changeId)
    .execute();
}

/** One change. */
export async function findServiceChange(db: Db, changeId: string): Promise<ChangeRow | undefined> {
  const row = await db
    .selectFrom('service_changes')
    .select(changeColumns)
    .where('id', '=', changeId)
    .executeTakeFirst();
  return row ? changeOf(row) : undefined;
}

/** Every change, the latest news first. */
export async function listServiceChanges(db: Db, limit = 200): Promise<ChangeRow[]> {
  const rows = await db
    .selectFrom('service_changes')
    .select(changeColumns)
    .orderBy('status_changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(changeOf);
}

/** Links a story to a change; true when it was not linked already. */
export async function linkStoryToChange(
  db: Db,
  link: { changeId: string; storyId: string; linkedBy: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .insertInto('service_change_stories')
    .values({
      change_id: link.changeId,
      story_id: link.storyId,
      linked_by: link.linkedBy,
      linked_at: link.now,
    })
    .onConflict((conflict) => conflict.columns(['change_id', 'story_id']).doNothing())
    .returning('story_id')
    .execute();
  return rows.length > 0;
}

/** Takes a story's link off a change. */
export async function unlinkStoryFromChange(
  db: Db,
  changeId: string,
  storyId: string,
): Promise<void> {
  await db
    .deleteFrom('service_change_stories')
    .where('change_id', '=', changeId)
    .where('story_id', '=', storyId)
    .execute();
}

/** The stories linked to these changes, as pairs, oldest link first. */
export async function listLinksOfChanges(
  db: Db,
  changeIds: readonly string[],
): Promise<{ changeId: string; storyId: string; linkedAt: Date }[]> {
  if (changeIds.length === 0) return [];
  return db
    .selectFrom('service_change_stories')
    .select(['change_id as changeId', 'story_id as storyId', 'linked_at as linkedAt'])
    .where('change_id', 'in', [...changeIds])
    .orderBy('linked_at')
    .orderBy('story_id')
    .execute();
}

/** The changes linked to any of these stories, with the story each came from. */
export async function listChangesForStories(
  db: Db,
  storyIds: readonly string[],
): Promise<(ChangeRow & { storyId: string; storyTitle: string })[]> {
  if (storyIds.length === 0) return [];
  const rows = await db
    .selectFrom('service_change_stories as l')
    .innerJoin('service_changes as c', 'c.id', 'l.change_id')
    .innerJoin('stories as s', 's.id', 'l.story_id')
    .select(changeColumns.map((column) => `c.${column}` as const))
    .select(['l.story_id', 's.title as story_title'])
    .where('l.story_id', 'in', [...storyIds])
    .orderBy('c.status_changed_at', 'desc')
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({
    ...changeOf(row),
    storyId: row.story_id,
    storyTitle: row.story_title,
  }));
}
