/**
 * Takedown tasks: when the consent behind an off-site use (a newsletter, a social
 * post) is withdrawn or runs out, each live use becomes a task for staff, tracked
 * until a staff member confirms it is done: a site cannot unsend a newsletter,
 * but withdrawal must still reach every use (docs/decisions/008-requests-and-takedowns.md).
 */
import type { Kysely } from 'kysely';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import type { ConsentEvent, Scope, StoryAuthor } from '#src/domain/consent-types.ts';
import type { Database } from '#src/server/platform/schema.ts';

/**
 * Opens a task for every use of the story whose consent no longer holds. Runs in
 * the caller's transaction (the ledger append, or a refresh), so a withdrawal
 * and its takedown tasks commit together or not at all. Returns the new task ids.
 */
export async function openTakedownsForStory(
  trx: Kysely<Database>,
  storyId: string,
  facts: {
    readonly events: readonly ConsentEvent[];
    readonly authors: readonly StoryAuthor[];
    readonly now: Date;
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

/** Uses of a story that are still out there: logged, and never given a takedown task. */
async function listLiveUses(trx: Kysely<Database>, storyId: string) {
  return trx
    .selectFrom('feature_uses as u')
    .innerJoin('feature_requests as r', 'r.id', 'u.request_id')
    .innerJoin('stories as s', 's.id', 'u.story_id')
    .select(['u.id', 'r.channel', 's.title', 'u.where_used', 'u.link', 'u.used_on'])
    .where('u.story_id', '=', storyId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('takedown_tasks as t').select('t.id').whereRef('t.use_id', '=', 'u.id'),
        ),
      ),
    )
    .orderBy('u.created_at')
    .execute();
}

/** Stories with a live use, for the sweep that catches consents that ran out by time alone. */
export async function listStoriesWithLiveUses(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('feature_uses as u')
    .select('u.story_id')
    .distinct()
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('takedown_tasks as t').select('t.id').whereRef('t.use_id', '=', 'u.id'),
        ),
      ),
    )
    .execute();
  return rows.map((row) => row.story_id);
}
