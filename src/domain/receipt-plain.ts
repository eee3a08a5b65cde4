/**
 * The receipt in plain words, for the page and the email: what changed, for
 * which story and name, until when, and how to take it back, written to the
 * contributor or to their guardian.
 */
import { formatLastDay, formatMomentInWords } from './calendar.ts';
import { SCOPE_WORDS } from './receipt-words.ts';
import type { ReceiptInput } from './receipts.ts';

/** A receipt in plain words, for the page and the email. */
export interface PlainReceipt {
  readonly heading: string;
  readonly lines: readonly string[];
}

export function buildPlainReceipt(input: ReceiptInput): PlainReceipt {
  const { event, controller, now } = input;
  const zone = controller.timeZone;
  const words = SCOPE_WORDS[event.scope];
  const readerIsSubject = (input.readerId ?? event.subjectId) === event.subjectId;
  const subject = input.subjectName?.trim() || 'the young person';
  const actor = input.actorName?.trim() || '';
  const guardian = actor ? `Your guardian ${actor}` : 'Your guardian';
  // A young person's guardian reads "Kayla's group"; everyone else "your group".
  const where = words.where(readerIsSubject ? 'your' : `${subject}’s`);
  const story =
    input.storyTitle !== null
      ? `“${input.storyTitle}”`
      : readerIsSubject
        ? 'a story you deleted'
        : 'a story that has since been deleted';
  const version = event.revisionNumber !== null ? ` (version ${event.revisionNumber})` : '';
  const as = input.shownName !== null ? `, as ‘${input.shownName}’` : '';
  const until = event.expiresAt !== null ? `, until ${formatLastDay(event.expiresAt, zone)}` : '';
  const ended = event.expiresAt !== null && event.expiresAt.getTime() <= now.getTime();
  const endedLine = ended ? ['That date has now passed, so this permission has ended.'] : [];
  const stillHere = input.storyTitle !== null;
  const when = `Date of this change: ${formatMomentInWords(event.occurredAt, zone)}.`;
  // No is as easy as yes (UK GDPR Art. 7(3)): every yes says how to take it back.
  const howToStop = 'You can stop sharing at any time on the story’s sharing page.';
  const noReason = 'You do not have to give a reason.';
  const takenDown = words.onSite
    ? 'It was taken down straight away.'
    : 'It will not be used there again. Staff have been asked to take it down anywhere it is still showing.';
  const shareAgain = stillHere
    ? ['If you want to share it again, you can do that on the story’s sharing page.']
    : [];
  // The author's own yes, to share or to keep sharing: what, where, as whom,
  // until when, and how to take it back.
  const ownYes = (heading: string, saidYes: string) => ({
    heading,
    lines: [
      `${saidYes} ${words.doing} ${story}${version} ${where}${as}${until}.`,
      ...endedLine,
      `${howToStop} ${noReason}`,
      when,
    ],
  });

  switch (event.kind) {
    case 'grant':
      if (!readerIsSubject) {
        return {
          heading: `${subject} said yes to sharing`,
          lines: [
            `${subject} said yes to ${words.doing} ${story}${version} ${where}${as}${until}.`,
            ...endedLine,
            when,
          ],
        };
      }
      return ownYes('You said yes to sharing your story', 'You said yes to');
    case 'renew':
      return ownYes('You kept sharing your story', 'You said yes to keep');
    case 'withdraw':
      return {
        heading: 'You stopped sharing your story',
        lines: [`You stopped sharing ${story} ${where}.`, takenDown, ...shareAgain, when],
      };
    case 'expire': {
      // The record may be written after the date itself; the date is what counts.
      const endedOn =
        event.expiresAt !== null && event.expiresAt.getTime() < event.occurredAt.getTime()
          ? event.expiresAt
          : event.occurredAt;
      const whose = readerIsSubject ? 'Your' : `${subject}’s`;
      return {
        heading: readerIsSubject ? 'Your permission ran out' : `${subject}’s permission ran out`,
        lines: [
          `${whose} permission to ${words.verb} ${story}${version} ${where} ran out on ${formatLastDay(endedOn, zone)}.`,
          words.onSite
            ? 'It was taken down when the permission ran out.'
            : 'It will not be used there again.',
          ...(readerIsSubject ? shareAgain : []),
          when,
        ],
      };
    }
    case 'guardian_approve':
      if (readerIsSubject) {
        return {
          heading: 'Your guardian agreed',
          lines: [
            `${guardian} agreed that you can ${words.verb} ${story}${version} ${where}${as}${until}.`,
            ...endedLine,
            'You or your guardian can stop sharing at any time on the story’s sharing page.',
            when,
          ],
        };
      }
      return {
        heading: `You agreed, as ${subject}’s guardian`,
        lines: [
          `You agreed that ${subject} can ${words.verb} ${story}${version} ${where}${as}${until}.`,
          ...endedLine,
          `You or ${subject} can stop sharing at any time on the story’s sharing page. ${noReason}`,
          when,
        ],
      };
    case 'guardian_withdraw':
      if (readerIsSubject) {
        return {
          heading: 'Your guardian stopped sharing your story',
          lines: [
            `${guardian} stopped sharing ${story} ${where}.`,
            takenDown,
            'If you want to talk about this, speak to your guardian or your group’s facilitator.',
            when,
          ],
        };
      }
      return {
        heading: `You stopped sharing, as ${subject}’s guardian`,
        lines: [`You stopped ${subject} sharing ${story} ${where}.`, takenDown, when],
      };
  }
}
