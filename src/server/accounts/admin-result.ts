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

/**
 * Refused: someone who is not an admin tried an admin's change. Its words are
 * read when it is returned, so they are in the language of the request.
 */
export const ONLY_ADMINS: AdminResult = {
  ok: false,
  get errors() {
    return { form: requestWords().t('admin.onlyAdmins') };
  },
};
