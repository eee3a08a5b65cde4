/**
 * How long a yes lasts: the default and longest consent periods, and the
 * calendar sums that turn "12 months" into an end moment. Kept apart from the
 * fold so the ledger rules and the sharing page agree on one set of dates.
 */
import { addMonthsToDay, calendarDayOf, endOfCalendarDay } from './calendar.ts';

/** Months a consent lasts when the contributor does not choose: a yes is not forever. */
export const DEFAULT_CONSENT_MONTHS = 12;

/** The longest a single grant or renewal may last: consent is revisited at least yearly. */
export const MAX_CONSENT_MONTHS = 12;

/** Adds calendar months in UTC; a day missing from the target month clamps to its last day. */
export function addMonthsUtc(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  // Clamp rather than roll over (29 Feb + 12 months = 28 Feb, not 1 Mar): a
  // consent must never last longer than the contributor was told.
  const day = Math.min(from.getUTCDate(), lastDayOfTarget);
  return new Date(
    Date.UTC(
      year,
      month,
      day,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

/** When a consent granted at `grantedAt` ends if no expiry is chosen: 12 calendar months later. */
export function defaultExpiry(grantedAt: Date): Date {
  return addMonthsUtc(grantedAt, DEFAULT_CONSENT_MONTHS);
}

/**
 * The latest moment a yes given now may run to: the end of the day 12 months
 * from today, in the organisation's time zone (a whole last day, as chosen).
 */
export function latestConsentEnd(now: Date, timeZone: string): Date {
  return endOfCalendarDay(
    addMonthsToDay(calendarDayOf(now, timeZone), MAX_CONSENT_MONTHS),
    timeZone,
  );
}
