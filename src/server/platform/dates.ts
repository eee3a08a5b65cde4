/**
 * Dates as people read them, in one place: every page, email and receipt
 * writes days with these, in the organisation's time zone (`HEARD_TIME_ZONE`),
 * so "until 28 February" means the same everywhere. The rules are the pure
 * ones in src/domain/calendar.ts; this only supplies the time zone.
 */
import {
  addMonthsToDay,
  calendarDayOf,
  endOfCalendarDay,
  formatCalendarDay,
  formatDayOf,
  formatLastDay,
  formatMomentInWords,
  isKnownTimeZone,
  type CalendarDay,
} from '#src/domain/calendar.ts';
import { StartupError } from './startup-error.ts';
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';

/** The time zone when none is set: the organisations Heard is for are in Britain. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** The organisation's time zone; throws StartupError naming a zone that does not exist. */
export function organisationTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env['HEARD_TIME_ZONE']?.trim() || DEFAULT_TIME_ZONE;
  if (!isKnownTimeZone(zone)) {
    throw new StartupError(
      `HEARD_TIME_ZONE is not a time zone this server knows (it is "${zone}"): use a name like Europe/London.`,
    );
  }
  return zone;
}

/** The day an instant falls on, in words: "3 March 2026" ("3 Mawrth 2026" in Welsh). */
export function formatDate(instant: Date, language: Language = DEFAULT_LANGUAGE): string {
  return formatDayOf(instant, organisationTimeZone(), language);
}

/** An instant with its time: "3 March 2026 at 10:42" ("3 Mawrth 2026 am 10:42"). */
export function formatDateTime(instant: Date, language: Language = DEFAULT_LANGUAGE): string {
  return formatMomentInWords(instant, organisationTimeZone(), language);
}

/** A calendar day (`YYYY-MM-DD`) in words: "28 February 2027". */
export function formatDay(day: CalendarDay, language: Language = DEFAULT_LANGUAGE): string {
  return formatCalendarDay(day, language);
}

/** The last day a period ending at `end` covers, in words: "until 28 February 2027". */
export function formatUntil(end: Date, language: Language = DEFAULT_LANGUAGE): string {
  return formatLastDay(end, organisationTimeZone(), language);
}

/** Today, as a calendar day in the organisation's time zone. */
export function today(now: Date): CalendarDay {
  return calendarDayOf(now, organisationTimeZone());
}

/** The day some months after today: the last day a yes for that long covers. */
export function dayMonthsAhead(now: Date, months: number): CalendarDay {
  return addMonthsToDay(today(now), months);
}

/** The moment a calendar day ends in the organisation's time zone: a yes "until" it runs to here. */
export function endOfDay(day: CalendarDay): Date {
  return endOfCalendarDay(day, organisationTimeZone());
}
