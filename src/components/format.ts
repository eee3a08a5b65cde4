/**
 * Formatting for display.
 */

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** A date as people write it: "3 March 2026". */
export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

const DATE_TIME_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** A moment as people say it: "3 March, 10:42". */
export function formatDateTime(date: Date): string {
  return DATE_TIME_FORMAT.format(date);
}
