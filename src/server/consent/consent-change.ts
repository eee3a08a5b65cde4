/**
 * One change of consent as a person makes it from a page (an author on the
 * sharing page, a parent or carer on /my/approvals, someone just 18 on
 * /my/turning-18): which use it is about, the ledger event with everything it
 * causes in the same transaction, and the plain words when it is refused.
 */
import { consentChangeMessage, type ConsentChange } from '#src/domain/consent-change.ts';
import type { Scope, Visibility } from '#src/domain/consent-types.ts';
import { parseScope } from '#src/domain/sharing-explanations.ts';
import type { Db } from '#src/server/platform/db.ts';
import { textField } from '#src/server/http/forms.ts';
import { requestWords } from '#src/server/http/request-language.ts';
import { sendTakedownNotices } from '#src/server/requests/takedowns.ts';
import {
  appendConsentEvent,
  type AppendConsentResult,
  type ConsentedVersion,
} from './consent.repository.ts';
import { tellAboutConsentChange } from './consent-news.ts';
import { sendReceiptEmail } from './receipts.ts';

/** The outcome of a change on the sharing page or the approvals page. */
export type SharingChangeResult =
  /** `eventId` is null when the answer was to leave things as they are. */
  | { readonly ok: true; readonly eventId: string | null; readonly scope: Scope }
  | { readonly ok: false; readonly status: 400 | 404 | 409; readonly message: string };

/** The form sent without choosing an answer (in the words of the person who sent it). */
export const NO_ANSWER_CHOSEN: SharingChangeResult = {
  ok: false,
  status: 400,
  get message(): string {
    return requestWords().t('sharing.form.noAnswer');
  },
};

/** The use a form is about (its `scope` field), if it names one. */
export function scopeField(form: FormData): Scope | undefined {
  return parseScope(textField(form, 'scope'));
}

/** The ledger's refusal of a change (a 400), in plain words for the person who asked. */
export function ledgerRefusal(reason: string): SharingChangeResult {
  const i18n = requestWords();
  const message =
    reason === 'no-such-story'
      ? i18n.t('sharing.form.noStory')
      : consentChangeMessage(reason as Parameters<typeof consentChangeMessage>[0], i18n);
  return { ok: false, status: 400, message };
}

/**
 * Appends one change to the ledger and, in the same transaction, what it
 * causes: its receipt, notices of off-site uses to take down, and the news to
 * everyone it concerns (the emails wait in the outbox, so they commit with the
 * change or not at all). `before` is whether the story showed in the use just
 * before; a change agreed through a staff request names that request.
 */
export async function recordConsentChange(
  trx: Db,
  storyId: string,
  change: Exclude<ConsentChange, { readonly kind: 'expire' }>,
  options: {
    readonly now: Date;
    readonly before: Visibility;
    readonly requestId?: string | null;
    readonly version?: ConsentedVersion | undefined;
  },
): Promise<AppendConsentResult> {
  const { now, requestId, version } = options;
  const result = await appendConsentEvent(trx, storyId, change, {
    now,
    ...(requestId === undefined ? {} : { requestId }),
    ...(version ? { version } : {}),
  });
  if (!result.ok) return result;
  await sendReceiptEmail(trx, result.eventId, { now });
  if (result.takedowns.length > 0) await sendTakedownNotices(trx, now);
  await tellAboutConsentChange(trx, {
    storyId,
    scope: change.scope,
    kind: change.kind,
    subjectId: change.subjectId,
    actorId: change.actorId,
    before: options.before,
    ...(requestId ? { viaRequest: true } : {}),
    now,
  });
  return result;
}
