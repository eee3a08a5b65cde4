/**
 * How a service says no: the status the page answers with, and one plain
 * sentence in the words of the person asking. Every feature's failure type
 * (`RequestFailure`, `GroupFailure`, …) has this shape, and `ChangeResult`
 * (form-post.ts) shows it.
 */
import type { MessageKey } from '#src/i18n/messages/index.ts';
import type { MessageValues } from '#src/i18n/translator.ts';
import { requestWords } from './request-language.ts';

/** A service's refusal: its status and sentence. */
export interface ServiceRefusal<Status extends number> {
  readonly ok: false;
  readonly status: Status;
  readonly message: string;
}

/** Refuses with `status` and the message `key`, in the language of the person asking. */
export function refusal<Status extends number>(
  status: Status,
  key: MessageKey,
  values?: MessageValues,
): ServiceRefusal<Status> {
  return { ok: false, status, message: requestWords().t(key, values) };
}
