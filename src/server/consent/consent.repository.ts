/**
 * The consent ledger's events, and what follows from them.
 *
 * `appendConsentEvent` is the only way consent changes: it checks the change with
 * the domain rules, appends a hash-chained event, and rewrites the story's
 * publication (publication-rewrite.repository.ts) and its takedown tasks in the
 * same transaction; `refreshPublication` does the same without a new event
 * (docs/decisions/002-ledger-and-read-model.md).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { checkConsentChange, type ConsentChange } from '#src/domain/consent-change.ts';
import type { VisibilityInput } from '#src/domain/consent-visibility.ts';
import type { ConsentEvent, Visibility } from '#src/domain/consent-types.ts';
import { GENESIS_HASH, hashEvent } from './ledger-hash.ts';
import { organisationTimeZone } from '#src/server/platform/dates.ts';
import { ledgerKey } from './ledger-key.ts';
import { consentEventRowToEvent, listLedgerEventsForStories } from './ledger.repository.ts';
import { rewritePublication } from './publication-rewrite.repository.ts';
import {
  listStoryAuthorsForConsent,
  lockStoryForUpdate,
} from '#src/server/writing/stories.repository.ts';
import { openTakedownsForStory } from '#src/server/requests/takedowns.repository.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';
import type { Db } from '#src/server/platform/db.ts';

// All appends take this lock so the hash chain has one head and no forks.
const LEDGER_LOCK_KEY = 0x4845_4152; // "HEAR"

/**
 * Every ledger event of one story that verifies, oldest first: an event whose
 * keyed hash does not match is left out, so it can never grant anything
 * (src/server/consent/ledger.repository.ts).
 */
export async function listConsentEventsForStory(db: Db, storyId: string): Promise<ConsentEvent[]> {
  return listLedgerEventsForStories(db, [storyId]);
}

/**
 * Takes the ledger's lock (until the transaction ends) and the story's row, and
 * reads what the rules decide from: undefined when there is no such story.
 */
async function lockStoryLedger(trx: Db, storyId: string) {
  await sql`select pg_advisory_xact_lock(${LEDGER_LOCK_KEY})`.execute(trx);
  const story = await lockStoryForUpdate(trx, storyId);
  if (!story) return undefined;
  const authors = await listStoryAuthorsForConsent(trx, storyId);
  const events = await listConsentEventsForStory(trx, storyId);
  return { story, authors, events };
}

/**
 * What a story's ledger means now, in the transaction that changed it or an
 * input to its rules: the publication rewritten, and a takedown task for every
 * off-site use whose consent no longer holds (withdrawn, an author left, a
 * guardian link went, the period ran out).
 */
async function followLedger(
  trx: Db,
  storyId: string,
  facts: Pick<VisibilityInput, 'authors' | 'events' | 'now'> & {
    readonly consentEventId: string | null;
  },
): Promise<{ readonly publicSite: Visibility; readonly takedowns: string[] }> {
  const publicSite = await rewritePublication(trx, storyId, facts);
  const takedowns = await openTakedownsForStory(trx, storyId, facts);
  return { publicSite, takedowns };
}

/** What a yes was shown, kept beside the ledger (which holds only its fingerprint). */
export interface ConsentedVersion {
  readonly title: string;
  readonly themes: readonly string[];
  readonly contentNotes: readonly string[];
  /** The name readers see for this author. */
  readonly shownName: string;
}

export type AppendConsentResult =
  | {
      readonly ok: true;
      readonly eventId: string;
      readonly sequence: number;
      readonly publicSite: Visibility;
      /** Takedown tasks this change opened (uses whose consent it ended). */
      readonly takedowns: readonly string[];
    }
  | {
      readonly ok: false;
      readonly reason:
        'no-such-story' | Exclude<ReturnType<typeof checkConsentChange>, { ok: true }>['reason'];
    };

/**
 * Appends one consent change to the ledger after the domain rules allow it, and
 * rewrites the story's publication in the same transaction.
 */
export async function appendConsentEvent(
  db: Db,
  storyId: string,
  change: ConsentChange,
  options: {
    readonly now: Date;
    readonly requestId?: string | null;
    /** For a grant with a fingerprint: what its author was shown. */
    readonly version?: ConsentedVersion;
  },
): Promise<AppendConsentResult> {
  return inTransaction(db, async (trx) => {
    const locked = await lockStoryLedger(trx, storyId);
    if (!locked) return { ok: false, reason: 'no-such-story' };
    const { story, authors, events } = locked;
    const checked = checkConsentChange({
      change,
      authors,
      events,
      now: options.now,
      latestRevisionNumber: story.latest_revision,
      timeZone: organisationTimeZone(),
    });
    if (!checked.ok) return { ok: false, reason: checked.reason };

    const head = await trx
      .selectFrom('consent_events')
      .select('hash')
      .orderBy('sequence', 'desc')
      .limit(1)
      .executeTakeFirst();
    const prevHash = head?.hash ?? GENESIS_HASH;
    const fields = {
      id: randomUUID(),
      storyId,
      subjectId: checked.event.subjectId,
      actorId: checked.event.actorId,
      kind: checked.event.kind,
      scope: checked.event.scope,
      anonymity: checked.event.anonymity,
      revisionNumber: checked.event.revisionNumber,
      expiresAt: checked.event.expiresAt,
      occurredAt: checked.event.occurredAt,
      requestId: options.requestId ?? null,
      guardianRequired: checked.event.guardianRequired,
      fingerprint: checked.event.fingerprint,
      contentKey: checked.event.contentKey,
    };
    if (fields.fingerprint !== null) {
      if (!options.version || fields.contentKey === null || fields.revisionNumber === null) {
        throw new Error('A yes with a fingerprint must say what its author was shown.');
      }
      await trx
        .insertInto('consented_versions')
        .values({
          story_id: storyId,
          fingerprint: fields.fingerprint,
          person_id: fields.subjectId,
          content_key: fields.contentKey,
          revision_number: fields.revisionNumber,
          title: options.version.title,
          themes: [...options.version.themes],
          content_notes: [...options.version.contentNotes],
          shown_name: options.version.shownName,
        })
        .onConflict((oc) => oc.columns(['story_id', 'fingerprint']).doNothing())
        .execute();
    }
    const inserted = await trx
      .insertInto('consent_events')
      .values({
        id: fields.id,
        story_id: fields.storyId,
        subject_id: fields.subjectId,
        actor_id: fields.actorId,
        kind: fields.kind,
        scope: fields.scope,
        anonymity: fields.anonymity,
        revision_number: fields.revisionNumber,
        expires_at: fields.expiresAt,
        occurred_at: fields.occurredAt,
        request_id: fields.requestId,
        guardian_required: fields.guardianRequired,
        fingerprint: fields.fingerprint,
        content_key: fields.contentKey,
        prev_hash: prevHash,
        hash: hashEvent(prevHash, fields, ledgerKey()),
      })
      .returningAll()
      .executeTakeFirstOrThrow();

    const { publicSite, takedowns } = await followLedger(trx, storyId, {
      events: [...events, consentEventRowToEvent(inserted)],
      authors,
      now: options.now,
      consentEventId: inserted.id,
    });
    return {
      ok: true,
      eventId: inserted.id,
      sequence: inserted.sequence,
      publicSite,
      takedowns,
    };
  });
}

/**
 * Recomputes a story's publication from the ledger without a new event: called
 * whenever an input to the rules changes outside the ledger (an author joins or
 * leaves, a guardian link or a date of birth changes), so the read model never
 * shows what the rules would now refuse.
 */
export async function refreshPublication(
  db: Db,
  storyId: string,
  now: Date,
): Promise<{ readonly publicSite: Visibility; readonly takedowns: readonly string[] } | undefined> {
  return inTransaction(db, async (trx) => {
    const locked = await lockStoryLedger(trx, storyId);
    if (!locked) return undefined;
    return followLedger(trx, storyId, {
      events: locked.events,
      authors: locked.authors,
      now,
      consentEventId: null,
    });
  });
}

/**
 * Rewrites publications written before the public site read their text
 * (migration 0008), so search, excerpts and feeds cover them. Returns how many.
 */
export async function refreshPublicationsMissingText(db: Db, now: Date): Promise<number> {
  const stale = await db
    .selectFrom('publications')
    .select('story_id')
    .where('word_count', '=', 0)
    .where('search_text', '=', '')
    .execute();
  for (const { story_id } of stale) await refreshPublication(db, story_id, now);
  return stale.length;
}

/** Refreshes the publication of every story this person is an author of. */
export async function refreshPublicationsForAuthor(
  db: Db,
  personId: string,
  now: Date,
): Promise<void> {
  const stories = await db
    .selectFrom('story_authors')
    .select('story_id')
    .where('person_id', '=', personId)
    .execute();
  for (const { story_id } of stories) await refreshPublication(db, story_id, now);
}

/** The versions these yeses (by fingerprint) were given to, with the names they showed. */
export async function listConsentedVersions(
  db: Db,
  storyId: string,
  fingerprints: readonly string[],
): Promise<(ConsentedVersion & { readonly fingerprint: string; readonly personId: string })[]> {
  if (fingerprints.length === 0) return [];
  const rows = await db
    .selectFrom('consented_versions')
    .selectAll()
    .where('story_id', '=', storyId)
    .where('fingerprint', 'in', [...fingerprints])
    .execute();
  return rows.map((row) => ({
    fingerprint: row.fingerprint,
    personId: row.person_id,
    title: row.title,
    themes: row.themes,
    contentNotes: row.content_notes,
    shownName: row.shown_name,
  }));
}
