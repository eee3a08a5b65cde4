/**
 * Takedown tasks: when the consent behind an off-site use (a newsletter, a social
 * post) is withdrawn or runs out, each live use becomes a task for staff, tracked
 * until a staff member confirms it is done: a site cannot unsend a newsletter,
 * but withdrawal must still reach every use (docs/decisions/008-requests-and-takedowns.md).
 */
import { decideVisibility, type VisibilityInput } from '#src/domain/consent-visibility.ts';
import type { Scope } from '#src/domain/consent-types.ts';
import { expressionBuilder, sql } from 'kysely';
import type { RequestChannel } from '#src/domain/requests.ts';
import type { Database } from '#src/server/platform/schema.ts';
import { asLanguage, type Language } from '#src/i18n/languages.ts';
import { displayNameOf, peopleWithUsers } from '#src/server/accounts/people.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/**
 * Opens a task for every use of the story whose consent no longer holds. Runs in
 * the caller's transaction (the ledger append, or a refresh), so a withdrawal
 * and its takedown tasks commit together or not at all. Returns the new task ids.
 */
export async function openTakedownsForStory(
  trx: Db,
  storyId: string,
  facts: Pick<VisibilityInput, 'authors' | 'events' | 'now'> & {
    readonly consentEventId: string | null;
  },
): Promise<string[]> {
  const uses = await listLiveUses(trx, storyId);
  if (uses.length === 0) return [];
  const stillConsented = new Map<Scope, boolean>();
  const opened: string[] = [];
  for (const use of uses) {
    let consented = stillConsented.get(use.channel);
    if (consented === undefined) {
      consented = decideVisibility({
        authors: facts.authors,
        events: facts.events,
        scope: use.channel,
        now: facts.now,
      }).visible;
      stillConsented.set(use.channel, consented);
    }
    if (consented) continue;
    const inserted = await trx
      .insertInto('takedown_tasks')
      .values({
        use_id: use.id,
        story_id: storyId,
        consent_event_id: facts.consentEventId,
        channel: use.channel,
        story_title: use.title,
        where_used: use.where_used,
        link: use.link,
        used_on: use.used_on,
        created_at: facts.now,
      })
      // A use already being taken down keeps its one open task.
      .onConflict((oc) => oc.column('use_id').where('status', '=', 'open').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) opened.push(inserted.id);
  }
  return opened;
}

/** Whether the use whose id is in column `useId` has no takedown task: then it is still out there. */
function hasNoTakedown(useId: `${string}.id`) {
  const eb = expressionBuilder<Database>();
  return eb.not(
    eb.exists(
      eb
        .selectFrom('takedown_tasks as t')
        .select('t.id')
        .where('t.use_id', '=', sql.ref<string>(useId)),
    ),
  );
}

/** Uses of a story that are still out there: logged, and never given a takedown task. */
async function listLiveUses(trx: Db, storyId: string) {
  return trx
    .selectFrom('feature_uses as u')
    .innerJoin('feature_requests as r', 'r.id', 'u.request_id')
    .innerJoin('stories as s', 's.id', 'u.story_id')
    .select(['u.id', 'r.channel', 's.title', 'u.where_used', 'u.link', 'u.used_on'])
    .where('u.story_id', '=', storyId)
    .where(hasNoTakedown('u.id'))
    .orderBy('u.created_at')
    .execute();
}

/** Stories with a live use, for the sweep that catches consents that ran out by time alone. */
export async function listStoriesWithLiveUses(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('feature_uses as u')
    .select('u.story_id')
    .distinct()
    .where(hasNoTakedown('u.id'))
    .execute();
  return rows.map((row) => row.story_id);
}

/** A takedown task as staff and the contributor read it. */
export interface TakedownRow {
  readonly id: string;
  readonly useId: string | null;
  readonly storyId: string | null;
  readonly channel: RequestChannel;
  readonly storyTitle: string;
  readonly whereUsed: string;
  readonly link: string | null;
  readonly usedOn: string;
  readonly status: 'open' | 'done';
  readonly createdAt: Date;
  readonly doneAt: Date | null;
  readonly doneNote: string | null;
  readonly doneByName: string | null;
}

function takedownQuery(db: Db) {
  return db
    .selectFrom('takedown_tasks as t')
    .select([
      't.id',
      't.use_id as useId',
      't.story_id as storyId',
      sql<RequestChannel>`t.channel`.as('channel'),
      't.story_title as storyTitle',
      't.where_used as whereUsed',
      't.link',
      't.used_on as usedOn',
      't.status',
      't.created_at as createdAt',
      't.done_at as doneAt',
      't.done_note as doneNote',
      displayNameOf('t.done_by').as('doneByName'),
    ]);
}

/** Open tasks (oldest first) and the most recently closed ones. */
export async function listTakedowns(
  db: Db,
  options: { readonly doneLimit: number },
): Promise<{ open: TakedownRow[]; done: TakedownRow[] }> {
  const open = await takedownQuery(db)
    .where('t.status', '=', 'open')
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
  const done = await takedownQuery(db)
    .where('t.status', '=', 'done')
    .orderBy('t.done_at', 'desc')
    .limit(options.doneLimit)
    .execute();
  return { open, done };
}

/** The takedown tasks of one story, newest first. */
export async function listTakedownsForStory(db: Db, storyId: string): Promise<TakedownRow[]> {
  return takedownQuery(db)
    .where('t.story_id', '=', storyId)
    .orderBy('t.created_at', 'desc')
    .execute();
}

/** Closes an open task; false when it was not open (already closed, or no such task). */
export async function markTakedownDone(
  db: Db,
  taskId: string,
  done: { readonly by: string; readonly note: string | null; readonly now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('takedown_tasks')
    .set({ status: 'done', done_at: done.now, done_by: done.by, done_note: done.note })
    .where('id', '=', taskId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Claims tasks nobody has been emailed about yet (so only one instance sends each). */
export async function claimUnnotifiedTakedowns(db: Db, now: Date): Promise<TakedownRow[]> {
  return claimTakedowns(db, now, { column: 'notified_at' });
}

/** Claims open tasks older than `before` that admins have not been told about. */
export async function claimOverdueTakedowns(
  db: Db,
  before: Date,
  now: Date,
): Promise<TakedownRow[]> {
  return claimTakedowns(db, now, { column: 'overdue_notified_at', openBefore: before });
}

/** Stamps the column on the tasks that lack it (and match), and returns those tasks. */
async function claimTakedowns(
  db: Db,
  now: Date,
  which: { readonly column: 'notified_at' | 'overdue_notified_at'; readonly openBefore?: Date },
): Promise<TakedownRow[]> {
  let query = db
    .updateTable('takedown_tasks')
    .set(which.column === 'notified_at' ? { notified_at: now } : { overdue_notified_at: now })
    .where(which.column, 'is', null);
  if (which.openBefore) {
    query = query.where('status', '=', 'open').where('created_at', '<', which.openBefore);
  }
  const claimed = await query.returning('id').execute();
  if (claimed.length === 0) return [];
  return takedownQuery(db)
    .where(
      't.id',
      'in',
      claimed.map((row) => row.id),
    )
    .orderBy('t.created_at')
    .execute();
}

/** Everyone holding a role who can be emailed (comms staff, admins), with their language. */
export async function listRecipientsWithRole(
  db: Db,
  role: 'comms' | 'admin',
): Promise<{ readonly email: string; readonly language: Language }[]> {
  const rows = await peopleWithUsers(db)
    .select(['u.email', 'p.language'])
    .where(sql<boolean>`${role} = any(p.roles)`)
    .where('p.disabled_at', 'is', null)
    .orderBy('u.email')
    .execute();
  return rows.map((row) => ({ email: row.email, language: asLanguage(row.language) }));
}
