/**
 * Email addresses, normalised and compared exactly.
 *
 * Only plain ASCII addresses are accepted: no Unicode folding, so two different
 * addresses can never normalise to the same one (GHSA-7rqj-j65f-68wh, where
 * look-alike characters reached another person's account). International domains
 * are accepted in their ASCII (punycode) form.
 */

import type { MessageKey } from '#src/i18n/messages/index.ts';

/** The address, or what is wrong with it: words for the person who typed it (src/i18n). */
export type NormalisedEmail =
  | { readonly ok: true; readonly email: string }
  | { readonly ok: false; readonly problem: MessageKey };

// One address: a dot-atom local part and a domain of at least two labels.
const EMAIL_PATTERN =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Trims and lower-cases an address and checks it is one plain email address. */
export function normaliseEmail(input: string): NormalisedEmail {
  const email = input.trim().toLowerCase();
  if (email.length === 0) return { ok: false, problem: 'http.email.missing' };
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    return { ok: false, problem: 'http.email.invalid' };
  }
  return { ok: true, email };
}
