/**
 * What text and dates people type may hold. Pure: the rules every form, URL and
 * save shares, so a character PostgreSQL cannot store, or a day that does not
 * exist, gets a plain answer instead of a server error.
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';

// C0 control characters other than tab, line feed and carriage return, and DEL:
// nothing a person types, and NUL cannot be stored in PostgreSQL text at all.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNTYPABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Whether text holds a control character or a lone surrogate (half of an emoji). */
export function hasUnstorableCharacters(text: string): boolean {
  UNTYPABLE.lastIndex = 0;
  return UNTYPABLE.test(text) || !text.isWellFormed();
}

/**
 * Text as it can be stored: control characters removed, and a lone surrogate
 * (which only a broken program sends) replaced by U+FFFD.
 */
export function removeUnstorableCharacters(text: string): string {
  return text.replace(UNTYPABLE, '').toWellFormed();
}

/** A moment's calendar day in UTC, `YYYY-MM-DD`. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a `YYYY-MM-DD` string names a day that exists (not 30 February, not month 13). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year exactly.
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The earliest date of birth Heard accepts: nobody writing here was born before it. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** The answer to checkBirthDate: the date, or what is wrong with it (words for the person who typed it). */
export type BirthDateCheck =
  | { readonly ok: true; readonly date: string | null }
  | { readonly ok: false; readonly problem: MessageKey };

/**
 * Checks a date of birth as typed (`YYYY-MM-DD`, or empty for none): a real day,
 * not before 1900 and not after `today` (`YYYY-MM-DD`).
 */
export function checkBirthDate(value: string, today: string): BirthDateCheck {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: true, date: null };
  if (!isCalendarDay(trimmed)) return { ok: false, problem: 'http.birthDate.notADate' };
  if (trimmed < EARLIEST_BIRTH_DATE || trimmed > today) {
    return { ok: false, problem: 'http.birthDate.impossible' };
  }
  return { ok: true, date: trimmed };
}
