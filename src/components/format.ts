/**
 * Formatting for display: the same days as every email and receipt, in the
 * organisation's time zone (src/server/platform/dates.ts).
 */
import {
  formatDate as formatDayOfMoment,
  formatDateTime as formatMoment,
} from '#src/server/platform/dates.ts';
import { DEFAULT_LANGUAGE, type Language } from '#src/i18n/languages.ts';

/** A date as people write it, in a language: "3 March 2026", "3 Mawrth 2026". */
export function formatDate(date: Date, language: Language = DEFAULT_LANGUAGE): string {
  return formatDayOfMoment(date, language);
}

/** A moment as people say it: "3 March 2026 at 10:42", "3 Mawrth 2026 am 10:42". */
export function formatDateTime(date: Date, language: Language = DEFAULT_LANGUAGE): string {
  return formatMoment(date, language);
}

/** The choices of a question or list: each value with its words, in order. */
export function choicesOf<V extends string>(
  values: readonly V[],
  words: Readonly<Record<V, string>>,
): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: words[value] }));
}
