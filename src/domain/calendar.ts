/**
 * Calendar days as people mean them. A day someone picks ("until 28 February")
 * is a whole day in the organisation's time zone, up to and including its last
 * moment, and it reads the same on every page, email and receipt. Pure: the
 * time zone comes in as an argument (`HEARD_TIME_ZONE`, read by the server).
 */
import type { Language } from '#src/i18n/languages.ts';

/** The milliseconds in a day of 24 hours: for spans counted in whole days, not calendar days. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment `days` days of 24 hours after `moment`: when a request lapses, a reminder's window ends. */
export function daysAfter(moment: Date, days: number): Date {
  return new Date(moment.getTime() + days * DAY_MS);
}

/** The moment `days` days of 24 hours before `moment`: the start of "the last 90 days". */
export function daysBefore(moment: Date, days: number): Date {
  return daysAfter(moment, -days);
}

/** Whole days of 24 hours from `from` to `to` (0 when `to` is earlier): how long something has waited. */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** A calendar day, `YYYY-MM-DD`. */
export type CalendarDay = string;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    partsIn(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

/** Whether a time zone name is one the runtime knows ("Europe/London"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in a time zone. */
export function calendarDayOf(instant: Date, timeZone: string): CalendarDay {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayParts(day: CalendarDay): [number, number, number] {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return [year, month, date];
}

/** The instant a calendar day starts in a time zone (its midnight, however long the day). */
export function startOfCalendarDay(day: CalendarDay, timeZone: string): Date {
  const [year, month, date] = dayParts(day);
  const wanted = Date.UTC(year, month - 1, date);
  // Guess midnight UTC, then move by the zone's offset there; twice, so a
  // change of clocks between the guess and the answer is allowed for.
  let instant = wanted;
  for (let i = 0; i < 2; i += 1) {
    const seen = wallClock(new Date(instant), timeZone);
    const seenAsUtc = Date.UTC(
      seen.year,
      seen.month - 1,
      seen.day,
      seen.hour,
      seen.minute,
      seen.second,
    );
    instant += wanted - seenAsUtc;
  }
  return new Date(instant);
}

/** The day after a calendar day. */
export function nextCalendarDay(day: CalendarDay): CalendarDay {
  const [year, month, date] = dayParts(day);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * The instant a calendar day ends in a time zone: the start of the next day.
 * A consent "until 28 February" runs to this moment, the day included.
 */
export function endOfCalendarDay(day: CalendarDay, timeZone: string): Date {
  return startOfCalendarDay(nextCalendarDay(day), timeZone);
}

/** The last calendar day a period ending at `end` (exclusive) covers. */
export function lastDayBefore(end: Date, timeZone: string): CalendarDay {
  return calendarDayOf(new Date(end.getTime() - 1), timeZone);
}

/** A calendar day some months on; a day the month lacks becomes its last (31 Jan + 1 = 28 Feb). */
export function addMonthsToDay(day: CalendarDay, months: number): CalendarDay {
  const [year, month, date] = dayParts(day);
  const lastOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(date, lastOfTarget)))
    .toISOString()
    .slice(0, 10);
}

const DAY_IN_WORDS: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  en: dayInWords('en-GB'),
  cy: dayInWords('cy'),
};

function dayInWords(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A calendar day in words, in a language: "28 February 2027", "28 Chwefror 2027". */
export function formatCalendarDay(day: CalendarDay, language: Language = 'en'): string {
  const [year, month, date] = dayParts(day);
  return DAY_IN_WORDS[language].format(new Date(Date.UTC(year, month - 1, date)));
}

/** The day an instant falls on, in words, in a time zone: "3 March 2026". */
export function formatDayOf(instant: Date, timeZone: string, language: Language = 'en'): string {
  return formatCalendarDay(calendarDayOf(instant, timeZone), language);
}

/** The last day a period ending at `end` covers, in words: "until 28 February 2027". */
export function formatLastDay(end: Date, timeZone: string, language: Language = 'en'): string {
  return formatCalendarDay(lastDayBefore(end, timeZone), language);
}

/** "at" between a day and a time, in each language. */
const AT: Readonly<Record<Language, string>> = { en: 'at', cy: 'am' };

/** An instant as people say it, in a time zone: "3 March 2026 at 10:00", "3 Mawrth 2026 am 10:00". */
export function formatMomentInWords(
  instant: Date,
  timeZone: string,
  language: Language = 'en',
): string {
  const { hour, minute } = wallClock(instant, timeZone);
  return `${formatDayOf(instant, timeZone, language)} ${AT[language]} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Whole calendar days from `now`'s day to `end`'s last day, in a time zone: 0 on the last day. */
export function daysLeft(end: Date, now: Date, timeZone: string): number {
  const from = Date.parse(`${calendarDayOf(now, timeZone)}T00:00:00Z`);
  const to = Date.parse(`${lastDayBefore(end, timeZone)}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / DAY_MS));
}
