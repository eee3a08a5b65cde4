/**
 * What an admin's change on /admin (or a facilitator's link of a parent or
 * carer) comes back as: a message to show, or what is wrong, field by field,
 * in the words of the person who made the change.
 */
import { requestWords } from '#src/server/http/request-language.ts';

/** The outcome of an admin's change: a message for them, or what is wrong. */
export type AdminResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/** Refused: someone who is not an admin tried an admin's change (in the asker's words). */
export function onlyAdmins(): AdminResult {
  return { ok: false, errors: { form: requestWords().t('admin.onlyAdmins') } };
}

/**
 * The same refusal as a value, for callers written before `onlyAdmins()`: its
 * words are read when the page reads them, in the request's language, so they
 * must be read while the request is answered. Prefer `onlyAdmins()`.
 */
export const ONLY_ADMINS: AdminResult = {
  ok: false,
  get errors() {
    return { form: requestWords().t('admin.onlyAdmins') };
  },
};
