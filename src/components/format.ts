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
