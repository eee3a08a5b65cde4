/**
 * The receipt in plain words, for the page and the email: what changed, for
 * which story and name, until when, and how to take it back, written to the
 * contributor or to their guardian, in the reader's language.
 */
import { translatorFor } from '#src/i18n/translator.ts';
import { formatLastDay, formatMomentInWords } from './calendar.ts';
import { scopeWords } from './receipt-words.ts';
import type { ReceiptInput } from './receipts.ts';

/** A receipt in plain words, for the page and the email. */
export interface PlainReceipt {
  readonly heading: string;
  readonly lines: readonly string[];
}

export function buildPlainReceipt(input: ReceiptInput): PlainReceipt {
  const { event, controller, now } = input;
  const language = input.language ?? 'en';
  const i18n = translatorFor(language);
  const zone = controller.timeZone;
  const words = scopeWords(event.scope, i18n);
  const readerIsSubject = (input.readerId ?? event.subjectId) === event.subjectId;
  const subject = input.subjectName?.trim() || i18n.t('sharing.receipt.youngPerson');
  const actor = input.actorName?.trim() || '';
  const guardian = actor
    ? i18n.t('sharing.receipt.yourGuardianNamed', { name: actor })
    : i18n.t('sharing.receipt.yourGuardian');
  // A young person's guardian reads "Kayla's group"; everyone else "your group".
  const where = words.where(readerIsSubject ? 'yours' : { name: subject });
  const story =
    input.storyTitle !== null
      ? `“${input.storyTitle}”`
      : readerIsSubject
        ? i18n.t('sharing.receipt.storyYouDeleted')
        : i18n.t('sharing.receipt.storyDeleted');
  const version =
    event.revisionNumber !== null
      ? ` ${i18n.t('sharing.receipt.version', { number: String(event.revisionNumber) })}`
      : '';
  const as =
    input.shownName !== null ? i18n.t('sharing.receipt.as', { name: input.shownName }) : '';
  const until =
    event.expiresAt !== null
      ? i18n.t('sharing.receipt.until', { date: formatLastDay(event.expiresAt, zone, language) })
      : '';
  const what = { doing: words.doing, verb: words.verb, story, version, where, as, until };
  const ended = event.expiresAt !== null && event.expiresAt.getTime() <= now.getTime();
  const endedLine = ended ? [i18n.t('sharing.receipt.ended')] : [];
  const stillHere = input.storyTitle !== null;
  const when = i18n.t('sharing.receipt.when', {
    moment: formatMomentInWords(event.occurredAt, zone, language),
  });
  const takenDown = words.onSite
    ? i18n.t('sharing.receipt.takenDownOnSite')
    : i18n.t('sharing.receipt.takenDownOffSite');
  const shareAgain = stillHere ? [i18n.t('sharing.receipt.shareAgain')] : [];
  // Every receipt ends with when it happened. A yes says whether it has ended
  // already; a stop, that the story came down.
  const yesReceipt = (heading: string, said: string, ...after: string[]): PlainReceipt => ({
    heading,
    lines: [said, ...endedLine, ...after, when],
  });
  const stopReceipt = (heading: string, said: string, ...after: string[]): PlainReceipt => ({
    heading,
    lines: [said, takenDown, ...after, when],
  });

  switch (event.kind) {
    case 'grant':
      if (!readerIsSubject) {
        return yesReceipt(
          i18n.t('sharing.receipt.grant.theirHeading', { subject }),
          i18n.t('sharing.receipt.grant.theirs', { subject, ...what }),
        );
      }
      // The author's own yes: what, where, as whom, until when, and how to take
      // it back (UK GDPR Art. 7(3): no is as easy as yes).
      return yesReceipt(
        i18n.t('sharing.receipt.grant.heading'),
        i18n.t('sharing.receipt.grant.mine', what),
        i18n.t('sharing.receipt.howToStop'),
      );
    case 'renew':
      return yesReceipt(
        i18n.t('sharing.receipt.renew.heading'),
        i18n.t('sharing.receipt.renew.mine', what),
        i18n.t('sharing.receipt.howToStop'),
      );
    case 'withdraw':
      return stopReceipt(
        i18n.t('sharing.receipt.withdraw.heading'),
        i18n.t('sharing.receipt.withdraw.mine', what),
        ...shareAgain,
      );
    case 'expire': {
      // The record may be written after the date itself; the date is what counts.
      const endedOn =
        event.expiresAt !== null && event.expiresAt.getTime() < event.occurredAt.getTime()
          ? event.expiresAt
          : event.occurredAt;
      const date = formatLastDay(endedOn, zone, language);
      return {
        heading: readerIsSubject
          ? i18n.t('sharing.receipt.expire.heading')
          : i18n.t('sharing.receipt.expire.theirHeading', { subject }),
        lines: [
          readerIsSubject
            ? i18n.t('sharing.receipt.expire.mine', { ...what, date })
            : i18n.t('sharing.receipt.expire.theirs', { ...what, subject, date }),
          words.onSite
            ? i18n.t('sharing.receipt.expire.takenDownOnSite')
            : i18n.t('sharing.receipt.expire.takenDownOffSite'),
          ...(readerIsSubject ? shareAgain : []),
          when,
        ],
      };
    }
    case 'guardian_approve':
      if (readerIsSubject) {
        return yesReceipt(
          i18n.t('sharing.receipt.approve.heading'),
          i18n.t('sharing.receipt.approve.mine', { guardian, ...what }),
          i18n.t('sharing.receipt.approve.howToStop'),
        );
      }
      return yesReceipt(
        i18n.t('sharing.receipt.approve.guardianHeading', { subject }),
        i18n.t('sharing.receipt.approve.guardian', { subject, ...what }),
        i18n.t('sharing.receipt.approve.guardianHowToStop', { subject }),
      );
    case 'guardian_withdraw':
      if (readerIsSubject) {
        return stopReceipt(
          i18n.t('sharing.receipt.guardianStop.heading'),
          i18n.t('sharing.receipt.guardianStop.mine', { guardian, ...what }),
          i18n.t('sharing.receipt.guardianStop.talk'),
        );
      }
      return stopReceipt(
        i18n.t('sharing.receipt.guardianStop.guardianHeading', { subject }),
        i18n.t('sharing.receipt.guardianStop.guardian', { subject, ...what }),
      );
  }
}
