/**
 * The consent ledger and the publications read model it maintains.
 *
 * `appendConsentEvent` is the only way consent changes: it checks the change with
 * the domain rules, appends a hash-chained event, and rewrites the story's
 * publication in the same transaction (docs/decisions/002-ledger-and-read-model.md).
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { SerializedEditorState } from 'lexical';
import { displayName, joinAuthorNames, mostPrivateAnonymity } from '#src/domain/anonymity.ts';
import { checkConsentChange, type ConsentChange } from '#src/domain/consent-change.ts';
import { decideVisibility } from '#src/domain/consent-visibility.ts';
import type { ConsentEvent, Visibility } from '#src/domain/consent-types.ts';
import { themeSlug } from '#src/domain/slug.ts';
import { countWords, excerptOf } from '#src/domain/words.ts';
import { redactedPlainText } from '#src/editor/render.ts';
import { GENESIS_HASH, hashEvent } from './ledger-hash.ts';
import { organisationTimeZone } from '#src/server/platform/dates.ts';
import { ledgerKey } from './ledger-key.ts';
import { keepVerifiedEvents } from './ledger.repository.ts';
import type { ConsentEventRow, Database } from '#src/server/platform/schema.ts';
import {
  listStoryAuthorNames,
  listStoryAuthorsForConsent,
  lockStoryForUpdate,
} from '#src/server/writing/stories.repository.ts';
import { openTakedownsForStory } from '#src/server/requests/takedowns.repository.ts';
import { inTransaction } from '#src/server/platform/transaction.ts';

// All appends take this lock so the hash chain has one head and no forks.
const LEDGER_LOCK_KEY = 0x4845_4152; // "HEAR"

/** Converts a ledger row to the domain's event. */
export function consentEventRowToEvent(row: ConsentEventRow): ConsentEvent {
  return {
    sequence: row.sequence,
    storyId: row.story_id,
    subjectId: row.subject_id,
    actorId: row.actor_id,
    kind: row.kind,
    scope: row.scope,
    anonymity: row.anonymity,
    revisionNumber: row.revision_number,
    expiresAt: row.expires_at,
    guardianRequired: row.guardian_required,
    fingerprint: row.fingerprint,
    contentKey: row.content_key,
    requestId: row.request_id,
    occurredAt: row.occurred_at,
  };
}

/**
 * Every ledger event of one story that verifies, oldest first: an event whose
 * keyed hash does not match is left out, so it can never grant anything
 * (src/server/consent/ledger.repository.ts).
 */
export async function listConsentEventsForStory(
  db: Kysely<Database>,
  storyId: string,
): Promise<ConsentEvent[]> {
  const rows = await db
    .selectFrom('consent_events')
    .selectAll()
    .where('story_id', '=', storyId)
    .orderBy('sequence')
    .execute();
  return (await keepVerifiedEvents(db, rows)).map(consentEventRowToEvent);
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
  db: Kysely<Database>,
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
    await sql`select pg_advisory_xact_lock(${LEDGER_LOCK_KEY})`.execute(trx);
    const story = await lockStoryForUpdate(trx, storyId);
    if (!story) return { ok: false, reason: 'no-such-story' };
    const authors = await listStoryAuthorsForConsent(trx, storyId);
    const events = await listConsentEventsForStory(trx, storyId);
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

    const after = [...events, consentEventRowToEvent(inserted)];
    const publicSite = await rewritePublication(trx, storyId, {
      events: after,
      authors,
      now: options.now,
    });
    // Off-site uses this change ends become takedown tasks in the same commit.
    const takedowns = await openTakedownsForStory(trx, storyId, {
      events: after,
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
 * Makes the story's publication row match what the domain decides for the public
 * site now: written when visible, removed when not. Announces the change so every
 * app instance drops what it holds for the story.
 */
async function rewritePublication(
  trx: Kysely<Database>,
  storyId: string,
  input: {
    readonly events: readonly ConsentEvent[];
    readonly authors: Awaited<ReturnType<typeof listStoryAuthorsForConsent>>;
    readonly now: Date;
  },
): Promise<Visibility> {
  const visibility = decideVisibility({
    authors: input.authors,
    events: input.events,
    scope: 'public_site',
    now: input.now,
  });
  if (!visibility.visible) {
    await trx.deleteFrom('publications').where('story_id', '=', storyId).execute();
  } else {
    const current = await trx
      .selectFrom('stories')
      .select(['slug', 'title', 'kind', 'themes', 'content_notes', 'first_published_at'])
      .where('id', '=', storyId)
      .executeTakeFirstOrThrow();
    // What the public sees is what each author agreed to: the title, themes,
    // notes and the name each was shown as, kept with their yes. Edits since
    // stay private until every author shares them (only a yes recorded before
    // these were kept falls back to the story as it is).
    const fingerprints = visibility.consents.flatMap((consent) =>
      consent.fingerprint === null ? [] : [consent.fingerprint],
    );
    const agreed =
      fingerprints.length === 0
        ? []
        : await trx
            .selectFrom('consented_versions')
            .selectAll()
            .where('story_id', '=', storyId)
            .where('fingerprint', 'in', fingerprints)
            .execute();
    const version = agreed[0];
    const story = {
      ...current,
      title: version?.title ?? current.title,
      themes: version?.themes ?? current.themes,
      content_notes: version?.content_notes ?? current.content_notes,
    };
    const people = await listStoryAuthorNames(trx, storyId);
    const names = visibility.consents.map((consent) => {
      const kept = agreed.find((row) => row.fingerprint === consent.fingerprint);
      if (kept) return kept.shown_name;
      const person = people.find((candidate) => candidate.personId === consent.personId);
      return person ? displayName(person, consent.anonymity) : 'Anonymous';
    });
    const revision = await trx
      .selectFrom('revisions')
      .select(['editor_state', 'script_names'])
      .where('story_id', '=', storyId)
      .where('number', '=', visibility.revisionNumber)
      .executeTakeFirstOrThrow();
    // Search, snippets, excerpts and feeds only ever see this text: the consented
    // revision with sensitive details replaced as the most private author chose.
    const searchText = redactedPlainText(
      revision.editor_state as SerializedEditorState,
      mostPrivateAnonymity(visibility.consents.map((consent) => consent.anonymity)),
      revision.script_names,
    );
    const publishedAt = visibility.consents.reduce(
      (latest, consent) => (consent.grantedAt > latest ? consent.grantedAt : latest),
      new Date(0),
    );
    const row = {
      slug: story.slug,
      title: story.title,
      kind: story.kind,
      revision_number: visibility.revisionNumber,
      author_names: joinAuthorNames(names),
      anonymity: visibility.consents.map((consent) => consent.anonymity),
      themes: story.themes,
      content_notes: story.content_notes,
      published_at: publishedAt,
      expires_at: visibility.expiresAt,
      search_text: searchText,
      excerpt: excerptOf(searchText),
      word_count: countWords(searchText),
      // A new version on every rewrite, so caches and ETags keyed by it never outlive it.
      version: sql<number>`nextval('publication_versions')`,
    };
    await trx
      .insertInto('publications')
      .values({ story_id: storyId, ...row })
      .onConflict((oc) => oc.column('story_id').doUpdateSet(row))
      .execute();
    await replacePublicationThemes(trx, storyId, story.themes, publishedAt, visibility.expiresAt);
    await replacePublicationWords(trx, storyId);
    if (!story.first_published_at) {
      await trx
        .updateTable('stories')
        .set({ first_published_at: publishedAt })
        .where('id', '=', storyId)
        .execute();
    }
  }
  // Delivered only when the transaction commits, so no instance hears of a change
  // that did not happen.
  await sql`select pg_notify('heard_publication', ${storyId})`.execute(trx);
  return visibility;
}

/** Rewrites the one-row-per-theme index of a publication (theme pages and the theme list). */
async function replacePublicationThemes(
  trx: Kysely<Database>,
  storyId: string,
  themes: readonly string[],
  publishedAt: Date,
  expiresAt: Date,
): Promise<void> {
  await trx.deleteFrom('publication_themes').where('story_id', '=', storyId).execute();
  const bySlug = new Map<string, string>();
  for (const theme of themes) {
    const slug = themeSlug(theme);
    if (slug !== '' && !bySlug.has(slug)) bySlug.set(slug, theme.trim());
  }
  if (bySlug.size === 0) return;
  await trx
    .insertInto('publication_themes')
    .values(
      [...bySlug].map(([slug, theme]) => ({
        theme_slug: slug,
        theme,
        published_at: publishedAt,
        story_id: storyId,
        expires_at: expiresAt,
      })),
    )
    .execute();
}

/**
 * Rewrites the distinct words of a publication's title and redacted text, which
 * search suggestions are drawn from (db/migrations/0013_public_words.ts). Read
 * from the row just written, so only what the public may read is ever here.
 */
async function replacePublicationWords(trx: Kysely<Database>, storyId: string): Promise<void> {
  await trx.deleteFrom('publication_words').where('story_id', '=', storyId).execute();
  await sql`
    insert into publication_words (story_id, word)
    select distinct p.story_id, w.word
    from publications p,
      unnest(tsvector_to_array(to_tsvector('simple', p.title || ' ' || p.search_text))) as w(word)
    where p.story_id = ${storyId}
      and length(w.word) between 3 and 40 and w.word !~ '[0-9_./@:-]'`.execute(trx);
}

/**
 * Recomputes a story's publication from the ledger without a new event: called
 * whenever an input to the rules changes outside the ledger (an author joins or
 * leaves, a guardian link or a date of birth changes), so the read model never
 * shows what the rules would now refuse.
 */
export async function refreshPublication(
  db: Kysely<Database>,
  storyId: string,
  now: Date,
): Promise<{ readonly publicSite: Visibility; readonly takedowns: readonly string[] } | undefined> {
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${LEDGER_LOCK_KEY})`.execute(trx);
    const story = await lockStoryForUpdate(trx, storyId);
    if (!story) return undefined;
    const events = await listConsentEventsForStory(trx, storyId);
    const authors = await listStoryAuthorsForConsent(trx, storyId);
    const publicSite = await rewritePublication(trx, storyId, { events, authors, now });
    // The same inputs decide every off-site use: a use whose consent no longer
    // holds (an author left, a guardian link went, the period ran out) comes down.
    const takedowns = await openTakedownsForStory(trx, storyId, {
      events,
      authors,
      now,
      consentEventId: null,
    });
    return { publicSite, takedowns };
  });
}

/**
 * Rewrites publications written before the public site read their text
 * (migration 0008), so search, excerpts and feeds cover them. Returns how many.
 */
export async function refreshPublicationsMissingText(
  db: Kysely<Database>,
  now: Date,
): Promise<number> {
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
  db: Kysely<Database>,
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
  db: Kysely<Database>,
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
