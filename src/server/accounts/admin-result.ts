/**
 * What an admin's change on /admin (or a facilitator's link of a parent or
 * carer) comes back as: a message to show, or what is wrong, field by field.
 */

/** The outcome of an admin's change: a message for them, or what is wrong. */
export type AdminResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/** Refused: someone who is not an admin tried an admin's change. */
export const ONLY_ADMINS: AdminResult = { ok: false, errors: { form: 'Only admins can do this.' } };
