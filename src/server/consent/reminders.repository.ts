/**
 * Consent expiry reminders: which running consents end soon (read from the
 * ledger and folded with the domain's rule), and which reminders were sent.
 * When a reminder is due is decided by src/domain/reminders.ts.
 */
import { foldAuthorConsent } from '#src/domain/consent.ts';
import { SCOPES, type Anonymity, type Scope } from '#src/domain/consent-types.ts';
import type { ReminderDays } from '#src/domain/reminders.ts';
import { runningAt } from '#src/server/platform/sql.ts';
import { listConsentEventsForStory } from './consent.repository.ts';
import { listStoryAuthorsForConsent } from '#src/server/writing/stories.repository.ts';
import type { Db } from '#src/server/platform/db.ts';

/** One author's running consent for one use of a story, ending soon. */
export interface ExpiringConsent {
  readonly storyId: string;
  readonly storyTitle: string;
  readonly subjectId: string;
  readonly scope: Scope;
  readonly anonymity: Anonymity;
  readonly expiresAt: Date;
  readonly status: 'valid' | 'awaiting-guardian';
}

/** Which reminder of one consent end date this is. */
export interface ReminderKey {
  readonly storyId: string;
  readonly subjectId: string;
  readonly scope: Scope;
  readonly expiresAt: Date;
}

/**
 * Every running consent of an active author that ends after `now` and no later
 * than `until`, in story order.
 */
export async function listExpiringConsents(
  db: Db,
  now: Date,
  until: Date,
): Promise<ExpiringConsent[]> {
  // Every running consent's end date was set by a grant or a renewal, so only
  // stories with such an event ending in the range can qualify; the fold then
  // decides whether that event still sets the end (a later renewal may have
  // moved it, a withdrawal ended it).
  const stories = await db
    .selectFrom('stories as s')
    .select(['s.id', 's.title'])
    .where('s.id', 'in', (eb) =>
      eb
        .selectFrom('consent_events')
        .select('story_id')
        .where('kind', 'in', ['grant', 'renew'])
        .where(runningAt('expires_at', now))
        .where('expires_at', '<=', until),
    )
    .orderBy('s.id')
    .execute();
  const expiring: ExpiringConsent[] = [];
  for (const story of stories) {
    const events = await listConsentEventsForStory(db, story.id);
    const authors = await listStoryAuthorsForConsent(db, story.id);
    for (const author of authors) {
      for (const scope of SCOPES) {
        const folded = foldAuthorConsent(events, author, scope, now);
        if (folded.status !== 'valid' && folded.status !== 'awaiting-guardian') continue;
        const { expiresAt, anonymity } = folded.consent;
        if (expiresAt.getTime() > until.getTime()) continue;
        expiring.push({
          storyId: story.id,
          storyTitle: story.title,
          subjectId: author.personId,
          scope,
          anonymity,
          expiresAt,
          status: folded.status,
        });
      }
    }
  }
  return expiring;
}

/** The reminders already sent for one consent end date (as days before). */
export async function listSentReminders(db: Db, key: ReminderKey): Promise<ReminderDays[]> {
  const rows = await db
    .selectFrom('consent_reminders')
    .select('days_before')
    .where('story_id', '=', key.storyId)
    .where('subject_id', '=', key.subjectId)
    .where('scope', '=', key.scope)
    .where('expires_at', '=', key.expiresAt)
    .execute();
  return rows.map((row) => row.days_before);
}

/**
 * Records that a reminder is being sent. Returns false when it was already
 * recorded, by this instance or another: only the one that inserted sends.
 */
export async function recordReminder(
  db: Db,
  key: ReminderKey,
  daysBefore: ReminderDays,
  now: Date,
): Promise<boolean> {
  const result = await db
    .insertInto('consent_reminders')
    .values({
      story_id: key.storyId,
      subject_id: key.subjectId,
      scope: key.scope,
      expires_at: key.expiresAt,
      days_before: daysBefore,
      sent_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}
