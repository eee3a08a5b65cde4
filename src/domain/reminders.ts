/**
 * When to remind a contributor that a consent is about to end. Pure functions:
 * the clock comes in as `now`, and what was already sent comes in as a list.
 *
 * A consent lasts 12 months unless renewed (DEFAULT_CONSENT_MONTHS in
 * consent-period.ts). Ending quietly is the
 * safe default, but the contributor should not be surprised by it, so they hear
 * 30 days before and again 7 days before, each at most once per end date.
 */
import { DAY_MS } from './calendar.ts';

/** How many days before a consent ends each reminder is sent, earliest first. */
export const REMINDER_DAYS = [30, 7] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

/**
 * Which reminder is due at `now` for a consent ending at `expiresAt`, or null.
 *
 * A reminder's window begins N days (of 24 hours) before the end and closes at
 * the end. Only the most urgent window that has begun counts: once the 7-day
 * window has begun, the 30-day reminder is skipped if it was never sent (the job
 * was down, or the consent was given or renewed for less than 30 days). One
 * email saying "7 days" is clearer than two emails in a row, and a "30 days"
 * email that arrives a week before the end would be wrong. A reminder is also not
 * due once a more urgent one has been sent.
 */
export function dueReminder(
  expiresAt: Date,
  now: Date,
  alreadySent: readonly number[],
): ReminderDays | null {
  const msLeft = expiresAt.getTime() - now.getTime();
  // At or after the end there is nothing left to renew: the contributor shares again.
  if (msLeft <= 0) return null;
  const mostUrgentFirst = [...REMINDER_DAYS].sort((a, b) => a - b);
  for (const days of mostUrgentFirst) {
    if (msLeft > days * DAY_MS) continue;
    return alreadySent.some((sent) => sent <= days) ? null : days;
  }
  return null;
}
