/**
 * Ids: every row Heard makes is named by a random UUID, and an id that comes in
 * from outside (an address, a form, a NOTIFY payload) is checked against this
 * one pattern before it reaches a query.
 */

/** A UUID in its usual written form, any version, either case. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID in its usual written form. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
