/**
 * Ids as the database makes them: UUIDs. One pattern for every place that
 * checks an id from outside (a photo's media id in an editor state, an id in a
 * URL) before it goes near a query or a page.
 */

/** A UUID, any version, in either case. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
